package org.moisson.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.moisson.record.Dataset;
import org.moisson.record.LangText;
import org.moisson.search.Facet;
import org.moisson.search.IndexedDataset;
import org.moisson.search.lucene.SharedAnalysis;

/**
 * The limit our layers are measured against: the same documents in a plain Lucene index with the
 * same English and French analysis and the same facet values, searched by a plain IndexSearcher,
 * each word required in either language, in two ways:
 *
 * <ul>
 *   <li>{@link #search}: Lucene's defaults, the top 20 with totals counted up to 1,000, no facets;
 *   <li>{@link #searchSameAnswer}: what Moisson answers, the top 20 with the exact total and the
 *       same seven facets, counted by Lucene's own facet module over one doc values field (the
 *       50 most frequent values, every year and concept). The hits' JSON is neither stored nor
 *       read back, so reading and parsing it counts as Moisson's layers.
 * </ul>
 */
final class RawLucene implements AutoCloseable {
  private static final String EN = "en";
  private static final String FR = "fr";
  private static final Set<String> ID_ONLY = Set.of("id");

  private final FSDirectory directory;
  private final Analyzer analyzer = new PerFieldAnalyzerWrapper(SharedAnalysis.english(),
      Map.of(FR, SharedAnalysis.french()));
  private final IndexWriter writer;
  private final FacetsConfig facets = new FacetsConfig();
  private IndexSearcher searcher;
  private SortedSetDocValuesReaderState facetState;

  RawLucene(Path folder) {
    for (Facet f : Facet.values()) facets.setMultiValued(f.param(), true);
    try {
      directory = FSDirectory.open(folder);
      writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setRAMBufferSizeMB(64)
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One dataset, with the sources and concepts Moisson's own index gives it. */
  void add(String id, Dataset ds, List<String> sources, List<String> concepts) {
    Document doc = new Document();
    doc.add(new StringField("id", id, Field.Store.YES));
    // Each text in the languages Moisson analyses it in, so the limit does the same analysis work.
    StringBuilder en = new StringBuilder();
    StringBuilder fr = new StringBuilder();
    for (List<LangText> texts : List.of(ds.titles(), SharedAnalysis.texts(ds))) {
      for (LangText t : texts) {
        if (SharedAnalysis.inEnglish(t)) en.append(t.value()).append('\n');
        if (SharedAnalysis.inFrench(t)) fr.append(t.value()).append('\n');
      }
    }
    doc.add(new TextField(EN, en.toString(), Field.Store.NO));
    doc.add(new TextField(FR, fr.toString(), Field.Store.NO));
    IndexedDataset indexed = new IndexedDataset(id, ds, sources, concepts);
    for (Facet f : Facet.values()) {
      for (String v : f.valuesOf(indexed)) doc.add(new SortedSetDocValuesFacetField(f.param(), v));
    }
    try {
      writer.addDocument(facets.build(doc));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void open() {
    try {
      writer.forceMerge(1);
      writer.commit();
      searcher = new IndexSearcher(DirectoryReader.open(writer));
      facetState = new DefaultSortedSetDocValuesReaderState(searcher.getIndexReader(), facets);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Top 20 ids of the words, each required in English or in French analysis; returns the hit count Lucene gives. */
  long search(String words) {
    try {
      TopDocs top = searcher.search(query(words), 20);
      readIds(top);
      return top.totalHits.value;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The same words with the exact total and every facet counted; returns the exact total. */
  long searchSameAnswer(String words) {
    try {
      Object[] both = searcher.search(query(words), new MultiCollectorManager(new FacetsCollectorManager(),
          new TopScoreDocCollectorManager(20, null, Integer.MAX_VALUE, false)));
      TopDocs top = (TopDocs) both[1];
      readIds(top);
      if (top.totalHits.value > 0) {
        Facets counts = new SortedSetDocValuesFacetCounts(facetState, (FacetsCollector) both[0]);
        for (Facet f : Facet.values()) {
          if (f == Facet.YEAR || f == Facet.CONCEPT) counts.getAllChildren(f.param());
          else counts.getTopChildren(50, f.param());
        }
      }
      return top.totalHits.value;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Query query(String words) {
    QueryBuilder b = new QueryBuilder(analyzer);
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    boolean any = false;
    for (String w : words.split("\\s+")) {
      Query en = b.createPhraseQuery(EN, w);
      Query fr = b.createPhraseQuery(FR, w);
      if (en == null || fr == null) continue;
      all.add(new BooleanQuery.Builder().add(en, Occur.SHOULD).add(fr, Occur.SHOULD).build(), Occur.MUST);
      any = true;
    }
    return any ? all.build() : new MatchNoDocsQuery();
  }

  private void readIds(TopDocs top) throws IOException {
    StoredFields stored = searcher.storedFields();
    for (var sd : top.scoreDocs) stored.document(sd.doc, ID_ONLY);
  }

  @Override
  public void close() {
    try (directory; analyzer; writer) {
      if (searcher != null) searcher.getIndexReader().close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
