package org.moisson.system;

import java.util.Locale;

/**
 * Which database and search backend this node uses. Scale mode is an external PostgreSQL
 * ({@code moisson.database.url}) and an OpenSearch cluster ({@code moisson.opensearch.nodes});
 * giving both is enough. {@code moisson.mode=scale} says it outright: the node then refuses to
 * start without them rather than fall back to its own embedded database and index, which
 * several nodes cannot share. {@code moisson.search.backend} (lucene | opensearch) overrides the
 * choice of backend alone.
 */
public record ScaleMode(boolean externalDatabase, boolean openSearch) {

  static ScaleMode resolve(String mode, String backend, MoissonProperties.Database database,
      OpenSearchProperties opensearch) {
    String m = mode == null ? "" : mode.strip().toLowerCase(Locale.ROOT);
    String b = backend == null ? "" : backend.strip().toLowerCase(Locale.ROOT);
    boolean nodes = !opensearch.nodes().isEmpty();
    if (!m.isEmpty() && !m.equals("scale") && !m.equals("embedded")) {
      throw new IllegalStateException("moisson.mode: '" + mode + "' is neither 'embedded' nor 'scale'");
    }
    if (!b.isEmpty() && !b.equals("lucene") && !b.equals("opensearch")) {
      throw new IllegalStateException("moisson.search.backend: '" + backend + "' is neither 'lucene' nor 'opensearch'");
    }
    if (m.equals("scale")) {
      if (!database.external()) throw new IllegalStateException("moisson.mode=scale needs moisson.database.url");
      if (!nodes) throw new IllegalStateException("moisson.mode=scale needs moisson.opensearch.nodes");
      if (b.equals("lucene")) throw new IllegalStateException("moisson.mode=scale cannot use the lucene backend");
    }
    boolean openSearch = b.isEmpty() ? nodes : b.equals("opensearch");
    if (openSearch && !nodes) {
      throw new IllegalStateException("moisson.search.backend=opensearch needs moisson.opensearch.nodes");
    }
    return new ScaleMode(database.external(), openSearch);
  }

  public boolean scale() {
    return externalDatabase && openSearch;
  }
}
