package org.moisson.search;

/** What {@link SearchIndex#suggest} completes. */
public enum SuggestKind {
  /** Keyword values, as {@link Facet#KEYWORD} holds them. */
  KEYWORD,
  /** Place names of the datasets' spatial coverage ({@code Spatial.places()}). */
  PLACE,
  /** Dataset titles, with the dataset's id. */
  TITLE
}
