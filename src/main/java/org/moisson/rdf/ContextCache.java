package org.moisson.rdf;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.http.media.MediaType;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the JSON-LD contexts a document names by URL come from, in this order:
 * <ol>
 *   <li>the contexts Moisson wrote itself, bundled under {@code /jsonld/};
 *   <li>a file in the cache folder, {@code <folder>/<sha256 of the URL>.jsonld}: fetched earlier,
 *       or put there by an operator (or a test) to serve a context without any network;
 *   <li>only when a fetch function is given, and the URL is http(s): one fetch, stored in the
 *       folder so that it is never fetched again, whatever the context becomes upstream.
 * </ol>
 * Anything else fails the parse with an error naming the URL and the file that would serve it.
 *
 * <p>Why a cache and not a fetch per page: a payload must read the same next year, and a harvest
 * must not send one request per page to a third party. Why fetch at all: catalogues name contexts
 * nobody can list in advance, and third-party files are not copied into the project.
 *
 * <p>Cached and fetched contexts go through {@link ContextRepair} when loaded; the file keeps the
 * bytes as served. The fetch is a plain function so that this package knows neither Spring nor the
 * harvester's HTTP client; it is expected to bound its own time and size, and a body over
 * {@link #MAX_BYTES} is refused here too.
 *
 * <pre>{@code
 * ContextCache contexts = new ContextCache(home.resolve("jsonld-contexts"), fetcher); // null: never fetch
 * Model m = SafeRdf.parse(bytes, Lang.JSONLD, pageUrl, contexts);
 * }</pre>
 */
public final class ContextCache {
  /** The largest context accepted, fetched or cached: real ones are tens of KiB. */
  public static final int MAX_BYTES = 2 * 1024 * 1024;

  private static final Logger log = LoggerFactory.getLogger(ContextCache.class);
  private static final ContextCache BUNDLED_ONLY = new ContextCache();

  /** Null for {@link #bundledOnly()}. */
  private final Path folder;
  /** Null: never fetch. */
  private final Function<URI, byte[]> fetch;
  /** Parsed and repaired, by URL: a harvest parses the same context on every page. */
  private final Map<String, JsonDocument> loaded = new ConcurrentHashMap<>();
  /** One lock per URL, so two pages naming a new context fetch it once, without blocking others. */
  private final Map<String, Object> fetching = new ConcurrentHashMap<>();

  /**
   * @param folder the cache folder; created on the first store
   * @param fetch returns the body at a URL, or throws with a message saying why; null never fetches
   */
  public ContextCache(Path folder, Function<URI, byte[]> fetch) {
    this.folder = Objects.requireNonNull(folder, "folder");
    this.fetch = fetch;
  }

  private ContextCache() {
    this.folder = null;
    this.fetch = null;
  }

  /** The bundled contexts and nothing else: for parsing where no context is expected (N-Triples payloads). */
  public static ContextCache bundledOnly() {
    return BUNDLED_ONLY;
  }

  /** @return whether a context missing from the folder is fetched */
  public boolean fetches() {
    return fetch != null;
  }

  /** The file that serves the context at {@code url} (without fragment), whether it exists or not. */
  public Path fileFor(String url) {
    if (folder == null) throw new IllegalStateException("this context cache has no folder");
    return folder.resolve(sha256(withoutFragment(url)) + ".jsonld");
  }

  /** The JSON-LD document loader: Titanium calls it for every remote context, imported ones included. */
  Document load(URI url, DocumentLoaderOptions options) throws JsonLdError {
    String key = withoutFragment(url.toString());
    JsonDocument doc = loaded.get(key);
    if (doc != null) return doc;
    doc = BundledContexts.find(key);
    if (doc == null) doc = cachedOrFetched(key);
    JsonDocument raced = loaded.putIfAbsent(key, doc);
    return raced == null ? doc : raced;
  }

  private JsonDocument cachedOrFetched(String url) throws JsonLdError {
    if (folder == null) throw failure(refusal(url));
    Path file = fileFor(url);
    if (Files.isRegularFile(file)) return fromFile(url, file);
    if (fetch == null) throw failure(refusal(url) + "; to use it, save it as " + file);
    if (!isHttp(url)) throw failure(refusal(url) + " (only http(s) contexts are fetched)");
    synchronized (fetching.computeIfAbsent(url, k -> new Object())) {
      // another page may have fetched it while this one waited
      if (Files.isRegularFile(file)) return fromFile(url, file);
      byte[] body = fetchBounded(url);
      JsonDocument doc = parse(url, body, "as fetched"); // a body that is not JSON is not stored
      store(url, file, body);
      return doc;
    }
  }

  /** The error of a context that is neither bundled nor cached, when it may not be fetched. */
  static String refusal(String url) {
    return "JSON-LD context " + url + " is not bundled or cached, and is never fetched";
  }

  private JsonDocument fromFile(String url, Path file) throws JsonLdError {
    byte[] bytes;
    try {
      if (Files.size(file) > MAX_BYTES) throw failure(tooLarge(url, "cached in " + file));
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw failure("cannot read cached JSON-LD context " + url + " from " + file + ": " + e.getMessage());
    }
    return parse(url, bytes, "cached in " + file);
  }

  private byte[] fetchBounded(String url) throws JsonLdError {
    byte[] body;
    try {
      body = fetch.apply(URI.create(url));
    } catch (RuntimeException e) {
      throw failure("JSON-LD context " + url + " is not bundled or cached, and fetching it failed: " + e.getMessage());
    }
    if (body == null) throw failure("JSON-LD context " + url + " is not bundled or cached, and fetching it gave nothing");
    if (body.length > MAX_BYTES) throw failure(tooLarge(url, "as fetched"));
    return body;
  }

  private static JsonDocument parse(String url, byte[] bytes, String where) throws JsonLdError {
    JsonDocument raw;
    try {
      raw = JsonDocument.of(MediaType.JSON_LD, new ByteArrayInputStream(bytes));
    } catch (JsonLdError e) {
      throw failure("JSON-LD context " + url + " " + where + " is not JSON: " + e.getMessage());
    }
    if (raw.getJsonContent().isEmpty()) throw failure("JSON-LD context " + url + " " + where + " is empty");
    ContextRepair.Result repaired = ContextRepair.repair(raw.getJsonContent().get());
    if (repaired.dropped().isEmpty()) return raw;
    log.info("JSON-LD context {}: dropped the terms {}, whose prefix it does not define (JSON-LD 1.1 rejects"
        + " the whole context for them)", url, repaired.dropped());
    return JsonDocument.of(MediaType.JSON_LD, repaired.json());
  }

  /** Written beside and then renamed, so a crash never leaves half a context to be served later. */
  private static void store(String url, Path file, byte[] body) {
    try {
      Files.createDirectories(file.getParent());
      Path part = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".part");
      try {
        Files.write(part, body);
        Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(part);
      }
      log.info("JSON-LD context {} fetched ({} bytes) and cached as {}", url, body.length, file);
    } catch (IOException e) {
      // the page still parses; the context is kept in memory and fetched again after a restart
      log.warn("JSON-LD context {} fetched but not cached as {}: {}", url, file, e.toString());
    }
  }

  private static String tooLarge(String url, String where) {
    return "JSON-LD context " + url + " " + where + " is larger than " + MAX_BYTES / (1024 * 1024) + " MiB";
  }

  private static JsonLdError failure(String message) {
    return new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, message);
  }

  private static boolean isHttp(String url) {
    try {
      URI u = new URI(url);
      return ("http".equalsIgnoreCase(u.getScheme()) || "https".equalsIgnoreCase(u.getScheme())) && u.getHost() != null;
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }

  private static String withoutFragment(String url) {
    int hash = url.indexOf('#');
    return hash < 0 ? url : url.substring(0, hash);
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
  }
}
