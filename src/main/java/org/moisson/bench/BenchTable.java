package org.moisson.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The benchmark's report: a summary row per size, then the query and ingest details, as plain tables. */
final class BenchTable {
  static final List<String> SUMMARY_COLUMNS = List.of("records", "ingest rec/s", "keyword p50/p99 ms",
      "kw+facets p50/p99 ms", "bbox p50/p99 ms", "date p50/p99 ms", "suggest p50/p99 ms", "heap max MB", "index MB", "db MB");
  static final List<String> QUERY_COLUMNS = List.of("records", "query", "n", "p50 ms", "p99 ms", "max ms",
      "median hits", "zero hits");
  static final List<String> INGEST_COLUMNS = List.of("records", "loaded", "rec/s", "map s (est.)", "store s",
      "index wait s", "generate wait s", "cpu s jvm / pg", "cpu ms/rec", "failed");

  private BenchTable() {}

  static String render(List<BenchRow> rows) {
    List<List<String>> summary = new ArrayList<>();
    List<List<String>> queries = new ArrayList<>();
    List<List<String>> ingest = new ArrayList<>();
    for (BenchRow r : rows) {
      // A size searched again without loading has no ingest to report.
      String rate = r.loaded() == 0 ? "-" : fmt("%,.0f", r.ingestRate());
      List<String> s = new ArrayList<>(List.of(count(r.records()), rate));
      for (QueryMix.Kind k : QueryMix.Kind.values()) {
        Latencies.Stats q = r.queries().get(k);
        s.add(q == null ? "-" : fmt("%.1f / %.1f", q.p50(), q.p99()));
        if (q != null) {
          queries.add(List.of(count(r.records()), k.label, count(q.queries()), fmt("%.1f", q.p50()),
              fmt("%.1f", q.p99()), fmt("%.1f", q.max()), count(q.medianHits()), fmt("%.1f%%", q.zeroHitPercent())));
        }
      }
      s.addAll(List.of(mb(r.heapMaxBytes()), mb(r.indexBytes()), mb(r.databaseBytes())));
      summary.add(s);
      ingest.add(List.of(count(r.records()), count(r.loaded()), rate,
          fmt("%.1f", r.mapSeconds()), fmt("%.1f", r.storeSeconds()), fmt("%.1f", r.indexWaitSeconds()),
          fmt("%.1f", r.generateWaitSeconds()), fmt("%.0f / %.0f", r.jvmCpuSeconds(), r.databaseCpuSeconds()),
          r.loaded() == 0 ? "-" : fmt("%.2f", 1000 * (r.jvmCpuSeconds() + r.databaseCpuSeconds()) / r.loaded()),
          count(r.failed())));
    }
    return table(SUMMARY_COLUMNS, summary) + "\n" + table(QUERY_COLUMNS, queries) + "\n" + table(INGEST_COLUMNS, ingest);
  }

  /** A Markdown table with padded columns, so it reads the same in a terminal and in the README. */
  static String table(List<String> header, List<List<String>> rows) {
    int[] width = new int[header.size()];
    for (int c = 0; c < width.length; c++) {
      width[c] = header.get(c).length();
      for (List<String> row : rows) width[c] = Math.max(width[c], row.get(c).length());
    }
    StringBuilder out = new StringBuilder();
    line(out, header, width);
    List<String> rule = new ArrayList<>();
    for (int w : width) rule.add("-".repeat(w));
    line(out, rule, width);
    rows.forEach(row -> line(out, row, width));
    return out.toString();
  }

  private static void line(StringBuilder out, List<String> cells, int[] width) {
    out.append('|');
    for (int c = 0; c < width.length; c++) {
      String cell = cells.get(c);
      boolean text = c > 0 && !cell.isEmpty() && Character.isLetter(cell.charAt(0));
      out.append(' ').append(text ? pad(cell, width[c], false) : pad(cell, width[c], true)).append(" |");
    }
    out.append('\n');
  }

  private static String pad(String s, int width, boolean right) {
    String fill = " ".repeat(Math.max(0, width - s.length()));
    return right ? fill + s : s + fill;
  }

  private static String count(long n) {
    return fmt("%,d", n);
  }

  private static String mb(long bytes) {
    return fmt("%,.0f", bytes / (1024.0 * 1024.0));
  }

  private static String fmt(String pattern, Object... args) {
    return String.format(Locale.ROOT, pattern, args);
  }
}
