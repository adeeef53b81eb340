package org.moisson.mapping;

/** A payload that cannot become a dataset; the message is shown to data stewards as is. */
public class MappingException extends RuntimeException {
  public MappingException(String message) {
    super(message);
  }

  public MappingException(String message, Throwable cause) {
    super(message, cause);
  }
}
