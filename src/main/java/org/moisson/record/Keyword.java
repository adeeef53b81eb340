package org.moisson.record;

/** A free keyword, or a concept of a named thesaurus (scheme) with its URI when the source gave one. */
public record Keyword(String label, String scheme, String uri) {
  public Keyword {
    if (label == null) throw new IllegalArgumentException("keyword needs a label");
    label = label.strip();
  }

  public static Keyword of(String label) {
    return label == null || label.isBlank() ? null : new Keyword(label, null, null);
  }
}
