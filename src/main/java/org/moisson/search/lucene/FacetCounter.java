package org.moisson.search.lucene;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollector.MatchingDocs;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues.MultiSortedSetDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.LongValues;
import org.moisson.search.Facet;
import org.moisson.search.lucene.FacetColumns.Column;

/**
 * Counts facets of one point-in-time view, in the global ordinals of its {@link
 * SortedSetDocValuesReaderState}s: each segment's hits are walked once for every facet asked,
 * over the segment's {@link FacetColumns}, segments in parallel when there is a pool.
 */
final class FacetCounter {
  private final List<LeafReaderContext> leaves;
  private final Map<Facet, SortedSetDocValuesReaderState> states;
  private final FacetColumns columns;
  private final ExecutorService pool;
  /** Per facet, per segment, the global ordinal of each segment ordinal. */
  private final Map<Facet, int[][]> toGlobal = new EnumMap<>(Facet.class);

  FacetCounter(IndexReader reader, Map<Facet, SortedSetDocValuesReaderState> states, FacetColumns columns,
      ExecutorService pool) throws IOException {
    this.leaves = reader.leaves();
    this.states = states;
    this.columns = columns;
    this.pool = pool;
    for (Map.Entry<Facet, SortedSetDocValuesReaderState> e : states.entrySet()) {
      toGlobal.put(e.getKey(), globalOrdinals(e.getValue()));
    }
  }

  /**
   * Counts per facet, indexed by global ordinal; facets no document has a value for are absent.
   *
   * @param hits the matching documents, or null for every live document
   */
  Map<Facet, int[]> count(Set<Facet> facets, FacetsCollector hits) throws IOException {
    List<Facet> asked = facets.stream().filter(states::containsKey).toList();
    Map<Facet, int[]> out = new EnumMap<>(Facet.class);
    if (asked.isEmpty()) return out;
    List<Callable<int[][]>> tasks = new ArrayList<>();
    List<Integer> segmentOf = new ArrayList<>();
    if (hits == null) {
      for (LeafReaderContext leaf : leaves) {
        tasks.add(() -> countSegment(leaf.ord, asked, liveDocuments(leaf.reader())));
        segmentOf.add(leaf.ord);
      }
    } else {
      for (MatchingDocs m : hits.getMatchingDocs()) {
        if (m.totalHits == 0) continue;
        tasks.add(() -> countSegment(m.context.ord, asked, documents(m.bits.iterator(), m.totalHits)));
        segmentOf.add(m.context.ord);
      }
    }
    for (Facet f : asked) out.put(f, new int[states.get(f).getSize()]);
    List<int[][]> perSegment = run(tasks);
    for (int s = 0; s < perSegment.size(); s++) {
      int[][] segmentCounts = perSegment.get(s);
      for (int k = 0; k < asked.size(); k++) {
        int[] global = toGlobal.get(asked.get(k))[segmentOf.get(s)];
        int[] from = segmentCounts[k];
        int[] into = out.get(asked.get(k));
        for (int ord = 0; ord < from.length; ord++) {
          if (from[ord] != 0) into[global[ord]] += from[ord];
        }
      }
    }
    return out;
  }

  /** Each facet in its own pass over the hits' document numbers: one column at a time streams best. */
  private int[][] countSegment(int segment, List<Facet> asked, int[] docs) {
    Map<Facet, Column> segmentColumns = columns.of(leaves.get(segment).reader());
    int[][] counts = new int[asked.size()][];
    for (int k = 0; k < counts.length; k++) {
      Column c = segmentColumns.get(asked.get(k));
      counts[k] = new int[c.valueCount];
      c.count(docs, counts[k]);
    }
    return counts;
  }

  /** The hits of one segment read once into an array. */
  private static int[] documents(DocIdSetIterator it, int expected) throws IOException {
    int[] docs = new int[Math.max(expected, 16)];
    int n = 0;
    for (int doc = it == null ? DocIdSetIterator.NO_MORE_DOCS : it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS;
        doc = it.nextDoc()) {
      if (n == docs.length) docs = Arrays.copyOf(docs, n + (n >> 1));
      docs[n++] = doc;
    }
    return n == docs.length ? docs : Arrays.copyOf(docs, n);
  }

  private static int[] liveDocuments(LeafReader leaf) {
    Bits live = leaf.getLiveDocs();
    int[] docs = new int[leaf.numDocs()];
    int n = 0;
    for (int doc = 0; doc < leaf.maxDoc(); doc++) {
      if (live == null || live.get(doc)) docs[n++] = doc;
    }
    return docs;
  }

  private List<int[][]> run(List<Callable<int[][]>> tasks) throws IOException {
    List<int[][]> out = new ArrayList<>(tasks.size());
    if (pool == null || tasks.size() < 2) {
      for (Callable<int[][]> t : tasks) out.add(call(t));
      return out;
    }
    List<Future<int[][]>> futures = new ArrayList<>(tasks.size());
    for (Callable<int[][]> t : tasks) futures.add(pool.submit(t));
    try {
      for (Future<int[][]> f : futures) out.add(f.get());
    } catch (InterruptedException e) {
      futures.forEach(f -> f.cancel(true));
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("facet counting interrupted");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) throw io;
      if (e.getCause() instanceof RuntimeException r) throw r;
      throw new IllegalStateException(e.getCause());
    }
    return out;
  }

  private static int[][] call(Callable<int[][]> task) throws IOException {
    try {
      return task.call();
    } catch (IOException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The state's own mapping from segment to global ordinals, as arrays: it is read for every value counted. */
  private int[][] globalOrdinals(SortedSetDocValuesReaderState state) throws IOException {
    SortedSetDocValues all = state.getDocValues();
    OrdinalMap map = all instanceof MultiSortedSetDocValues multi ? multi.mapping : null;
    if (map == null && leaves.size() > 1) throw new IllegalStateException("no ordinal map for " + state.getField());
    int[][] out = new int[leaves.size()][];
    for (LeafReaderContext leaf : leaves) {
      SortedSetDocValues segment = leaf.reader().getSortedSetDocValues(state.getField());
      int n = segment == null ? 0 : Math.toIntExact(segment.getValueCount());
      int[] global = new int[n];
      LongValues g = map == null ? LongValues.IDENTITY : map.getGlobalOrds(leaf.ord);
      for (int ord = 0; ord < n; ord++) global[ord] = (int) g.get(ord);
      out[leaf.ord] = global;
    }
    return out;
  }
}
