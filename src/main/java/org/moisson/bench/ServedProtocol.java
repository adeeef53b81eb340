package org.moisson.bench;

import java.util.Map;

/**
 * One protocol as {@link LocalProvider} serves it: every reply is built before the harvest is
 * timed, so the rate measures the harvester and the pipeline, not the making of the corpus.
 */
interface ServedProtocol {
  /** A prepared answer. */
  record Reply(String contentType, byte[] body) {}

  /** The harvester id, as a source names it. */
  String protocol();

  /** Where the provider serves it: "/ckan". */
  String path();

  /** The URL a source registers, given where the protocol is served (http://127.0.0.1:port/ckan). */
  default String sourceUrl(String base) {
    return base;
  }

  /** The source's settings. */
  Map<String, String> settings();

  /** The reply a request asks for, as a key of {@link #render}; null when there is none (404). */
  String key(String path, Map<String, String> query);

  /** Every reply for the first {@code corpus.size()} records, by key; base as in {@link #sourceUrl}. */
  Map<String, Reply> render(ProviderCorpus corpus, String base);
}
