package org.moisson.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;
import org.moisson.record.Dataset;
import org.moisson.record.DatasetJson;
import org.moisson.search.CompletionTerms;
import org.moisson.search.Folding;
import org.moisson.search.SortOrder;
import org.moisson.search.SearchQuery;
import org.moisson.search.Suggestion;

/**
 * Completion for {@code SearchIndex.suggest}. A keyword or place value is indexed as one term per
 * word start, {@code <folded text from that word>\0<value>}, so the terms a prefix completes lie
 * together in the term dictionary: one seek, then a walk while they share the prefix, each term's
 * document frequency being the value's count. Titles are a prefix query on folded title words.
 */
final class LuceneSuggester {
  /** A two-letter prefix on a huge vocabulary stops here rather than walking it all. */
  private static final int MAX_TERMS_PER_SEGMENT = 200_000;
  private static final Sort NEWEST = LuceneQueries.sort(SearchQuery.all().sort(SortOrder.DATE));

  private LuceneSuggester() {}

  static List<Suggestion> values(IndexSearcher searcher, String field, String prefix, int limit)
      throws IOException {
    String folded = Folding.fold(prefix);
    if (folded.isEmpty()) return List.of();
    BytesRef start = new BytesRef(folded);
    Map<String, Map<String, Long>> byFolded = new HashMap<>();
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      Terms terms = leaf.reader().terms(field);
      if (terms == null) continue;
      Map<String, Long> inLeaf = new HashMap<>(); // a value counted once, however many of its words match
      TermsEnum te = terms.iterator();
      if (te.seekCeil(start) == TermsEnum.SeekStatus.END) continue;
      Bits live = leaf.reader().getLiveDocs();
      int walked = 0;
      for (BytesRef t = te.term(); t != null && StringHelper.startsWith(t, start); t = te.next()) {
        if (++walked > MAX_TERMS_PER_SEGMENT) break;
        String term = t.utf8ToString();
        String value = CompletionTerms.value(term);
        if (inLeaf.containsKey(value)) continue;
        long n = live == null ? te.docFreq() : liveCount(te, live);
        if (n > 0) inLeaf.put(value, n);
      }
      inLeaf.forEach((value, n) ->
          byFolded.computeIfAbsent(Folding.fold(value), k -> new HashMap<>()).merge(value, n, Long::sum));
    }
    List<Suggestion> out = new ArrayList<>(byFolded.size());
    for (Map<String, Long> forms : byFolded.values()) {
      String shown = forms.entrySet().stream()
          .min(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
          .orElseThrow().getKey();
      out.add(new Suggestion(shown, forms.values().stream().mapToLong(Long::longValue).sum(), null));
    }
    out.sort(Comparator.comparingLong(Suggestion::count).reversed().thenComparing(Suggestion::value));
    return List.copyOf(out.subList(0, Math.min(limit, out.size())));
  }

  private static long liveCount(TermsEnum te, Bits live) throws IOException {
    PostingsEnum docs = te.postings(null, PostingsEnum.NONE);
    long n = 0;
    for (int d = docs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) {
      if (live.get(d)) n++;
    }
    return n;
  }

  static List<Suggestion> titles(IndexSearcher searcher, String prefix, int limit) throws IOException {
    List<String> words = Folding.words(prefix);
    if (words.isEmpty()) return List.of();
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    for (int i = 0; i < words.size() - 1; i++) {
      q.add(new TermQuery(new Term(LuceneDocuments.TITLE_WORDS, words.get(i))), Occur.FILTER);
    }
    String last = words.get(words.size() - 1);
    q.add(new PrefixQuery(new Term(LuceneDocuments.TITLE_WORDS, last)), Occur.FILTER);
    TopFieldDocs top = searcher.search(q.build(), limit, NEWEST);
    List<Suggestion> out = new ArrayList<>(top.scoreDocs.length);
    var stored = searcher.storedFields();
    for (ScoreDoc sd : top.scoreDocs) {
      Document doc = stored.document(sd.doc, Set.of(LuceneDocuments.ID, LuceneDocuments.JSON));
      Dataset ds = DatasetJson.read(doc.get(LuceneDocuments.JSON));
      out.add(new Suggestion(CompletionTerms.matchingTitle(ds, words), 1, doc.get(LuceneDocuments.ID)));
    }
    return List.copyOf(out);
  }

}
