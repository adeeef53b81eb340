package org.moisson.mapping;

import static org.moisson.mapping.DcatTerms.SCHEMA;
import static org.moisson.mapping.DcatTerms.SCHEMA_HTTPS;
import static org.moisson.mapping.DcatTerms.TIME;
import static org.moisson.mapping.DcatTerms.prop;

import java.util.List;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.moisson.record.DatasetBuilder;
import org.moisson.record.Period;

/** Spatial (dct:spatial) and temporal (dct:temporal) coverage. */
final class DcatCoverage {
  private static final Property[] STARTS = {DcatTerms.START_DATE, prop(SCHEMA, "startDate"), prop(SCHEMA_HTTPS, "startDate")};
  private static final Property[] ENDS = {DcatTerms.END_DATE, prop(SCHEMA, "endDate"), prop(SCHEMA_HTTPS, "endDate")};
  /** How OWL-Time writes an instant's date. */
  private static final Property[] INSTANT = {prop(TIME, "inXSDDate"), prop(TIME, "inXSDDateTimeStamp"),
      prop(TIME, "inXSDDateTime"), prop(TIME, "inXSDgYearMonth"), prop(TIME, "inXSDgYear")};

  private DcatCoverage() {}

  static void read(Resource ds, DatasetBuilder b) {
    for (RDFNode n : RdfReading.values(ds, DcatTerms.SPATIAL)) spatial(n, b);
    for (Resource r : RdfReading.resources(ds, DcatTerms.TEMPORAL)) {
      Period p = period(r);
      if (p != null && !b.temporal.contains(p)) b.temporal.add(p);
    }
  }

  /**
   * A location: its geometries (dcat:bbox, locn:geometry, dcat:centroid, GeoSPARQL), and its name;
   * an IRI without name or geometry (a GeoNames or NUTS IRI) is kept as the place itself.
   */
  private static void spatial(RDFNode n, DatasetBuilder b) {
    if (n.isLiteral()) {
      String text = RdfReading.string(n);
      if (text != null && !GeometryLiterals.read(text, false, b)) addPlace(b, text);
      return;
    }
    Resource r = n.asResource();
    boolean geometry = geometries(r, DcatTerms.BBOX, true, b);
    geometry |= geometries(r, DcatTerms.GEOMETRY, false, b);
    geometry |= geometries(r, DcatTerms.CENTROID, false, b);
    geometry |= geometries(r, DcatTerms.HAS_GEOMETRY, false, b);
    String name = RdfReading.label(r);
    if (name != null) addPlace(b, name);
    else if (!geometry && r.isURIResource()) addPlace(b, r.getURI());
  }

  private static boolean geometries(Resource r, Property p, boolean asBox, DatasetBuilder b) {
    boolean any = false;
    for (RDFNode v : RdfReading.values(r, p)) {
      if (v.isLiteral()) {
        any |= GeometryLiterals.read(v.asLiteral().getLexicalForm(), asBox, b);
      } else {
        // a geometry node: gsp:asWKT, gsp:asGeoJSON or gsp:asGML carry the literal
        for (Property as : List.of(DcatTerms.AS_WKT, DcatTerms.AS_GEOJSON, DcatTerms.AS_GML)) {
          for (RDFNode l : RdfReading.values(v.asResource(), as)) {
            if (l.isLiteral()) any |= GeometryLiterals.read(l.asLiteral().getLexicalForm(), asBox, b);
          }
        }
      }
    }
    return any;
  }

  private static void addPlace(DatasetBuilder b, String place) {
    if (!b.places.contains(place)) b.places.add(place);
  }

  /** dcat:startDate/endDate, schema.org's, or OWL-Time's hasBeginning/hasEnd instants. */
  private static Period period(Resource r) {
    String start = first(r, STARTS);
    String end = first(r, ENDS);
    if (start == null) start = instant(r, DcatTerms.HAS_BEGINNING);
    if (end == null) end = instant(r, DcatTerms.HAS_END);
    return start == null && end == null ? null : new Period(start, end);
  }

  private static String first(Resource r, Property... props) {
    for (Property p : props) {
      String d = RdfReading.date(r, p);
      if (d != null) return d;
    }
    return null;
  }

  private static String instant(Resource r, Property p) {
    for (Resource i : RdfReading.resources(r, p)) {
      String d = first(i, INSTANT);
      if (d != null) return d;
    }
    return null;
  }
}
