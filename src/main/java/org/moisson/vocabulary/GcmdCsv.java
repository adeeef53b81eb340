package org.moisson.vocabulary;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * The GCMD keyword CSV of NASA's Keyword Management System (one row per concept: its path in
 * columns, Category to Detailed_Variable, then its UUID) read as SKOS. KMS serves its RDF in pages
 * of 2,000 concepts, while the CSV holds them all (3,283 science keywords in 9.1.5), so loading both
 * gives the complete hierarchy with the RDF's definitions.
 */
final class GcmdCsv {
  static final String CONCEPT_BASE = "https://gcmd.earthdata.nasa.gov/kms/concept/";
  private static final String DEFAULT_SCHEME = "https://gcmd.earthdata.nasa.gov/kms/concepts/concept_scheme/sciencekeywords";
  private static final Pattern SCHEME = Pattern.compile("(https?://\\S+/concept_scheme/[A-Za-z0-9_]+)");
  private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  private GcmdCsv() {}

  static Model read(byte[] bytes) {
    String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\r?\n");
    if (lines.length < 2 || !lines[1].strip().endsWith("UUID")) {
      throw new IllegalArgumentException("not a GCMD keyword CSV: its second line is not the column header ending in UUID");
    }
    Matcher m = SCHEME.matcher(lines[0]);
    String scheme = m.find() ? m.group(1) : DEFAULT_SCHEME;
    Map<String, String> byPath = new HashMap<>();
    List<String[]> rows = new ArrayList<>();
    for (int i = 2; i < lines.length; i++) {
      List<String> cells = cells(lines[i]);
      if (cells.size() < 2) continue;
      String uuid = cells.get(cells.size() - 1).strip();
      List<String> path = cells.subList(0, cells.size() - 1).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
      if (!UUID.matcher(uuid).matches() || path.isEmpty()) continue;
      String key = String.join(" > ", path);
      byPath.put(key, uuid);
      rows.add(new String[] {key, uuid});
    }
    Model model = ModelFactory.createDefaultModel();
    Resource schemeResource = model.createResource(scheme);
    for (String[] row : rows) {
      String path = row[0];
      int cut = path.lastIndexOf(" > ");
      String label = cut < 0 ? path : path.substring(cut + 3);
      Resource c = model.createResource(CONCEPT_BASE + row[1]).addProperty(RDF.type, SKOS.Concept)
          .addProperty(SKOS.inScheme, schemeResource).addProperty(SKOS.prefLabel, model.createLiteral(label, "en"));
      String parent = cut < 0 ? null : byPath.get(path.substring(0, cut));
      if (parent != null) c.addProperty(SKOS.broader, model.createResource(CONCEPT_BASE + parent));
    }
    return model;
  }

  /** The fields of one CSV line: quoted ("" is a quote) or bare, comma-separated. */
  static List<String> cells(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          cell.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',') {
        out.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(ch);
      }
    }
    out.add(cell.toString());
    return out;
  }
}
