package org.moisson.xml;

/** XML that is not well-formed or not allowed; the message names the line and column. */
public class XmlException extends RuntimeException {
  public XmlException(String message, Throwable cause) {
    super(message, cause);
  }
}
