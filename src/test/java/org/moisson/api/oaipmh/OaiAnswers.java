package org.moisson.api.oaipmh;

/** Schema validation of OAI-PMH answers, for tests outside this package. */
public final class OaiAnswers {
  private OaiAnswers() {}

  public static void assertValid(String xml) {
    OaiSchemas.assertValid(xml);
  }
}
