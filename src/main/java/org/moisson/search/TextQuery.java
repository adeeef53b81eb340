package org.moisson.search;

import java.util.List;

/**
 * The parsed form of what a user typed, so both backends run the same query. Built by
 * {@link QueryParser}: words, "quoted phrases", AND / OR / NOT, a leading minus, parentheses.
 * Adjacent clauses are ANDed.
 */
public sealed interface TextQuery {
  record Term(String word) implements TextQuery {}

  record Phrase(List<String> words) implements TextQuery {
    public Phrase {
      words = List.copyOf(words);
    }
  }

  record And(List<TextQuery> clauses) implements TextQuery {
    public And {
      clauses = List.copyOf(clauses);
    }
  }

  record Or(List<TextQuery> clauses) implements TextQuery {
    public Or {
      clauses = List.copyOf(clauses);
    }
  }

  record Not(TextQuery clause) implements TextQuery {}

  /** Everything: the empty query. */
  record All() implements TextQuery {}
}
