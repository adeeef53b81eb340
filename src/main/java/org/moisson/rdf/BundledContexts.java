package org.moisson.rdf;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.http.media.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON-LD contexts Moisson wrote itself and ships under {@code /jsonld/}: the first place
 * {@link ContextCache} looks. Third-party contexts are never bundled (see {@code jsonld/README.md}).
 */
final class BundledContexts {
  /** URL as documents write it (without fragment) → resource under /jsonld/. */
  private static final Map<String, String> FILES = Map.ofEntries(
      Map.entry("http://schema.org", "schema-org.jsonld"),
      Map.entry("http://schema.org/", "schema-org.jsonld"),
      Map.entry("https://schema.org", "schema-org.jsonld"),
      Map.entry("https://schema.org/", "schema-org.jsonld"),
      Map.entry("https://schema.org/docs/jsonldcontext.json", "schema-org.jsonld"),
      Map.entry("https://schema.org/docs/jsonldcontext.jsonld", "schema-org.jsonld"),
      Map.entry("http://www.w3.org/ns/hydra/context.jsonld", "hydra.jsonld"),
      Map.entry("https://www.w3.org/ns/hydra/context.jsonld", "hydra.jsonld"));

  /** Parsed once per file for the whole process: every cache shares the same bundle. */
  private static final Map<String, JsonDocument> PARSED = new ConcurrentHashMap<>();

  private BundledContexts() {}

  /** The URLs answered from the bundle. */
  static Iterable<String> urls() {
    return FILES.keySet();
  }

  /** @return the bundled context for the URL (without fragment), null when none is bundled */
  static JsonDocument find(String url) throws JsonLdError {
    String file = FILES.get(url);
    if (file == null) return null;
    JsonDocument doc = PARSED.get(file);
    if (doc == null) {
      doc = read(file);
      PARSED.putIfAbsent(file, doc);
    }
    return doc;
  }

  private static JsonDocument read(String file) throws JsonLdError {
    try (InputStream in = BundledContexts.class.getResourceAsStream("/jsonld/" + file)) {
      if (in == null) throw new IllegalStateException("bundled context /jsonld/" + file + " is missing");
      return JsonDocument.of(MediaType.JSON_LD, in);
    } catch (IOException e) {
      throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "cannot read bundled context " + file);
    }
  }
}
