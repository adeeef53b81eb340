package org.moisson.search.opensearch;

import java.time.LocalDate;
import org.moisson.record.BoundingBox;
import org.moisson.record.Dataset;
import org.moisson.record.LangText;
import org.moisson.record.Period;
import org.moisson.search.Facet;
import org.moisson.search.Folding;
import org.moisson.search.IndexedDataset;
import org.moisson.search.lucene.SharedAnalysis;
import org.moisson.search.CompletionTerms;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** How a dataset becomes an OpenSearch document: the same values the Lucene backend indexes. */
final class OpenSearchDocuments {
  private OpenSearchDocuments() {}

  static ObjectNode toDocument(IndexedDataset d) {
    Dataset ds = d.dataset();
    ObjectNode doc = OpenSearchHttp.JSON.createObjectNode();
    doc.put(OpenSearchMapping.ID, d.id());
    doc.put(OpenSearchMapping.JSON, d.storedJson());
    ArrayNode sources = doc.putArray(OpenSearchMapping.SOURCES);
    d.sources().forEach(sources::add);
    ArrayNode titlesEn = doc.putArray(OpenSearchMapping.TITLE_EN);
    ArrayNode titlesFr = doc.putArray(OpenSearchMapping.TITLE_FR);
    for (LangText t : ds.titles()) {
      if (SharedAnalysis.inEnglish(t)) titlesEn.add(t.value());
      if (SharedAnalysis.inFrench(t)) titlesFr.add(t.value());
    }
    ArrayNode titleWords = doc.putArray(OpenSearchMapping.TITLE_WORDS);
    ds.titles().forEach(t -> titleWords.add(Folding.fold(t.value())));
    ArrayNode suggestKeyword = doc.putArray(OpenSearchMapping.SUGGEST_KEYWORD);
    Facet.KEYWORD.valuesOf(d).forEach(v -> CompletionTerms.of(v).forEach(suggestKeyword::add));
    ArrayNode suggestPlace = doc.putArray(OpenSearchMapping.SUGGEST_PLACE);
    CompletionTerms.places(ds).forEach(v -> CompletionTerms.of(v).forEach(suggestPlace::add));
    ArrayNode textEn = doc.putArray(OpenSearchMapping.TEXT_EN);
    ArrayNode textFr = doc.putArray(OpenSearchMapping.TEXT_FR);
    for (LangText t : SharedAnalysis.texts(ds)) {
      if (SharedAnalysis.inEnglish(t)) textEn.add(t.value());
      if (SharedAnalysis.inFrench(t)) textFr.add(t.value());
    }
    for (Facet f : Facet.values()) {
      ArrayNode values = doc.putArray(OpenSearchMapping.facetField(f));
      f.valuesOf(d).forEach(values::add);
    }
    ArrayNode shapes = doc.putArray(OpenSearchMapping.BBOX);
    for (BoundingBox b : ds.spatial().footprints()) {
      for (double[][] half : SharedAnalysis.halves(b)) shapes.add(shape(half));
    }
    ArrayNode times = doc.putArray(OpenSearchMapping.TIME);
    for (Period p : ds.temporal()) {
      long[] days = SharedAnalysis.coverageDays(p);
      if (days == null) continue;
      ObjectNode range = times.addObject();
      if (days[0] != Long.MIN_VALUE) range.put("gte", days[0]);
      if (days[1] != Long.MAX_VALUE) range.put("lte", days[1]);
    }
    LocalDate date = SharedAnalysis.publicationDay(ds);
    if (date != null) doc.put(OpenSearchMapping.DATE, date.toEpochDay());
    String title = ds.title(null);
    if (title != null) doc.put(OpenSearchMapping.TITLE_SORT, SharedAnalysis.sortKey(title));
    return doc;
  }

  /**
   * A box {{west, south}, {east, north}} (never across the antimeridian) as GeoJSON: an envelope,
   * or a point or a line when it has no area, since a flat polygon cannot be indexed.
   */
  static ObjectNode shape(double[][] box) {
    double w = box[0][0];
    double s = box[0][1];
    double e = box[1][0];
    double n = box[1][1];
    ObjectNode shape = OpenSearchHttp.JSON.createObjectNode();
    if (w == e && s == n) {
      shape.put("type", "point");
      shape.putArray("coordinates").add(w).add(s);
    } else if (w == e || s == n) {
      shape.put("type", "linestring");
      ArrayNode c = shape.putArray("coordinates");
      c.addArray().add(w).add(s);
      c.addArray().add(e).add(n);
    } else {
      shape.put("type", "envelope");
      ArrayNode c = shape.putArray("coordinates");
      c.addArray().add(w).add(n);
      c.addArray().add(e).add(s);
    }
    return shape;
  }
}
