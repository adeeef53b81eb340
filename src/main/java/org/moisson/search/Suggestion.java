package org.moisson.search;

/**
 * One completion from {@link SearchIndex#suggest}.
 *
 * @param value for KEYWORD and PLACE the value as datasets hold it; for TITLE the title that matched
 * @param count for KEYWORD and PLACE how many datasets hold the value; 1 for TITLE
 * @param id the dataset's id for TITLE; null otherwise
 */
public record Suggestion(String value, long count, String id) {}
