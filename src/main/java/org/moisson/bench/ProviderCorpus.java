package org.moisson.bench;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.LongStream;
import org.moisson.mapping.MappingException;
import org.moisson.mapping.Mappers;
import org.moisson.mapping.MetadataMapper;
import org.moisson.record.Dataset;

/**
 * The records a {@link LocalProvider} serves: the synthetic corpus's DataCite records, each
 * protocol under DOIs of its own ("10.x/bench-ckan.1a"), so the harvests of two protocols make two
 * sets of datasets rather than one merged set, and every harvest measures the same work. A warm-up
 * corpus has a prefix of its own too ("10.x/bench-warm-ckan.1a"), so the timed harvest that follows
 * it merges nothing either.
 */
final class ProviderCorpus {
  private final SyntheticCorpus corpus;
  private final long size;
  private final String prefix;
  private final MetadataMapper datacite = Mappers.defaults().forFormat(SyntheticCorpus.FORMAT);

  /** @param prefix put before the protocol in every DOI: "" for the timed corpus, "warm-" for a warm-up */
  ProviderCorpus(SyntheticCorpus corpus, long size, String prefix) {
    this.corpus = corpus;
    this.size = size;
    this.prefix = prefix;
  }

  long size() {
    return size;
  }

  /** Record i as DataCite XML, without its XML declaration, under the protocol's DOI. */
  String payload(long i, String protocol) {
    String xml = corpus.payload(i).replace("/bench.", "/bench-" + prefix + protocol + ".");
    return xml.startsWith("<?xml") ? xml.substring(xml.indexOf("?>") + 2) : xml;
  }

  /** Record i mapped, as the other protocols' payloads are built from it. */
  Dataset dataset(long i, String protocol) {
    try {
      return datacite.map(payload(i, protocol));
    } catch (MappingException e) {
      throw new IllegalStateException("the synthetic record " + i + " does not map", e);
    }
  }

  /** Records [from, to) mapped on every core, in order. */
  List<Dataset> datasets(long from, long to, String protocol) {
    return LongStream.range(from, to).parallel().mapToObj(i -> dataset(i, protocol)).toList();
  }

  /**
   * Pages of {@code pageSize} records: {@code page} gets the first record's position and the
   * page's records and returns its replies by key.
   */
  Map<String, ServedProtocol.Reply> pages(int pageSize, String protocol,
      BiFunction<Long, List<Dataset>, Map<String, ServedProtocol.Reply>> page) {
    Map<String, ServedProtocol.Reply> out = new LinkedHashMap<>();
    for (long from = 0; from < size; from += pageSize) {
      out.putAll(page.apply(from, datasets(from, Math.min(size, from + pageSize), protocol)));
    }
    return out;
  }

  static ServedProtocol.Reply reply(String contentType, String body) {
    return new ServedProtocol.Reply(contentType, body.getBytes(StandardCharsets.UTF_8));
  }
}
