package org.moisson.bench;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.moisson.record.BoundingBox;
import org.moisson.record.Dataset;
import org.moisson.record.LangText;
import org.moisson.record.Period;

/** A DCAT-AP catalogue in Turtle, paged with Hydra (hydra:next on a PartialCollectionView). */
final class ServedDcat implements ServedProtocol {
  private static final String PREFIXES = """
      @prefix dcat: <http://www.w3.org/ns/dcat#> .
      @prefix dct: <http://purl.org/dc/terms/> .
      @prefix foaf: <http://xmlns.com/foaf/0.1/> .
      @prefix hydra: <http://www.w3.org/ns/hydra/core#> .
      @prefix gsp: <http://www.opengis.net/ont/geosparql#> .
      """;

  @Override
  public String protocol() {
    return "dcat";
  }

  @Override
  public String path() {
    return "/dcat";
  }

  @Override
  public String sourceUrl(String base) {
    return base + "/catalog?page=0";
  }

  @Override
  public Map<String, String> settings() {
    return Map.of();
  }

  @Override
  public String key(String path, Map<String, String> q) {
    return path.endsWith("/catalog") ? q.getOrDefault("page", "0") : null;
  }

  @Override
  public Map<String, Reply> render(ProviderCorpus corpus, String base) {
    return new LinkedHashMap<>(corpus.pages(LocalProvider.PAGE, protocol(), (from, page) -> {
      long number = from / LocalProvider.PAGE;
      String self = base + "/catalog?page=" + number;
      StringBuilder ttl = new StringBuilder(PREFIXES).append('<').append(base).append("/catalog> a dcat:Catalog ; dct:title \"Bench\" .\n")
          .append('<').append(self).append("> a hydra:PartialCollectionView");
      if (from + page.size() < corpus.size()) ttl.append(" ; hydra:next <").append(base).append("/catalog?page=").append(number + 1).append('>');
      ttl.append(" .\n");
      ttl.append(java.util.stream.IntStream.range(0, page.size()).parallel()
          .mapToObj(k -> dataset(from + k, page.get(k), base)).collect(Collectors.joining()));
      return Map.of(Long.toString(number), ProviderCorpus.reply("text/turtle; charset=UTF-8", ttl.toString()));
    }));
  }

  private static String dataset(long i, Dataset d, String base) {
    StringBuilder t = new StringBuilder().append('<').append(base).append("/dataset/bench-").append(i).append("> a dcat:Dataset");
    d.titles().forEach(x -> t.append(" ;\n  dct:title ").append(text(x)));
    d.descriptions().forEach(x -> t.append(" ;\n  dct:description ").append(text(x)));
    t.append(" ;\n  dct:identifier ").append(literal("https://doi.org/" + ServedJson.doi(d)));
    if (!d.keywords().isEmpty()) {
      t.append(" ;\n  dcat:keyword ").append(d.keywords().stream().map(k -> literal(k.label())).collect(Collectors.joining(", ")));
    }
    if (d.publisher() != null) t.append(" ;\n  dct:publisher [ a foaf:Agent ; foaf:name ").append(literal(d.publisher().name())).append(" ]");
    d.creators().forEach(c -> t.append(" ;\n  dct:creator [ a foaf:Agent ; foaf:name ").append(literal(c.name())).append(" ]"));
    if (d.issued() != null) t.append(" ;\n  dct:issued ").append(literal(d.issued()));
    for (BoundingBox b : d.spatial().boxes()) {
      t.append(" ;\n  dct:spatial [ a dct:Location ; dcat:bbox ").append(literal(String.format(Locale.ROOT,
          "POLYGON((%s %s, %s %s, %s %s, %s %s, %s %s))", b.west(), b.south(), b.east(), b.south(), b.east(), b.north(),
          b.west(), b.north(), b.west(), b.south()))).append("^^gsp:wktLiteral ]");
    }
    Period p = ServedJson.period(d);
    if (p != null) {
      t.append(" ;\n  dct:temporal [ a dct:PeriodOfTime");
      if (p.start() != null) t.append(" ; dcat:startDate ").append(literal(p.start()));
      if (p.end() != null) t.append(" ; dcat:endDate ").append(literal(p.end()));
      t.append(" ]");
    }
    if (d.licence() != null && d.licence().uri() != null) t.append(" ;\n  dct:license <").append(d.licence().uri()).append('>');
    return t.append(" ;\n  dcat:landingPage <https://bench.moisson.invalid/dataset/").append(i).append("> .\n").toString();
  }

  private static String text(LangText x) {
    return literal(x.value()) + (x.lang() == null ? "" : "@" + x.lang());
  }

  private static String literal(String s) {
    return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r") + '"';
  }
}
