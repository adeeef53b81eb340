package org.moisson.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class WhiteSpaceTest {
  @Test
  void foldsAsTheRegularExpressionDid() {
    String alphabet = "ab é\t\n\u000B\f\r \u00A0\u2003";
    SplittableRandom r = new SplittableRandom(42);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder sb = new StringBuilder();
      for (int k = r.nextInt(12); k > 0; k--) sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
      String s = sb.toString();
      assertEquals(s.replaceAll("\\s+", " "), WhiteSpace.fold(s), () -> "for '" + s + "'");
    }
  }

  @Test
  void returnsTheSameStringWhenNothingIsToFold() {
    String s = "Sea surface temperature, 1990 to 2020";
    assertSame(s, WhiteSpace.fold(s));
  }

  /** SafeXml keeps one parser a thread: a refused or broken document must not spoil the next. */
  @Test
  void aReusedParserStillRefusesDoctypesAndParsesTheNextDocument() {
    assertEquals("a", SafeXml.parse("<a/>").getDocumentElement().getLocalName());
    assertThrows(XmlException.class, () -> SafeXml.parse("<!DOCTYPE a [<!ENTITY x \"y\">]><a>&x;</a>"));
    assertThrows(XmlException.class, () -> SafeXml.parse("<a><b></a>"));
    assertEquals("c", SafeXml.parse("<c>text</c>").getDocumentElement().getLocalName());
    assertThrows(XmlException.class, () -> SafeXml.parse("<!DOCTYPE a SYSTEM \"file:///etc/passwd\"><a/>"));
    assertEquals("text", SafeXml.parse("<c>text</c>").getDocumentElement().getTextContent());
  }
}
