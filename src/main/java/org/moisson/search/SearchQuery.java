package org.moisson.search;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.moisson.record.BoundingBox;

/**
 * An immutable search: text, facet filters, a box, a time range, sort and page. Each method returns
 * a new query. Values of one facet are ORed, different facets ANDed; facet counts of a facet ignore
 * that facet's own filter (drill-sideways), so a user can widen a choice as well as narrow it.
 *
 * <pre>{@code
 * SearchQuery.text("soil moisture").filter(Facet.LICENCE, "CC-BY-4.0").bbox(box).page(2, 20)
 * }</pre>
 */
public final class SearchQuery {
  public static final int MAX_SIZE = 100;
  /** Deep paging costs the index dearly; past this the export is the tool. */
  public static final int MAX_WINDOW = 10_000;

  private final String text;
  private final TextQuery parsed;
  private final Map<Facet, Set<String>> filters;
  private final BoundingBox bbox;
  private final LocalDate start;
  private final LocalDate end;
  private final SortOrder sort;
  private final int page;
  private final int size;
  private final Set<Facet> facets;

  private SearchQuery(String text, TextQuery parsed, Map<Facet, Set<String>> filters, BoundingBox bbox,
      LocalDate start, LocalDate end, SortOrder sort, int page, int size, Set<Facet> facets) {
    this.text = text;
    this.parsed = parsed;
    this.filters = filters;
    this.bbox = bbox;
    this.start = start;
    this.end = end;
    this.sort = sort;
    this.page = page;
    this.size = size;
    this.facets = facets;
  }

  /** Everything, first page of 20, every facet counted. */
  public static SearchQuery all() {
    return new SearchQuery("", new TextQuery.All(), Map.of(), null, null, null, SortOrder.RELEVANCE,
        1, 20, Collections.unmodifiableSet(EnumSet.allOf(Facet.class)));
  }

  /** @throws InvalidQueryException when the text does not parse */
  public static SearchQuery text(String text) {
    return all().withText(text);
  }

  public SearchQuery withText(String text) {
    String t = text == null ? "" : text.strip();
    return new SearchQuery(t, QueryParser.parse(t), filters, bbox, start, end, sort, page, size, facets);
  }

  public SearchQuery filter(Facet facet, String value) {
    Map<Facet, Set<String>> f = new EnumMap<>(Facet.class);
    filters.forEach((k, v) -> f.put(k, new LinkedHashSet<>(v)));
    f.computeIfAbsent(facet, k -> new LinkedHashSet<>()).add(value);
    Map<Facet, Set<String>> frozen = new EnumMap<>(Facet.class);
    f.forEach((k, v) -> frozen.put(k, Collections.unmodifiableSet(v)));
    return new SearchQuery(text, parsed, Collections.unmodifiableMap(frozen), bbox, start, end, sort,
        page, size, facets);
  }

  public SearchQuery bbox(BoundingBox box) {
    return new SearchQuery(text, parsed, filters, box, start, end, sort, page, size, facets);
  }

  /** Datasets whose temporal coverage overlaps [start, end]; either end may be null (open). */
  public SearchQuery period(LocalDate start, LocalDate end) {
    if (start != null && end != null && start.isAfter(end)) {
      throw new InvalidQueryException("start " + start + " is after end " + end);
    }
    return new SearchQuery(text, parsed, filters, bbox, start, end, sort, page, size, facets);
  }

  public SearchQuery sort(SortOrder order) {
    return new SearchQuery(text, parsed, filters, bbox, start, end, order, page, size, facets);
  }

  /** @param page from 1 */
  public SearchQuery page(int page, int size) {
    if (page < 1) throw new InvalidQueryException("page must be 1 or more, not " + page);
    if (size < 0 || size > MAX_SIZE) {
      throw new InvalidQueryException("size must be between 0 and " + MAX_SIZE + ", not " + size);
    }
    if ((long) page * size > MAX_WINDOW) {
      throw new InvalidQueryException("only the first " + MAX_WINDOW
          + " results can be paged through; narrow the search or use the export");
    }
    return new SearchQuery(text, parsed, filters, bbox, start, end, sort, page, size, facets);
  }

  /** Which facets to count; none makes the search cheaper. */
  public SearchQuery facets(Set<Facet> wanted) {
    Set<Facet> w = wanted.isEmpty() ? EnumSet.noneOf(Facet.class) : EnumSet.copyOf(wanted);
    return new SearchQuery(text, parsed, filters, bbox, start, end, sort, page, size,
        Collections.unmodifiableSet(w));
  }

  public String text() { return text; }
  public TextQuery parsed() { return parsed; }
  public Map<Facet, Set<String>> filters() { return filters; }
  public BoundingBox bbox() { return bbox; }
  public LocalDate start() { return start; }
  public LocalDate end() { return end; }
  public SortOrder sort() { return sort; }
  public int page() { return page; }
  public int size() { return size; }
  public Set<Facet> facets() { return facets; }
  public int offset() { return (page - 1) * size; }
}
