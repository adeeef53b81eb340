package org.moisson.search;

/** Parses user query text into a {@link TextQuery}; see that type for the syntax. */
final class QueryParser {
  private QueryParser() {}

  static TextQuery parse(String text) {
    if (text == null || text.isBlank()) return new TextQuery.All();
    throw new UnsupportedOperationException("TODO #2: query parser");
  }
}
