package org.moisson.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.moisson.search.TextQuery.All;
import org.moisson.search.TextQuery.And;
import org.moisson.search.TextQuery.Not;
import org.moisson.search.TextQuery.Or;
import org.moisson.search.TextQuery.Phrase;
import org.moisson.search.TextQuery.Term;

class QueryParserTest {

  private static TextQuery parse(String s) {
    return QueryParser.parse(s);
  }

  private static Term t(String w) {
    return new Term(w);
  }

  private static Phrase p(String... words) {
    return new Phrase(List.of(words));
  }

  private static And and(TextQuery... q) {
    return new And(List.of(q));
  }

  private static Or or(TextQuery... q) {
    return new Or(List.of(q));
  }

  private static Not neg(TextQuery q) {
    return new Not(q);
  }

  @Nested
  class Valid {
    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t\n", "!!!", " - + "})
    void emptyOrPunctuationOnlyIsAll(String s) {
      assertThat(parse(s)).isEqualTo(new All());
    }

    @Test
    void nullIsAll() {
      assertThat(parse(null)).isEqualTo(new All());
    }

    @Test
    void singleWordKeepsItsCaseAndAccents() {
      assertThat(parse("  Écologie ")).isEqualTo(t("Écologie"));
    }

    @Test
    void adjacentWordsAreAnded() {
      assertThat(parse("soil moisture  index")).isEqualTo(and(t("soil"), t("moisture"), t("index")));
    }

    @Test
    void explicitAnd() {
      assertThat(parse("soil AND water")).isEqualTo(and(t("soil"), t("water")));
    }

    @Test
    void orBindsLooserThanAnd() {
      assertThat(parse("a b OR c")).isEqualTo(or(and(t("a"), t("b")), t("c")));
      assertThat(parse("a OR b AND c")).isEqualTo(or(t("a"), and(t("b"), t("c"))));
      assertThat(parse("a OR b c OR d")).isEqualTo(or(t("a"), and(t("b"), t("c")), t("d")));
    }

    @Test
    void lowerCaseOperatorsAreWords() {
      assertThat(parse("soil and water or not")).isEqualTo(
          and(t("soil"), t("and"), t("water"), t("or"), t("not")));
      assertThat(parse("And Or Not")).isEqualTo(and(t("And"), t("Or"), t("Not")));
    }

    @Test
    void phrase() {
      assertThat(parse("\"sea surface temperature\"")).isEqualTo(p("sea", "surface", "temperature"));
    }

    @Test
    void phraseSplitsOnAnyWhitespaceAndKeepsOperatorsAsWords() {
      assertThat(parse("\" sea\u00a0 AND\tsurface \"")).isEqualTo(p("sea", "AND", "surface"));
    }

    @Test
    void phraseNextToWordsWithoutSpaces() {
      assertThat(parse("soil\"sea level\"rise")).isEqualTo(and(t("soil"), p("sea", "level"), t("rise")));
    }

    @Test
    void notOperator() {
      assertThat(parse("soil NOT water")).isEqualTo(and(t("soil"), neg(t("water"))));
    }

    @Test
    void leadingMinusIsNot() {
      assertThat(parse("soil -water")).isEqualTo(and(t("soil"), neg(t("water"))));
      assertThat(parse("-\"sea level\" ice")).isEqualTo(and(neg(p("sea", "level")), t("ice")));
      assertThat(parse("ice -(sea OR lake)")).isEqualTo(and(t("ice"), neg(or(t("sea"), t("lake")))));
    }

    @Test
    void minusInsideAWordIsPartOfIt() {
      assertThat(parse("sea-level co2-")).isEqualTo(and(t("sea-level"), t("co2-")));
    }

    @Test
    void loneMinusAndPlusAreIgnored() {
      assertThat(parse("1990 - 2000 + x")).isEqualTo(and(t("1990"), t("2000"), t("x")));
    }

    @Test
    void leadingPlusIsIgnored() {
      assertThat(parse("+soil +\"sea level\"")).isEqualTo(and(t("soil"), p("sea", "level")));
    }

    @Test
    void onlyNotClausesMeanAllExcept() {
      assertThat(parse("NOT soil")).isEqualTo(neg(t("soil")));
      assertThat(parse("-soil -water")).isEqualTo(and(neg(t("soil")), neg(t("water"))));
    }

    @Test
    void doubleNegation() {
      assertThat(parse("NOT NOT soil")).isEqualTo(neg(neg(t("soil"))));
      assertThat(parse("--soil")).isEqualTo(neg(neg(t("soil"))));
    }

    @Test
    void notBindsToTheNextClauseOnly() {
      assertThat(parse("NOT a b")).isEqualTo(and(neg(t("a")), t("b")));
      assertThat(parse("a OR NOT b")).isEqualTo(or(t("a"), neg(t("b"))));
    }

    @Test
    void parenthesesGroup() {
      assertThat(parse("(a OR b) c")).isEqualTo(and(or(t("a"), t("b")), t("c")));
      assertThat(parse("a (b OR (c d))")).isEqualTo(and(t("a"), or(t("b"), and(t("c"), t("d")))));
    }

    @Test
    void redundantParenthesesAndSameOperatorNestingAreFlattened() {
      assertThat(parse("((soil))")).isEqualTo(t("soil"));
      assertThat(parse("a (b c)")).isEqualTo(and(t("a"), t("b"), t("c")));
      assertThat(parse("a OR (b OR c)")).isEqualTo(or(t("a"), t("b"), t("c")));
    }

    @Test
    void parenthesesStickToWords() {
      assertThat(parse("f(x)")).isEqualTo(and(t("f"), t("x")));
    }

    @Test
    void colonSeparatesWords() {
      assertThat(parse("title:soil")).isEqualTo(and(t("title"), t("soil")));
      assertThat(parse("doi:10.5281/zenodo.1")).isEqualTo(and(t("doi"), t("10.5281/zenodo.1")));
    }

    @Test
    void punctuationOnlyWordsAreDropped() {
      assertThat(parse("soil & water")).isEqualTo(and(t("soil"), t("water")));
      assertThat(parse("\"soil & water\"")).isEqualTo(p("soil", "water"));
    }

    @Test
    void elisionAndApostrophesStayInTheWord() {
      assertThat(parse("l'océan d’Europe")).isEqualTo(and(t("l'océan"), t("d’Europe")));
    }

    @Test
    void maxLengthAndClausesAreAccepted() {
      String words = IntStream.range(0, QueryParser.MAX_CLAUSES).mapToObj(i -> "w" + i)
          .collect(Collectors.joining(" "));
      assertThat(parse(words)).isInstanceOf(And.class);
      assertThat(((And) parse(words)).clauses()).hasSize(QueryParser.MAX_CLAUSES);
      String padded = "soil" + " ".repeat(QueryParser.MAX_LENGTH - 4);
      assertThat(parse(padded)).isEqualTo(t("soil"));
    }

    @Test
    void searchQueryUsesTheParser() {
      assertThat(SearchQuery.text("a OR b").parsed()).isEqualTo(or(t("a"), t("b")));
      assertThat(SearchQuery.text("  ").parsed()).isEqualTo(new All());
    }
  }

  @Nested
  class Invalid {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        (soil                 | "(" at position 1 is never closed
        a (b (c)              | "(" at position 3 is never closed
        soil)                 | ")" at position 5 has no matching "("
        a) (b                 | ")" at position 2 has no matching "("
        "sea level            | quote at position 1 is never closed
        a "b" "c              | quote at position 7 is never closed
        AND soil              | AND at position 1 has nothing on its left
        a (OR b)              | OR at position 4 has nothing on its left
        soil AND              | AND at position 6 has nothing on its right
        soil OR               | OR at position 6 has nothing on its right
        a AND OR b            | AND at position 3 has nothing on its right, only OR follows
        a OR AND b            | OR at position 3 has nothing on its right, only AND follows
        (a AND) b             | AND at position 4 has nothing on its right, only ")" follows
        soil NOT              | NOT at position 6 has nothing on its right
        NOT                   | NOT at position 1 has nothing on its right
        soil -)               | ")" at position 7 has no matching "("
        a ()                  | parentheses at position 3 are empty
        ( ! )                 | parentheses at position 1 are empty
        a "" b                | quotes at position 3 hold no word
        a " & " b             | quotes at position 3 hold no word
        """)
    void explainsWhatIsWrongAndWhere(String query, String message) {
      assertThatThrownBy(() -> parse(query))
          .isInstanceOf(InvalidQueryException.class)
          .hasMessageContaining(message);
    }

    @Test
    void tooLong() {
      String s = "a".repeat(QueryParser.MAX_LENGTH + 1);
      assertThatThrownBy(() -> parse(s)).isInstanceOf(InvalidQueryException.class)
          .hasMessageContaining("1001 characters").hasMessageContaining("limit is 1000");
    }

    @Test
    void tooManyWords() {
      String words = IntStream.range(0, QueryParser.MAX_CLAUSES + 1).mapToObj(i -> "w" + i)
          .collect(Collectors.joining(" OR "));
      assertThatThrownBy(() -> parse(words)).isInstanceOf(InvalidQueryException.class)
          .hasMessageContaining("more than 64 words");
    }

    @Test
    void phraseWordsCountTowardsTheLimit() {
      String phrase = "\"" + IntStream.range(0, QueryParser.MAX_CLAUSES).mapToObj(i -> "w" + i)
          .collect(Collectors.joining(" ")) + "\"";
      assertThat(parse(phrase)).isInstanceOf(Phrase.class);
      assertThatThrownBy(() -> parse(phrase + " extra")).isInstanceOf(InvalidQueryException.class)
          .hasMessageContaining("more than 64 words");
    }

    @Test
    void searchQueryRejectsInvalidText() {
      assertThatThrownBy(() -> SearchQuery.text("(soil")).isInstanceOf(InvalidQueryException.class);
    }
  }
}
