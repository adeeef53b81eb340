package org.moisson.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.moisson.support.AppTest;
import org.moisson.support.LocalHttpServer;
import org.moisson.support.LocalHttpServer.Reply;
import org.moisson.support.LocalOaiPmhProvider;
import tools.jackson.databind.JsonNode;

/**
 * A provider on 127.0.0.1 that misbehaves on purpose, one fault a test. For each: the run ends with
 * a clear status, nothing already harvested is lost, nothing is duplicated, the next run catches up.
 * The README's fault table is this class, in prose.
 */
class HarvestFaultToleranceTest extends AppTest {
  private static final int RECORDS = 9;
  private static final int PAGE = 3;

  /** A provider with nine records over three pages, and a source harvesting it. */
  private final class Fixture implements AutoCloseable {
    final String tag = UUID.randomUUID().toString().substring(0, 8);
    final LocalOaiPmhProvider oai = new LocalOaiPmhProvider(PAGE);
    final String name = "faulty " + tag;
    final long source;

    Fixture() {
      for (int i = 1; i <= RECORDS; i++) oai.put(id(i), HarvestEndToEndTest.datacite(doi(i), "Relevé " + tag + " " + i, tag));
      source = createSource("{\"name\":\"" + name + "\",\"protocol\":\"oai-pmh\",\"url\":\"" + oai.url() + "\"}");
    }

    String id(int i) {
      return "oai:f:" + i;
    }

    String doi(int i) {
      return "10.5072/fault-" + tag + "-" + i;
    }

    long stored() {
      return get("/api/v1/datasets?size=0&source=" + URLEncoder.encode(name, StandardCharsets.UTF_8)).json().get("total").asLong();
    }

    /** The next run, without the fault, takes everything; nothing is doubled. */
    void assertCatchesUp() {
      oai.fault(null);
      JsonNode run = harvest(source, false);
      assertThat(run.get("status").asString()).as(run.toString()).isIn("SUCCEEDED", "PARTIAL");
      assertThat(stored()).isEqualTo(RECORDS);
    }

    @Override
    public void close() {
      oai.close();
    }
  }

  private static LocalHttpServer.Request firstPage(LocalHttpServer.Request r) {
    return new LocalHttpServer.Request(r.method(), r.path(), Map.of("verb", "ListRecords", "metadataPrefix", "oai_datacite"), "");
  }

  private static boolean secondPage(LocalHttpServer.Request r) {
    return r.query().containsKey("resumptionToken");
  }

  @Test
  void http500OnceIsRetried() {
    try (Fixture f = new Fixture()) {
      AtomicInteger n = new AtomicInteger();
      f.oai.fault(r -> n.getAndIncrement() == 0 ? Reply.status(500) : null);
      JsonNode run = harvest(f.source, false);
      assertThat(run.get("status").asString()).isEqualTo("SUCCEEDED");
      assertThat(f.stored()).isEqualTo(RECORDS);
    }
  }

  @Test
  void http500ThatLastsFailsTheRunAndKeepsWhatCameBefore() {
    try (Fixture f = new Fixture()) {
      f.oai.fault(r -> secondPage(r) ? Reply.status(500) : null);
      JsonNode run = harvest(f.source, false);
      assertThat(run.get("status").asString()).isEqualTo("FAILED");
      assertThat(run.get("message").asString()).contains("HTTP 500");
      assertThat(f.stored()).isEqualTo(PAGE);
      f.assertCatchesUp();
    }
  }

  @Test
  void http503WithRetryAfterIsWaitedFor() {
    try (Fixture f = new Fixture()) {
      AtomicInteger n = new AtomicInteger();
      f.oai.fault(r -> n.getAndIncrement() == 0
          ? new Reply(503, "text/plain", new byte[0], Map.of("Retry-After", "1")) : null);
      assertThat(harvest(f.source, false).get("status").asString()).isEqualTo("SUCCEEDED");
      assertThat(f.stored()).isEqualTo(RECORDS);
    }
  }

  @Test
  void aResetConnectionIsRetried() {
    try (Fixture f = new Fixture()) {
      AtomicInteger n = new AtomicInteger();
      f.oai.fault(r -> secondPage(r) && n.getAndIncrement() == 0 ? Reply.reset() : null);
      assertThat(harvest(f.source, false).get("status").asString()).isEqualTo("SUCCEEDED");
      assertThat(f.stored()).isEqualTo(RECORDS);
    }
  }

  @Test
  void aTimeOutIsRetried() {
    try (Fixture f = new Fixture()) {
      AtomicInteger n = new AtomicInteger();
      f.oai.fault(r -> {
        if (secondPage(r) && n.getAndIncrement() == 0) sleep(2600); // the test timeout is 2 s
        return null;
      });
      assertThat(harvest(f.source, false).get("status").asString()).isEqualTo("SUCCEEDED");
      assertThat(f.stored()).isEqualTo(RECORDS);
    }
  }

  @Test
  void aTruncatedPageIsFetchedAgainAndOneThatStaysBrokenFailsTheRun() {
    try (Fixture f = new Fixture()) {
      AtomicInteger n = new AtomicInteger();
      f.oai.fault(r -> {
        if (!secondPage(r)) return null;
        String xml = new String(f.oai.honest(r).body(), StandardCharsets.UTF_8);
        return n.getAndIncrement() == 0 ? Reply.xml(xml.substring(0, xml.length() / 2)) : null;
      });
      assertThat(harvest(f.source, false).get("status").asString()).isEqualTo("SUCCEEDED");
      assertThat(f.stored()).isEqualTo(RECORDS);
    }
    try (Fixture f = new Fixture()) {
      f.oai.fault(r -> {
        if (!secondPage(r)) return null;
        String xml = new String(f.oai.honest(r).body(), StandardCharsets.UTF_8);
        return Reply.xml(xml.substring(0, xml.length() / 2));
      });
      JsonNode run = harvest(f.source, false);
      assertThat(run.get("status").asString()).isEqualTo("FAILED");
      assertThat(run.get("message").asString()).contains("unreadable OAI-PMH page").contains("line");
      assertThat(f.stored()).isEqualTo(PAGE);
      f.assertCatchesUp();
    }
  }

  @Test
  void aBodyCutInTransitIsRetried() {
    try (Fixture f = new Fixture()) {
      AtomicInteger n = new AtomicInteger();
      f.oai.fault(r -> {
        if (!secondPage(r) || n.getAndIncrement() > 0) return null;
        return Reply.truncated(new String(f.oai.honest(r).body(), StandardCharsets.UTF_8), 200);
      });
      assertThat(harvest(f.source, false).get("status").asString()).isEqualTo("SUCCEEDED");
      assertThat(f.stored()).isEqualTo(RECORDS);
    }
  }

  @Test
  void invalidUtf8CostsOneCharacterNotTheRecords() {
    try (Fixture f = new Fixture()) {
      f.oai.fault(r -> {
        if (secondPage(r)) return null;
        byte[] body = f.oai.honest(r).body();
        String xml = new String(body, StandardCharsets.UTF_8);
        int at = xml.indexOf("Relevé");
        byte[] prefix = xml.substring(0, at).getBytes(StandardCharsets.UTF_8);
        byte[] bad = {(byte) 0xC3, (byte) 0x28}; // a broken two-byte sequence
        byte[] rest = xml.substring(at).getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[prefix.length + bad.length + rest.length];
        System.arraycopy(prefix, 0, all, 0, prefix.length);
        System.arraycopy(bad, 0, all, prefix.length, bad.length);
        System.arraycopy(rest, 0, all, prefix.length + bad.length, rest.length);
        return new Reply(200, "text/xml; charset=UTF-8", all, Map.of());
      });
      JsonNode run = harvest(f.source, false);
      assertThat(run.get("status").asString()).isEqualTo("SUCCEEDED");
      assertThat(f.stored()).isEqualTo(RECORDS);
      JsonNode hits = get("/api/v1/datasets?q=" + f.tag + "&size=20").json().get("items");
      assertThat(hits.valueStream().map(h -> h.get("title").asString())).anySatisfy(t -> assertThat(t).contains("\uFFFD"));
    }
  }

  @Test
  void theSameTokenForeverIsALoop() {
    try (Fixture f = new Fixture()) {
      f.oai.fault(r -> {
        // Whatever the token, the first page again, naming the same token.
        String xml = new String(f.oai.honest(firstPage(r)).body(), StandardCharsets.UTF_8);
        return Reply.xml(xml.replaceAll("<resumptionToken([^>]*)>[^<]*</resumptionToken>", "<resumptionToken$1>same</resumptionToken>")
            .replaceAll("<resumptionToken([^>]*)/>", "<resumptionToken$1>same</resumptionToken>"));
      });
      JsonNode run = harvest(f.source, false);
      assertThat(run.get("status").asString()).isEqualTo("FAILED");
      assertThat(run.get("message").asString()).contains("pagination loop");
      assertThat(f.stored()).isPositive();
      f.assertCatchesUp();
    }
  }

  @Test
  void theSamePageUnderNewTokensForeverIsALoop() {
    try (Fixture f = new Fixture()) {
      AtomicInteger n = new AtomicInteger();
      f.oai.fault(r -> {
        if (!secondPage(r)) return null;
        // The second page again and again, each time under a new token.
        LocalHttpServer.Request second = new LocalHttpServer.Request(r.method(), r.path(),
            Map.of("verb", "ListRecords", "resumptionToken", PAGE + "|"), "");
        String xml = new String(f.oai.honest(second).body(), StandardCharsets.UTF_8);
        return Reply.xml(xml.replaceAll("<resumptionToken[^>]*>[^<]*</resumptionToken>|<resumptionToken[^>]*/>", "")
            .replace("</ListRecords>", "<resumptionToken>t" + n.incrementAndGet() + "</resumptionToken></ListRecords>"));
      });
      JsonNode run = harvest(f.source, false);
      assertThat(run.get("status").asString()).isEqualTo("FAILED");
      assertThat(run.get("message").asString()).contains("pagination loop");
      assertThat(n.get()).isLessThanOrEqualTo(HarvestRunner.MAX_REPEATED_PAGES + 2);
      f.assertCatchesUp();
    }
  }

  @Test
  void anExpiredResumptionTokenFailsClearlyAndTheNextRunCatchesUp() {
    try (Fixture f = new Fixture()) {
      f.oai.fault(r -> secondPage(r) ? Reply.xml("<?xml version=\"1.0\"?><OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\">"
          + "<responseDate>2026-01-01T00:00:00Z</responseDate><request>x</request>"
          + "<error code=\"badResumptionToken\">expired</error></OAI-PMH>") : null);
      JsonNode run = harvest(f.source, false);
      assertThat(run.get("status").asString()).isEqualTo("FAILED");
      assertThat(run.get("message").asString()).contains("resumption token");
      assertThat(f.stored()).isEqualTo(PAGE);
      f.assertCatchesUp();
    }
  }

  @Test
  void aRecordOf50MegabytesIsRefusedAloneAndTheRestIsTaken() {
    try (Fixture f = new Fixture()) {
      String huge = HarvestEndToEndTest.datacite("10.5072/huge-" + f.tag, "Énorme", f.tag)
          .replace("</resource>", "<descriptions><description descriptionType=\"Abstract\">" + "x".repeat(50_000_000)
              + "</description></descriptions></resource>");
      f.oai.put("oai:f:huge", huge);
      JsonNode run = harvest(f.source, false);
      assertThat(run.get("status").asString()).isEqualTo("PARTIAL");
      assertThat(run.get("failed").asInt()).isEqualTo(1);
      assertThat(run.get("errors").get(0).get("identifier").asString()).isEqualTo("oai:f:huge");
      assertThat(run.get("errors").get(0).get("message").asString()).contains("exceeds the limit");
      assertThat(f.stored()).isEqualTo(RECORDS);
    }
  }

  @Test
  void anXmlBombIsNeverExpandedAndAnExternalEntityNeverFetched() {
    try (LocalHttpServer secret = new LocalHttpServer(r -> Reply.xml("<secret>s3cr3t</secret>"));
        Fixture f = new Fixture()) {
      String bomb = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
          + "<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\"><!ENTITY xxe SYSTEM \"" + secret.url("/secret") + "\">]>"
          + "<OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\"><responseDate>2026-01-01T00:00:00Z</responseDate><request>x</request>"
          + "<ListRecords><record><header><identifier>oai:f:bomb</identifier><datestamp>2026-01-01</datestamp></header>"
          + "<metadata><resource xmlns=\"http://datacite.org/schema/kernel-4\"><titles><title>&lol2;&xxe;</title></titles></resource></metadata>"
          + "</record></ListRecords></OAI-PMH>";
      f.oai.fault(r -> secondPage(r) ? Reply.xml(bomb) : null);
      JsonNode run = harvest(f.source, false);
      assertThat(run.get("status").asString()).isEqualTo("FAILED");
      assertThat(run.get("message").asString()).contains("DOCTYPE");
      assertThat(secret.requests()).isEmpty();
      assertThat(f.stored()).isEqualTo(PAGE);
      f.assertCatchesUp();
    }
  }

  @Test
  void htmlAndScriptInDescriptionsAreStoredAsTextAndNeverRun() {
    try (Fixture f = new Fixture()) {
      f.oai.put("oai:f:html", HarvestEndToEndTest.datacite("10.5072/html-" + f.tag, "Balises " + f.tag, f.tag)
          .replace("</resource>", "<descriptions><description descriptionType=\"Abstract\">&lt;script&gt;alert('pwned')&lt;/script&gt;"
              + "&lt;img src=x onerror=alert(1)&gt; texte</description></descriptions></resource>"));
      harvest(f.source, false);
      JsonNode hit = get("/api/v1/datasets?q=Balises+" + f.tag).json().get("items").get(0);
      assertThat(hit.get("description").asString()).contains("alert('pwned')");
      String page = get("/datasets/" + hit.get("id").asString()).body();
      assertThat(page).doesNotContain("<script>alert").doesNotContain("<img src=x").contains("&lt;script&gt;");
      String results = get("/search?q=Balises+" + f.tag).body();
      assertThat(results).doesNotContain("<script>alert").doesNotContain("<img src=x");
      // A link from hostile metadata (here set through curation) never becomes a javascript: href.
      Answer cur = send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("/api/v1/datasets/" + hit.get("id").asString() + "/curation")))
          .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
          .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"landingPage\":\"javascript:alert(1)\",\"distributions\":"
              + "[{\"title\":\"piège\",\"accessUrl\":\"data:text/html,<script>alert(2)</script>\"}]}")));
      assertThat(cur.status()).as(cur.body()).isEqualTo(200);
      String hostile = get("/datasets/" + hit.get("id").asString()).body();
      assertThat(hostile).doesNotContain("href=\"javascript:").doesNotContain("href=\"data:").contains("piège");
    }
  }

  @Test
  void theSameIdentifierTwiceInOneRunIsOneRecord() {
    try (Fixture f = new Fixture()) {
      // Page two repeats record 1 with a new title, as a provider that re-sorted mid-run would.
      f.oai.fault(r -> {
        if (!secondPage(r)) return null;
        String xml = new String(f.oai.honest(r).body(), StandardCharsets.UTF_8);
        String again = "<record><header><identifier>" + f.id(1) + "</identifier><datestamp>2026-01-01T00:00:00Z</datestamp></header><metadata>"
            + HarvestEndToEndTest.datacite(f.doi(1), "Relevé corrigé " + f.tag, f.tag) + "</metadata></record>";
        return Reply.xml(xml.replace("<ListRecords>", "<ListRecords>" + again));
      });
      JsonNode run = harvest(f.source, false);
      assertThat(run.get("status").asString()).isEqualTo("SUCCEEDED");
      assertThat(run.get("created").asInt()).isEqualTo(RECORDS);
      assertThat(run.get("updated").asInt()).isEqualTo(1);
      assertThat(f.stored()).isEqualTo(RECORDS);
    }
  }
}
