package org.moisson.rdf;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.http.media.MediaType;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON-LD document loader: answers with the contexts bundled under {@code /jsonld/} and refuses
 * every other URL, so parsing never touches the network (see {@code jsonld/README.md}).
 */
final class BundledContexts implements DocumentLoader {
  static final BundledContexts INSTANCE = new BundledContexts();

  /** URL as documents write it (without fragment) → resource under /jsonld/. */
  private static final Map<String, String> FILES = Map.ofEntries(
      Map.entry("https://semiceu.github.io/DCAT-AP/releases/3.0.0/context/dcat-ap.jsonld",
          "dcat-ap-3.0.0.jsonld"),
      Map.entry("https://semiceu.github.io/uri.semic.eu-generated/DCAT-AP/releases/3.0.0/html/examples/context.jsonld",
          "dcat-ap-3.0.0-examples.jsonld"),
      Map.entry("http://schema.org", "schema-org.jsonld"),
      Map.entry("http://schema.org/", "schema-org.jsonld"),
      Map.entry("https://schema.org", "schema-org.jsonld"),
      Map.entry("https://schema.org/", "schema-org.jsonld"),
      Map.entry("https://schema.org/docs/jsonldcontext.json", "schema-org.jsonld"),
      Map.entry("https://schema.org/docs/jsonldcontext.jsonld", "schema-org.jsonld"),
      Map.entry("http://www.w3.org/ns/hydra/context.jsonld", "hydra.jsonld"),
      Map.entry("https://www.w3.org/ns/hydra/context.jsonld", "hydra.jsonld"));

  private final Map<String, JsonDocument> parsed = new ConcurrentHashMap<>();

  private BundledContexts() {}

  /** The URLs answered from the bundle. */
  static Iterable<String> urls() {
    return FILES.keySet();
  }

  @Override
  public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
    String key = withoutFragment(url.toString());
    String file = FILES.get(key);
    if (file == null) {
      throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, refusal(key));
    }
    JsonDocument doc = parsed.get(file);
    if (doc == null) {
      doc = read(file);
      parsed.put(file, doc);
    }
    return doc;
  }

  static String refusal(String url) {
    return "JSON-LD context " + url + " is not bundled with Moisson, and remote contexts are never"
        + " fetched; bundle it under src/main/resources/jsonld/";
  }

  private static JsonDocument read(String file) throws JsonLdError {
    try (InputStream in = BundledContexts.class.getResourceAsStream("/jsonld/" + file)) {
      if (in == null) throw new IllegalStateException("bundled context /jsonld/" + file + " is missing");
      return JsonDocument.of(MediaType.JSON_LD, in);
    } catch (IOException e) {
      throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "cannot read bundled context " + file);
    }
  }

  private static String withoutFragment(String url) {
    int hash = url.indexOf('#');
    return hash < 0 ? url : url.substring(0, hash);
  }
}
