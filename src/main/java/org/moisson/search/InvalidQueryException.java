package org.moisson.search;

/** A query a user wrote that cannot run; the message tells them what to change (answered as a 400). */
public class InvalidQueryException extends RuntimeException {
  public InvalidQueryException(String message) {
    super(message);
  }
}
