package org.moisson.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses user query text into a {@link TextQuery}; see that type for the syntax.
 *
 * <p>Grammar, OR binding looser than AND, adjacent clauses ANDed:
 * <pre>
 * query := or
 * or    := and ("OR" and)*
 * and   := unary (["AND"] unary)*
 * unary := ("NOT" | "-") unary | word | "phrase" | "(" or ")"
 * </pre>
 * Choices a user may notice: operators are upper-case only ("and" is a word); a leading "+" is
 * ignored; a "-" or "+" standing alone, and words made only of punctuation, are dropped because no
 * index can match them; ':' separates words like a space, so "title:soil" means "title soil" (field
 * syntax is not supported, and treating the colon as a letter would make a word no analyzer
 * splits the same way). Positions in messages count characters from 1. Each word, including each
 * word of a phrase, counts as one clause towards {@link #MAX_CLAUSES}, because that is what the
 * backends turn into index lookups.
 */
final class QueryParser {
  static final int MAX_LENGTH = 1_000;
  static final int MAX_CLAUSES = 64;

  private enum Kind { WORD, PHRASE, AND, OR, NOT, OPEN, CLOSE }

  private record Token(Kind kind, String text, List<String> words, int position) {
    String describe() {
      return switch (kind) {
        case AND, OR, NOT -> text.equals("-") ? "\"-\"" : text;
        case OPEN -> "\"(\"";
        case CLOSE -> "\")\"";
        case WORD -> "\"" + text + "\"";
        case PHRASE -> "the phrase";
      };
    }
  }

  private final List<Token> tokens;
  private int next;
  private int clauses;

  private QueryParser(List<Token> tokens) {
    this.tokens = tokens;
  }

  static TextQuery parse(String text) {
    if (text == null || text.isBlank()) return new TextQuery.All();
    if (text.length() > MAX_LENGTH) {
      throw new InvalidQueryException("The search text is " + text.length()
          + " characters long; the limit is " + MAX_LENGTH + ". Shorten it.");
    }
    List<Token> tokens = tokenize(text);
    checkParentheses(tokens);
    if (tokens.isEmpty()) return new TextQuery.All();
    return new QueryParser(tokens).query();
  }

  private TextQuery query() {
    TextQuery q = or();
    if (next < tokens.size()) { // unreachable while checkParentheses runs first; kept as a guard
      throw new InvalidQueryException("Unexpected " + peek().describe() + " at position "
          + peek().position() + ".");
    }
    return q;
  }

  private TextQuery or() {
    List<TextQuery> parts = new ArrayList<>();
    parts.add(and());
    while (at(Kind.OR)) {
      Token op = tokens.get(next++);
      requireRightOperand(op);
      parts.add(and());
    }
    return parts.size() == 1 ? parts.get(0) : new TextQuery.Or(flatten(parts, true));
  }

  private TextQuery and() {
    if (at(Kind.AND) || at(Kind.OR)) {
      Token op = peek();
      throw new InvalidQueryException(op.describe() + " at position " + op.position()
          + " has nothing on its left; put a word or a phrase before it.");
    }
    List<TextQuery> parts = new ArrayList<>();
    parts.add(unary());
    while (true) {
      if (at(Kind.AND)) {
        Token op = tokens.get(next++);
        requireRightOperand(op);
        parts.add(unary());
      } else if (startsOperand()) {
        parts.add(unary());
      } else {
        break;
      }
    }
    return parts.size() == 1 ? parts.get(0) : new TextQuery.And(flatten(parts, false));
  }

  private TextQuery unary() {
    Token t = tokens.get(next++);
    return switch (t.kind()) {
      case NOT -> {
        requireRightOperand(t);
        yield new TextQuery.Not(unary());
      }
      case WORD -> leaf(new TextQuery.Term(t.text()), 1, t);
      case PHRASE -> leaf(new TextQuery.Phrase(t.words()), t.words().size(), t);
      case OPEN -> group(t);
      // and() and requireRightOperand() stop these before they get here.
      default -> throw new InvalidQueryException("Unexpected " + t.describe() + " at position "
          + t.position() + ".");
    };
  }

  private TextQuery group(Token open) {
    if (at(Kind.CLOSE)) {
      throw new InvalidQueryException("The parentheses at position " + open.position()
          + " are empty; put words inside or remove them.");
    }
    TextQuery inner = or();
    next++; // the ")" that checkParentheses guarantees
    return inner;
  }

  private TextQuery leaf(TextQuery q, int words, Token t) {
    clauses += words;
    if (clauses > MAX_CLAUSES) {
      throw new InvalidQueryException("The search has more than " + MAX_CLAUSES
          + " words (counting each word of a phrase); the limit is reached at position "
          + t.position() + ". Use fewer words.");
    }
    return q;
  }

  private void requireRightOperand(Token op) {
    if (!startsOperand()) {
      String what = next < tokens.size() ? ", only " + peek().describe() + " follows" : "";
      throw new InvalidQueryException(op.describe() + " at position " + op.position()
          + " has nothing on its right" + what + "; put a word or a phrase after it.");
    }
  }

  private boolean startsOperand() {
    return next < tokens.size() && switch (peek().kind()) {
      case WORD, PHRASE, NOT, OPEN -> true;
      default -> false;
    };
  }

  private boolean at(Kind kind) {
    return next < tokens.size() && peek().kind() == kind;
  }

  private Token peek() {
    return tokens.get(next);
  }

  /** (a b) c is a b c: one level is easier for backends to turn into one boolean query. */
  private static List<TextQuery> flatten(List<TextQuery> parts, boolean or) {
    List<TextQuery> flat = new ArrayList<>();
    for (TextQuery p : parts) {
      if (or && p instanceof TextQuery.Or o) flat.addAll(o.clauses());
      else if (!or && p instanceof TextQuery.And a) flat.addAll(a.clauses());
      else flat.add(p);
    }
    return flat;
  }

  private static void checkParentheses(List<Token> tokens) {
    List<Token> open = new ArrayList<>();
    for (Token t : tokens) {
      if (t.kind() == Kind.OPEN) {
        open.add(t);
      } else if (t.kind() == Kind.CLOSE) {
        if (open.isEmpty()) {
          throw new InvalidQueryException("The \")\" at position " + t.position()
              + " has no matching \"(\"; remove it or add a \"(\" before it.");
        }
        open.remove(open.size() - 1);
      }
    }
    if (!open.isEmpty()) {
      throw new InvalidQueryException("The \"(\" at position " + open.get(open.size() - 1).position()
          + " is never closed; add a \")\" after it.");
    }
  }

  private static List<Token> tokenize(String s) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (isSeparator(c)) {
        i++;
      } else if (c == '(' || c == ')') {
        tokens.add(new Token(c == '(' ? Kind.OPEN : Kind.CLOSE, String.valueOf(c), List.of(), i + 1));
        i++;
      } else if (c == '"') {
        i = phrase(s, i, tokens);
      } else if ((c == '-' || c == '+') && i + 1 < s.length() && startsClause(s.charAt(i + 1))) {
        if (c == '-') tokens.add(new Token(Kind.NOT, "-", List.of(), i + 1));
        i++;
      } else {
        int end = i;
        while (end < s.length() && !isSeparator(s.charAt(end)) && "()\"".indexOf(s.charAt(end)) < 0) {
          end++;
        }
        String w = s.substring(i, end);
        Kind kind = switch (w) {
          case "AND" -> Kind.AND;
          case "OR" -> Kind.OR;
          case "NOT" -> Kind.NOT;
          default -> Kind.WORD;
        };
        if (kind != Kind.WORD || hasLetterOrDigit(w)) tokens.add(new Token(kind, w, List.of(), i + 1));
        i = end;
      }
    }
    return tokens;
  }

  private static int phrase(String s, int open, List<Token> tokens) {
    int close = s.indexOf('"', open + 1);
    if (close < 0) {
      throw new InvalidQueryException("The quote at position " + (open + 1)
          + " is never closed; add a closing \" or remove it.");
    }
    List<String> words = new ArrayList<>();
    for (String w : s.substring(open + 1, close).split("[\\s\\p{Z}:]+")) {
      if (hasLetterOrDigit(w)) words.add(w);
    }
    if (words.isEmpty()) {
      throw new InvalidQueryException("The quotes at position " + (open + 1)
          + " hold no word; put a phrase inside or remove them.");
    }
    tokens.add(new Token(Kind.PHRASE, s.substring(open + 1, close), words, open + 1));
    return close + 1;
  }

  /** A prefix sign binds to what follows it only when nothing separates them. */
  private static boolean startsClause(char c) {
    return !isSeparator(c) && c != ')';
  }

  private static boolean isSeparator(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == ':';
  }

  private static boolean hasLetterOrDigit(String w) {
    return w.codePoints().anyMatch(Character::isLetterOrDigit);
  }
}
