package org.moisson.api.oaipmh;

/** An OAI-PMH error condition: its code (badArgument, idDoesNotExist…) and a message for people. */
final class OaiError extends RuntimeException {
  final String code;

  OaiError(String code, String message) {
    super(message);
    this.code = code;
  }

  /** badVerb and badArgument answers must not echo the request's arguments (OAI-PMH 2.0, 3.2). */
  boolean echoesArguments() {
    return !code.equals("badVerb") && !code.equals("badArgument");
  }
}
