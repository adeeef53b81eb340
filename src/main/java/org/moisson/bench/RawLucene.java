package org.moisson.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.moisson.record.Dataset;
import org.moisson.record.LangText;
import org.moisson.search.lucene.SharedAnalysis;

/**
 * The limit our layers are measured against: the same documents in a plain Lucene index with the
 * same English and French analysis, searched by a plain IndexSearcher for the top 20 (Lucene's
 * default: totals counted up to 1,000, no facets, no JSON read back), each word required in
 * either language.
 */
final class RawLucene implements AutoCloseable {
  private static final String EN = "en";
  private static final String FR = "fr";

  private final FSDirectory directory;
  private final Analyzer analyzer = new PerFieldAnalyzerWrapper(SharedAnalysis.english(),
      Map.of(FR, SharedAnalysis.french()));
  private final IndexWriter writer;
  private IndexSearcher searcher;

  RawLucene(Path folder) {
    try {
      directory = FSDirectory.open(folder);
      writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setRAMBufferSizeMB(64)
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void add(String id, Dataset ds) {
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
    try {
      writer.addDocument(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void open() {
    try {
      writer.forceMerge(1);
      writer.commit();
      searcher = new IndexSearcher(DirectoryReader.open(writer));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Top 20 ids of the words, each required in English or in French analysis; returns the hit count Lucene gives. */
  long search(String words) {
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
    try {
      TopDocs top = searcher.search(any ? all.build() : new MatchNoDocsQuery(), 20);
      for (var sd : top.scoreDocs) searcher.storedFields().document(sd.doc, java.util.Set.of("id"));
      return top.totalHits.value;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> fields() {
    return List.of(EN, FR);
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
