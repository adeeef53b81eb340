package org.moisson.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.moisson.search.Facet;

/**
 * The counts of {@link FacetCounter} over {@link FacetColumns} against Lucene's own doc values
 * facet counting, on random documents across several segments with deletions, in every kind of
 * column: one value or many a document, few values, more than a byte holds, more than a char holds.
 */
class FacetCounterTest {
  private static final FacetsConfig CONFIG = LuceneDocuments.facetsConfig();

  @Test
  void countsAsLuceneDoesInEveryKindOfColumn() throws IOException {
    SplittableRandom random = new SplittableRandom(42);
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
        IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new KeywordAnalyzer()))) {
      for (int i = 0; i < 6_000; i++) {
        Document doc = new Document();
        doc.add(new StringField("id", Integer.toString(i), Field.Store.NO));
        doc.add(new StringField("half", i % 2 == 0 ? "even" : "odd", Field.Store.NO));
        doc.add(new StringField("third", Integer.toString(i % 3), Field.Store.NO));
        value(doc, Facet.TYPE, "type" + random.nextInt(5), random.nextInt(10) > 0); // one, few values
        value(doc, Facet.PUBLISHER, "publisher" + random.nextInt(400), random.nextInt(4) > 0); // one, > a byte
        int keywords = random.nextInt(6); // many, few values
        for (int k = 0; k < keywords; k++) value(doc, Facet.KEYWORD, "keyword" + random.nextInt(300), true);
        // many, more values than a char holds: each document brings new ones
        for (int k = 0; k < 70; k++) value(doc, Facet.CONCEPT, "concept" + (i * 70 + k), true);
        writer.addDocument(CONFIG.build(doc));
        if (i % 1_000 == 999) writer.commit(); // several segments
      }
      for (int i = 0; i < 6_000; i += 7) writer.deleteDocuments(new Term("id", Integer.toString(i)));
      writer.commit();

      FacetColumns columns = new FacetColumns();
      try (DirectoryReader reader = DirectoryReader.open(writer)) {
        assertThat(reader.leaves()).hasSizeGreaterThan(3);
        IndexSearcher searcher = new IndexSearcher(reader);
        Map<Facet, SortedSetDocValuesReaderState> states = LuceneFacets.states(reader, CONFIG);
        FacetCounter counter = new FacetCounter(reader, states, columns, null);
        FacetsCollector even = searcher.search(new TermQuery(new Term("half", "even")), new FacetsCollectorManager());
        // Most documents, and all of them, as a search for a common word or the whole world matches.
        FacetsCollector most = searcher.search(new BooleanQuery.Builder()
            .add(new TermQuery(new Term("third", "1")), Occur.SHOULD).add(new TermQuery(new Term("third", "2")), Occur.SHOULD)
            .build(), new FacetsCollectorManager());
        FacetsCollector all = searcher.search(new MatchAllDocsQuery(), new FacetsCollectorManager());
        EnumSet<Facet> asked = EnumSet.of(Facet.TYPE, Facet.PUBLISHER, Facet.KEYWORD, Facet.CONCEPT);

        Map<String, FacetsCollector> queries = new LinkedHashMap<>();
        queries.put("even", even);
        queries.put("two thirds", most);
        queries.put("all", all);
        queries.put("everything", null);
        queries.put("two thirds again", most); // a second count of the same view
        for (Map.Entry<String, FacetsCollector> q : queries.entrySet()) {
          Map<Facet, int[]> counted = counter.count(asked, q.getValue());
          for (Facet f : asked) {
            Map<String, Long> expected = lucene(states.get(f), q.getValue(), f);
            assertThat(expected).isNotEmpty();
            assertThat(labelled(states.get(f), counted.get(f))).as(f + " " + q.getKey()).isEqualTo(expected);
          }
        }
        assertThat(columns.held()).isEqualTo(reader.leaves().size());
        Map<Facet, FacetColumns.Column> first = columns.of(reader.leaves().get(0).reader());
        assertThat(List.of(Facet.TYPE, Facet.PUBLISHER, Facet.KEYWORD, Facet.CONCEPT))
            .extracting(f -> first.get(f).getClass().getSimpleName())
            .containsExactly("OneByte", "OneInt", "ManyChars", "ManyInts");
        assertThat(first.get(Facet.LICENCE)).isSameAs(FacetColumns.Column.EMPTY); // no document has one
        // Pooled: the same counts.
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
          FacetCounter pooledCounter = new FacetCounter(reader, states, columns, pool);
          for (FacetsCollector hits : List.of(even, most)) {
            Map<Facet, int[]> pooled = pooledCounter.count(asked, hits);
            for (Facet f : asked) assertThat(labelled(states.get(f), pooled.get(f))).isEqualTo(lucene(states.get(f), hits, f));
          }
        } finally {
          pool.shutdown();
        }
      }
      // The segments merged away are let go with their columns.
      writer.forceMerge(1);
      try (DirectoryReader merged = DirectoryReader.open(writer)) {
        assertThat(merged.leaves()).hasSize(1);
        columns.of(merged.leaves().get(0).reader());
        assertThat(columns.held()).isEqualTo(1);
      }
    }
  }

  @Test
  void topValuesBreakTiesByValueAndYearsComeNewestFirst() throws IOException {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
        IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new KeywordAnalyzer()))) {
      // keyword k<i> on i + 1 documents for i < 60, and two ties at 3: "b-tie" and "a-tie".
      for (int i = 0; i < 60; i++) {
        for (int d = 0; d <= i; d++) {
          Document doc = new Document();
          value(doc, Facet.KEYWORD, String.format("k%02d", i), true);
          value(doc, Facet.YEAR, Integer.toString(1990 + i % 7), true);
          writer.addDocument(CONFIG.build(doc));
        }
      }
      for (String tie : List.of("b-tie", "a-tie")) {
        for (int d = 0; d < 3; d++) {
          Document doc = new Document();
          value(doc, Facet.KEYWORD, tie, true);
          writer.addDocument(CONFIG.build(doc));
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(writer)) {
        Map<Facet, SortedSetDocValuesReaderState> states = LuceneFacets.states(reader, CONFIG);
        Map<Facet, int[]> counts = new FacetCounter(reader, states, new FacetColumns(), null)
            .count(EnumSet.of(Facet.KEYWORD, Facet.YEAR), null);
        var keywords = LuceneFacets.top(Facet.KEYWORD, states.get(Facet.KEYWORD), counts.get(Facet.KEYWORD));
        assertThat(keywords).hasSize(LuceneFacets.MAX_VALUES);
        assertThat(keywords.get(0).value()).isEqualTo("k59");
        assertThat(keywords.get(0).count()).isEqualTo(60);
        // the 50th is the last with 11 (k10); below it k09..k03 and the ties are left out
        assertThat(keywords.get(49).value()).isEqualTo("k10");
        var years = LuceneFacets.top(Facet.YEAR, states.get(Facet.YEAR), counts.get(Facet.YEAR));
        assertThat(years).extracting(c -> c.value()).containsExactly("1996", "1995", "1994", "1993", "1992", "1991", "1990");
        assertThat(years.stream().mapToLong(c -> c.count()).sum()).isEqualTo(60 * 61 / 2);

        // Ties at the edge of the 50: the value first in order wins.
        int[] tied = new int[states.get(Facet.KEYWORD).getSize()];
        Arrays.fill(tied, 5);
        var edge = LuceneFacets.top(Facet.KEYWORD, states.get(Facet.KEYWORD), tied);
        assertThat(edge.get(0).value()).isEqualTo("a-tie");
        assertThat(edge.get(1).value()).isEqualTo("b-tie");
        assertThat(edge.get(2).value()).isEqualTo("k00");
      }
    }
  }

  private static void value(Document doc, Facet f, String value, boolean present) {
    if (present) doc.add(new SortedSetDocValuesFacetField(LuceneDocuments.dim(f), value));
  }

  private static Map<String, Long> lucene(SortedSetDocValuesReaderState state, FacetsCollector hits, Facet f)
      throws IOException {
    SortedSetDocValuesFacetCounts counts = hits == null ? new SortedSetDocValuesFacetCounts(state)
        : new SortedSetDocValuesFacetCounts(state, hits);
    FacetResult r = counts.getAllChildren(LuceneDocuments.dim(f));
    Map<String, Long> out = new HashMap<>();
    for (LabelAndValue lv : r.labelValues) out.put(lv.label, lv.value.longValue());
    return out;
  }

  private static Map<String, Long> labelled(SortedSetDocValuesReaderState state, int[] counts) throws IOException {
    Map<String, Long> out = new HashMap<>();
    var labels = state.getDocValues();
    for (int ord = 0; ord < counts.length; ord++) {
      if (counts[ord] == 0) continue;
      String[] path = FacetsConfig.stringToPath(labels.lookupOrd(ord).utf8ToString());
      out.put(path[1], (long) counts[ord]);
    }
    return out;
  }
}
