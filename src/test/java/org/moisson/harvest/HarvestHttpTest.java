package org.moisson.harvest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.moisson.support.LocalHttpServer;
import org.moisson.support.LocalHttpServer.Reply;

/** The harvest HTTP client's politeness and limits, against a real server on 127.0.0.1. */
class HarvestHttpTest {

  @Test
  void waitsAsLongAsRetryAfterAsksWithinTheCap() throws Exception {
    AtomicInteger n = new AtomicInteger();
    try (LocalHttpServer s = new LocalHttpServer(r -> n.getAndIncrement() == 0
        ? new Reply(503, "text/plain", new byte[0], Map.of("Retry-After", "1")) : Reply.xml("<ok/>"))) {
      HarvestHttp http = new HarvestHttp(Duration.ofSeconds(5), 2, 1_000_000, Duration.ofSeconds(10));
      long t0 = System.nanoTime();
      assertThat(http.get(URI.create(s.url("/x")), "*/*").text()).isEqualTo("<ok/>");
      assertThat(Duration.ofNanos(System.nanoTime() - t0)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
    }
    n.set(0);
    try (LocalHttpServer s = new LocalHttpServer(r -> n.getAndIncrement() == 0
        ? new Reply(429, "text/plain", new byte[0], Map.of("Retry-After", "3600")) : Reply.xml("<ok/>"))) {
      HarvestHttp capped = new HarvestHttp(Duration.ofSeconds(5), 2, 1_000_000, Duration.ofMillis(200));
      long t0 = System.nanoTime();
      capped.get(URI.create(s.url("/x")), "*/*");
      assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
    }
  }

  @Test
  void aClientErrorIsNotRetried() {
    AtomicInteger n = new AtomicInteger();
    try (LocalHttpServer s = new LocalHttpServer(r -> {
      n.incrementAndGet();
      return Reply.status(404);
    })) {
      HarvestHttp http = new HarvestHttp(Duration.ofSeconds(5), 3, 1_000_000, Duration.ofMillis(10));
      assertThatThrownBy(() -> http.get(URI.create(s.url("/missing")), "*/*")).hasMessageContaining("HTTP 404");
      assertThat(n.get()).isEqualTo(1);
    }
  }

  /** A CSW ExceptionReport sent with HTTP 400: its text is what the steward needs to read. */
  @Test
  void aRefusalSaysWhatTheServerExplained() {
    String report = """
        <?xml version="1.0"?><ows:ExceptionReport xmlns:ows="http://www.opengis.net/ows" version="1.2.0">
          <ows:Exception exceptionCode="InvalidParameterValue" locator="outputschema">
            <ows:ExceptionText>Invalid outputSchema parameter</ows:ExceptionText></ows:Exception></ows:ExceptionReport>""";
    try (LocalHttpServer s = new LocalHttpServer(r -> new Reply(400, "application/xml", report.getBytes(StandardCharsets.UTF_8), Map.of()))) {
      HarvestHttp http = new HarvestHttp(Duration.ofSeconds(5), 0, 1_000_000, Duration.ofMillis(10));
      assertThatThrownBy(() -> http.get(URI.create(s.url("/csw")), "*/*"))
          .hasMessage("HTTP 400 from " + s.url("/csw") + ": Invalid outputSchema parameter");
    }
  }

  @Test
  void aBodyOverTheBoundIsRefused() {
    try (LocalHttpServer s = new LocalHttpServer(r -> Reply.xml("x".repeat(2_000_000)))) {
      HarvestHttp http = new HarvestHttp(Duration.ofSeconds(5), 0, 1_000_000, Duration.ofMillis(10));
      assertThatThrownBy(() -> http.get(URI.create(s.url("/big")), "*/*")).hasMessageContaining("larger than");
    }
  }

  @Test
  void decodesWithTheDeclaredCharset() throws Exception {
    byte[] latin1 = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><t>été</t>".getBytes(StandardCharsets.ISO_8859_1);
    try (LocalHttpServer s = new LocalHttpServer(r -> new Reply(200, "text/xml", latin1, Map.of()))) {
      HarvestHttp http = new HarvestHttp(Duration.ofSeconds(5), 0, 1_000_000, Duration.ofMillis(10));
      assertThat(http.get(URI.create(s.url("/l")), "*/*").text()).contains("<t>été</t>");
    }
  }

  @Test
  void readsRetryAfterAsSecondsOrDate() {
    assertThat(HarvestHttp.retryAfter("7")).isEqualTo(Duration.ofSeconds(7));
    assertThat(HarvestHttp.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT")).isEqualTo(Duration.ZERO);
    assertThat(HarvestHttp.retryAfter("soon")).isNull();
  }
}
