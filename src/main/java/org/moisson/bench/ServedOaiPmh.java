package org.moisson.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

/** An OAI-PMH provider: ListRecords of oai_datacite, {@link LocalProvider#PAGE} records a page, resumption tokens. */
final class ServedOaiPmh implements ServedProtocol {
  private static final String XML = "text/xml; charset=UTF-8";

  @Override
  public String protocol() {
    return "oai-pmh";
  }

  @Override
  public String path() {
    return "/oai";
  }

  @Override
  public Map<String, String> settings() {
    return Map.of("metadataPrefix", "oai_datacite");
  }

  @Override
  public String key(String path, Map<String, String> q) {
    if ("Identify".equals(q.get("verb"))) return "Identify";
    return "ListRecords".equals(q.get("verb")) ? q.getOrDefault("resumptionToken", "0") : null;
  }

  @Override
  public Map<String, Reply> render(ProviderCorpus corpus, String base) {
    Map<String, Reply> out = new LinkedHashMap<>();
    out.put("Identify", ProviderCorpus.reply(XML,
        envelope("<Identify><granularity>YYYY-MM-DDThh:mm:ssZ</granularity></Identify>")));
    long size = corpus.size();
    for (long start = 0; start < size; start += LocalProvider.PAGE) {
      long end = Math.min(size, start + LocalProvider.PAGE);
      String records = LongStream.range(start, end).parallel().mapToObj(i -> "<record><header><identifier>oai:bench:" + i
          + "</identifier><datestamp>2026-01-01T00:00:00Z</datestamp></header><metadata>" + corpus.payload(i, "oai")
          + "</metadata></record>").collect(Collectors.joining());
      String token = end < size ? "<resumptionToken completeListSize=\"" + size + "\">" + end + "</resumptionToken>" : "";
      out.put(Long.toString(start), ProviderCorpus.reply(XML, envelope("<ListRecords>" + records + token + "</ListRecords>")));
    }
    return out;
  }

  private static String envelope(String body) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\">"
        + "<responseDate>2026-01-01T00:00:00Z</responseDate><request>bench</request>" + body + "</OAI-PMH>";
  }
}
