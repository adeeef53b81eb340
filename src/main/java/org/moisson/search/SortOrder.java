package org.moisson.search;

/** RELEVANCE: best match first (newest first for an empty query); DATE: newest first; TITLE: A to Z. */
public enum SortOrder { RELEVANCE, DATE, TITLE }
