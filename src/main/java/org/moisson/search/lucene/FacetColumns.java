package org.moisson.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.moisson.search.Facet;

/**
 * Each segment's facet values as plain arrays of segment ordinals, read once per segment (a
 * segment never changes) and kept until Lucene closes it. Counting a facet over the hits then
 * costs an array read per value instead of a doc values lookup: in the benchmark at 1M records,
 * counting six facets through doc values took 78% of the search time.
 *
 * <p>Memory: one to four bytes per document per facet, plus two or four per value of a multi-valued
 * facet (about 30 MB at 1M records of the benchmark corpus, keywords being most of it).
 */
final class FacetColumns {
  /**
   * One facet in one segment: segment ordinals per document in the narrowest array that holds
   * them, since counting many hits reads them all and is bound by memory traffic. Each kind counts
   * in its own loop over the hits' document numbers, so that loop calls nothing.
   */
  abstract static class Column {
    static final Column EMPTY = new Column(0) {
      @Override
      void count(int[] docs, int[] counts) {}
    };

    final int valueCount;

    Column(int valueCount) {
      this.valueCount = valueCount;
    }

    /** Adds the values of docs (ascending) to counts, indexed by segment ordinal. */
    abstract void count(int[] docs, int[] counts);
  }

  /** At most one value a document, fewer than 128 values: ordinal, or -1 for none. */
  private static final class OneByte extends Column {
    private final byte[] ords;

    OneByte(int[] ords, int valueCount) {
      super(valueCount);
      this.ords = new byte[ords.length];
      for (int i = 0; i < ords.length; i++) this.ords[i] = (byte) ords[i];
    }

    @Override
    void count(int[] docs, int[] counts) {
      int n = docs.length;
      for (int d = 0; d < n; d++) {
        int ord = ords[docs[d]];
        if (ord >= 0) counts[ord]++;
      }
    }
  }

  /** At most one value a document: ordinal, or -1 for none. */
  private static final class OneInt extends Column {
    private final int[] ords;

    OneInt(int[] ords, int valueCount) {
      super(valueCount);
      this.ords = ords;
    }

    @Override
    void count(int[] docs, int[] counts) {
      int n = docs.length;
      for (int d = 0; d < n; d++) {
        int ord = ords[docs[d]];
        if (ord >= 0) counts[ord]++;
      }
    }
  }

  /** Any number of values a document, fewer than 65,536 values: ordinals as chars. */
  private static final class ManyChars extends Column {
    private final int[] starts;
    private final char[] ords;

    ManyChars(int[] starts, int[] ords, int n, int valueCount) {
      super(valueCount);
      this.starts = starts;
      this.ords = new char[n];
      for (int i = 0; i < n; i++) this.ords[i] = (char) ords[i];
    }

    @Override
    void count(int[] docs, int[] counts) {
      int n = docs.length;
      for (int d = 0; d < n; d++) {
        int from = starts[docs[d]];
        while (d + 1 < n && docs[d + 1] == docs[d] + 1) d++; // consecutive hits: their values follow on
        for (int i = from, end = starts[docs[d] + 1]; i < end; i++) counts[ords[i]]++;
      }
    }
  }

  /** Any number of values a document: starts[doc] to starts[doc + 1] in ords. */
  private static final class ManyInts extends Column {
    private final int[] starts;
    private final int[] ords;

    ManyInts(int[] starts, int[] ords, int n, int valueCount) {
      super(valueCount);
      this.starts = starts;
      this.ords = Arrays.copyOf(ords, n);
    }

    @Override
    void count(int[] docs, int[] counts) {
      int n = docs.length;
      for (int d = 0; d < n; d++) {
        int from = starts[docs[d]];
        while (d + 1 < n && docs[d + 1] == docs[d] + 1) d++; // consecutive hits: their values follow on
        for (int i = from, end = starts[docs[d] + 1]; i < end; i++) counts[ords[i]]++;
      }
    }
  }

  private final Map<IndexReader.CacheKey, Map<Facet, Column>> segments = new ConcurrentHashMap<>();

  /** The columns of one segment, read on first use. */
  Map<Facet, Column> of(LeafReader leaf) {
    IndexReader.CacheHelper helper = leaf.getCoreCacheHelper();
    if (helper == null) return read(leaf); // not a segment Lucene can tell us the end of: not kept
    return segments.computeIfAbsent(helper.getKey(), key -> {
      helper.addClosedListener(segments::remove);
      return read(leaf);
    });
  }

  /** Segments currently held (for tests). */
  int held() {
    return segments.size();
  }

  private static Map<Facet, Column> read(LeafReader leaf) {
    Map<Facet, Column> columns = new EnumMap<>(Facet.class);
    try {
      for (Facet f : Facet.values()) columns.put(f, read(leaf, LuceneDocuments.facetField(f)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return columns;
  }

  private static Column read(LeafReader leaf, String field) throws IOException {
    SortedSetDocValues values = DocValues.getSortedSet(leaf, field);
    int valueCount = Math.toIntExact(values.getValueCount());
    if (valueCount == 0) return Column.EMPTY;
    int maxDoc = leaf.maxDoc();
    SortedDocValues single = DocValues.unwrapSingleton(values);
    if (single != null) {
      int[] ords = new int[maxDoc];
      Arrays.fill(ords, -1);
      for (int doc = single.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = single.nextDoc()) {
        ords[doc] = single.ordValue();
      }
      return valueCount <= Byte.MAX_VALUE ? new OneByte(ords, valueCount) : new OneInt(ords, valueCount);
    }
    int[] starts = new int[maxDoc + 1];
    int[] ords = new int[Math.max(16, maxDoc)];
    int n = 0;
    int next = 0;
    for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
      while (next <= doc) starts[next++] = n;
      int count = values.docValueCount();
      if (n + count > ords.length) ords = Arrays.copyOf(ords, Math.max(n + count, ords.length + (ords.length >> 1)));
      for (int i = 0; i < count; i++) ords[n++] = (int) values.nextOrd();
    }
    while (next <= maxDoc) starts[next++] = n;
    return valueCount <= Character.MAX_VALUE + 1 ? new ManyChars(starts, ords, n, valueCount)
        : new ManyInts(starts, ords, n, valueCount);
  }
}
