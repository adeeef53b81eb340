package org.moisson.record;

/** One way to get the data: a file, an API, a service endpoint at the source. */
public record Distribution(String title, String format, String mediaType, String accessUrl,
    String downloadUrl, Long byteSize, String licence) {}
