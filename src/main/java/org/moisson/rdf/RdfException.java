package org.moisson.rdf;

/** RDF that cannot be read: syntax error (with line and column when the parser gives them) or a refused JSON-LD context. */
public class RdfException extends RuntimeException {
  public RdfException(String message) {
    super(message);
  }

  public RdfException(String message, Throwable cause) {
    super(message, cause);
  }
}
