package org.moisson.api.rest;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.moisson.record.BoundingBox;
import org.moisson.record.Dataset;
import org.moisson.record.DatasetJson;
import org.moisson.record.Keyword;
import org.moisson.record.Period;
import org.moisson.store.CatalogueReads;

/**
 * RFC 4180 CSV: CRLF line ends, fields quoted when they hold a comma, a quote or a line break,
 * quotes doubled. Harvested text is hostile, so a cell that a spreadsheet would run as a formula
 * (starting with =, +, -, @, tab or carriage return) is prefixed with an apostrophe, unless it is
 * only numbers (a box "-5.2,41.3,9.6,51.1" has nothing a formula could call).
 */
final class CsvExport implements ExportFormat {
  static final List<String> COLUMNS = List.of("id", "title", "doi", "landing_page", "publisher", "issued", "keywords",
      "licence", "bbox", "temporal", "sources", "url");
  private static final Pattern NUMBERS_ONLY = Pattern.compile("[-+]?[0-9][-+0-9., |]*");

  @Override
  public void start(Writer w) throws IOException {
    line(w, COLUMNS);
  }

  @Override
  public void row(Writer w, CatalogueReads.Entry e, String base, Map<Long, String> names) throws IOException {
    Dataset d = DatasetJson.read(e.json());
    line(w, List.of(e.id(), nz(d.title(null)), nz(d.doi()), nz(DatasetSummaryJson.landingPage(d)),
        d.publisher() == null ? "" : d.publisher().name(), nz(d.issued()),
        d.keywords().stream().map(Keyword::label).distinct().collect(Collectors.joining("; ")),
        d.licence() == null ? "" : nz(d.licence().name()),
        d.spatial().boxes().stream().map(CsvExport::box).collect(Collectors.joining(" | ")),
        d.temporal().stream().map(CsvExport::period).collect(Collectors.joining(" | ")),
        e.sourceIds().stream().map(names::get).filter(Objects::nonNull).collect(Collectors.joining("; ")),
        base + "/datasets/" + e.id()));
  }

  @Override
  public void end(Writer w) {}

  private static String box(BoundingBox b) {
    return b.west() + "," + b.south() + "," + b.east() + "," + b.north();
  }

  private static String period(Period p) {
    return nz(p.start()) + "/" + nz(p.end());
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static void line(Writer w, List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) w.write(',');
      w.write(cell(cells.get(i)));
    }
    w.write("\r\n");
  }

  static String cell(String value) {
    String v = value;
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 && !NUMBERS_ONLY.matcher(v).matches()) v = "'" + v;
    if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) return v;
    return '"' + v.replace("\"", "\"\"") + '"';
  }
}
