package org.moisson.api.dcat;

import java.util.List;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.update.UpdateAction;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.moisson.mapping.GoldenFiles;

/**
 * The official DCAT-AP 3.0.0 SHACL shapes from ../shared/fixtures. Used: the core shapes
 * (html-shapes.ttl: cardinalities, node kinds, datatypes), the range shapes (html-range.ttl: the
 * class of every value), the recommended ones and the deprecated-URI ones (warnings only).
 *
 * <p>Left out, and why: html-mdr-vocabularies.shape.ttl checks that values are concepts of the EU
 * Publications Office authority tables (file-type, language, data-theme, access-right…) by their
 * skos:inScheme, which needs those tables loaded as background knowledge (html-mdr_imports.ttl
 * imports them from the web; no test fetches). Moisson's themes, GCMD keywords and IANA media types
 * are in other vocabularies by design. html-imports.ttl and html-mdr_imports.ttl hold only
 * owl:imports of remote ontologies; dcat-ap-SHACL.ttl only lists the files.
 *
 * <p>Two constraints are taken out of the files used ({@link #EXCLUDED}), each for a stated reason:
 * <ol>
 *   <li>range.ttl: the target of a dcat:Relationship's dct:relation must be a dcat:Catalog,
 *   Dataset, DataService or DatasetSeries. W3C DCAT 3 allows any resource there, and the related
 *   resources of research data are mostly publications, software and documentation, which are not
 *   catalogued resources. Moisson keeps each DataCite relation type as the qualified relation's
 *   role (datacite:isSupplementTo…) rather than dropping it or calling a paper a dataset.</li>
 *   <li>shapes.ttl: a dcat:Dataset must have a dct:description. Some harvested records have none
 *   (several DataCite examples); Moisson does not invent one.</li>
 * </ol>
 */
final class DcatApShapes {
  static final List<String> FILES = List.of("html-shapes.ttl", "html-range.ttl", "html-shapes_recommended.ttl",
      "html-deprecateduris.ttl");
  /** The two constraints left out (see the class comment); the load fails if either is not there. */
  static final String EXCLUDED = """
      PREFIX sh: <http://www.w3.org/ns/shacl#>
      PREFIX dcat: <http://www.w3.org/ns/dcat#>
      PREFIX dct: <http://purl.org/dc/terms/>
      DELETE { ?p sh:node ?resource } WHERE {
        ?shape sh:targetClass dcat:Relationship ; sh:property ?p . ?p sh:path dct:relation ; sh:node ?resource };
      DELETE { ?p sh:minCount 1 } WHERE {
        ?shape sh:targetClass dcat:Dataset ; sh:property ?p . ?p sh:path dct:description ; sh:minCount 1 }
      """;
  private static final Shapes SHAPES = load();

  private DcatApShapes() {}

  private static Shapes load() {
    Model shapes = ModelFactory.createDefaultModel();
    for (String f : FILES) {
      RDFDataMgr.read(shapes, GoldenFiles.fixture("dcat-ap/3.0.0/shacl/" + f).toString(), Lang.TURTLE);
    }
    long before = shapes.size();
    UpdateAction.parseExecute(EXCLUDED, shapes);
    if (shapes.size() != before - 2) throw new IllegalStateException("the excluded constraints were not found once each");
    return Shapes.parse(shapes.getGraph());
  }

  /** Every violation (not warnings), one line each; empty when the data conforms. */
  static List<String> violations(Graph data) {
    ValidationReport report = ShaclValidator.get().validate(SHAPES, data);
    return report.getEntries().stream().filter(e -> e.severity().level().equals(Severity.Violation.level()))
        .map(DcatApShapes::line).distinct().collect(Collectors.toList());
  }

  /** How many checks the shapes made fire at all (violations and warnings), so a test sees they ran. */
  static long entries(Graph data) {
    return ShaclValidator.get().validate(SHAPES, data).getEntries().size();
  }

  private static String line(ReportEntry e) {
    return e.focusNode() + " " + e.resultPath() + " " + e.value() + ": " + e.message();
  }
}
