package org.moisson.search.opensearch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Map;
import javax.net.ssl.SSLContext;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.client5.http.ssl.NoopHostnameVerifier;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.ssl.SSLContextBuilder;
import org.apache.hc.core5.ssl.SSLContexts;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.OpenSearchGenericClient;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5Transport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON requests to the cluster through the opensearch-java client (its Apache HttpClient 5
 * transport: every node, basic auth, TLS). Bodies are built and read as Jackson trees, which keeps
 * the query DSL close to the documentation and the two backends' code side by side.
 */
final class OpenSearchHttp implements AutoCloseable {
  static final JsonMapper JSON = JsonMapper.builder().build();
  private static final int MAX_CONNECTIONS = 64;

  private final ApacheHttpClient5Transport transport;
  private final OpenSearchGenericClient client;

  OpenSearchHttp(OpenSearchSettings settings) {
    if (!settings.configured()) throw new IllegalArgumentException("moisson.opensearch.nodes is empty");
    HttpHost[] hosts = settings.nodes().stream().map(OpenSearchHttp::host).toArray(HttpHost[]::new);
    SSLContext ssl = sslContext(settings);
    this.transport = ApacheHttpClient5TransportBuilder.builder(hosts)
        .setHttpClientConfigCallback(b -> {
          if (settings.authenticated()) {
            BasicCredentialsProvider credentials = new BasicCredentialsProvider();
            for (HttpHost h : hosts) {
              credentials.setCredentials(new AuthScope(h), new UsernamePasswordCredentials(settings.username(),
                  (settings.password() == null ? "" : settings.password()).toCharArray()));
            }
            b.setDefaultCredentialsProvider(credentials);
          }
          PoolingAsyncClientConnectionManagerBuilder pool = PoolingAsyncClientConnectionManagerBuilder.create()
              .setMaxConnTotal(MAX_CONNECTIONS).setMaxConnPerRoute(MAX_CONNECTIONS);
          if (ssl != null) {
            ClientTlsStrategyBuilder tls = ClientTlsStrategyBuilder.create().setSslContext(ssl);
            if (settings.tlsInsecure()) tls.setHostnameVerifier(NoopHostnameVerifier.INSTANCE);
            pool.setTlsStrategy(tls.build());
          }
          // The transport inflates gzip answers itself; HttpClient 5.6 would inflate them first.
          return b.setConnectionManager(pool.build()).disableContentCompression();
        })
        .build();
    this.client = new OpenSearchGenericClient(transport);
  }

  private static HttpHost host(String node) {
    URI u = URI.create(node);
    if (u.getHost() == null || u.getScheme() == null) {
      throw new IllegalArgumentException("moisson.opensearch.nodes: '" + node + "' is not http(s)://host:port");
    }
    return new HttpHost(u.getScheme(), u.getHost(), u.getPort() < 0 ? 9200 : u.getPort());
  }

  private static SSLContext sslContext(OpenSearchSettings s) {
    try {
      if (s.tlsInsecure()) {
        return SSLContextBuilder.create().loadTrustMaterial(null, (chain, type) -> true).build();
      }
      if (s.truststore() != null) {
        char[] pw = s.truststorePassword() == null ? null : s.truststorePassword().toCharArray();
        KeyStore store = KeyStore.getInstance(s.truststore().toString().endsWith(".jks") ? "JKS" : "PKCS12");
        try (InputStream in = Files.newInputStream(s.truststore())) {
          store.load(in, pw);
        }
        return SSLContexts.custom().loadTrustMaterial(store, null).build();
      }
      return null;
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("moisson.opensearch: cannot set up TLS: " + e.getMessage(), e);
    }
  }

  /** An error answer of the cluster, with its status and body. */
  static final class Failure extends RuntimeException {
    final int status;

    Failure(String method, String path, int status, String body) {
      super("OpenSearch " + method + " " + path + " answered " + status + ": " + abbreviate(body));
      this.status = status;
    }

    private static String abbreviate(String s) {
      return s == null ? "" : s.length() > 1000 ? s.substring(0, 1000) + "…" : s;
    }
  }

  JsonNode get(String path) {
    return execute("GET", path, null, Map.of());
  }

  JsonNode send(String method, String path, JsonNode body) {
    return send(method, path, body, Map.of());
  }

  JsonNode send(String method, String path, JsonNode body, Map<String, String> params) {
    Body b = body == null ? null : Body.from(JSON.writeValueAsBytes(body), "application/json");
    return execute(method, path, b, params);
  }

  /** Newline-delimited actions of the bulk API. */
  JsonNode bulk(String ndjson) {
    return execute("POST", "/_bulk", Body.from(ndjson.getBytes(StandardCharsets.UTF_8), "application/x-ndjson"),
        Map.of());
  }

  /** 404 answers as null rather than an exception: "not there" is an ordinary answer. */
  JsonNode getOrNull(String path) {
    try {
      return get(path);
    } catch (Failure e) {
      if (e.status == 404) return null;
      throw e;
    }
  }

  private JsonNode execute(String method, String path, Body body, Map<String, String> params) {
    var b = Requests.builder().method(method).endpoint(path).query(params);
    if (body != null) b.body(body);
    try (Response r = client.execute(b.build())) {
      String text = r.getBody().map(Body::bodyAsString).orElse("");
      if (r.getStatus() >= 300) throw new Failure(method, path, r.getStatus(), text);
      return text.isEmpty() ? JSON.createObjectNode() : JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException("OpenSearch " + method + " " + path + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      transport.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
