package org.moisson.record;

/** A licence or rights statement: uri when machine-readable (SPDX or Creative Commons URL), label for people. */
public record Licence(String uri, String label) {}
