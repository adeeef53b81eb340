package org.moisson.harvest.oaipmh;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.moisson.harvest.HarvestContext;
import org.moisson.harvest.HarvestException;
import org.moisson.harvest.HarvestHttp;
import org.moisson.harvest.HarvestWindow;
import org.moisson.harvest.HttpUrls;
import org.moisson.harvest.Harvester;
import org.moisson.harvest.Page;
import org.moisson.harvest.RawRecord;
import org.moisson.harvest.RecordFailure;
import org.moisson.harvest.Source;
import org.moisson.xml.XmlException;
import org.springframework.stereotype.Component;

/**
 * OAI-PMH 2.0 ListRecords, following resumption tokens to the end. Settings: {@code metadataPrefix}
 * (default oai_datacite), {@code set}, and {@code format} when the prefix does not say which mapper
 * reads it (a provider may name DataCite "oai_datacite", "datacite" or "oai_datacite4"…).
 *
 * <p>Dataverse's dataverse_json cannot travel inside XML: its records carry an empty
 * {@code <metadata directApiCall="…/api/datasets/export?exporter=dataverse_json&persistentId=…"/>}
 * (what Dataverse's own harvesting client follows). That link is fetched, one record at a time, and
 * only on the provider's own host; the export it returns is read by DataverseJsonMapper.
 */
@Component
public class OaiPmhHarvester implements Harvester {
  private static final Map<String, String> FORMAT_BY_PREFIX = Map.of(
      "oai_dc", "oai_dc", "oai_datacite", "datacite", "datacite", "datacite", "oai_datacite3", "datacite",
      "oai_datacite4", "datacite", "datacite4", "datacite", "dataverse_json", "dataverse-json");

  @Override
  public String id() {
    return "oai-pmh";
  }

  @Override
  public boolean incremental() {
    return true;
  }

  @Override
  public void validate(Source source) {
    format(source);
  }

  @Override
  public Page page(Source source, HarvestWindow window, String cursor, HarvestContext ctx) throws HarvestException {
    String prefix = prefix(source);
    String url;
    if (cursor != null) {
      url = request(source.url(), "ListRecords", "resumptionToken", cursor);
    } else {
      List<String> params = new ArrayList<>(List.of("metadataPrefix", prefix));
      String set = source.setting("set", null);
      if (set != null) params.addAll(List.of("set", set));
      if (window.incremental()) params.addAll(List.of("from", from(source, window.from(), ctx)));
      url = request(source.url(), "ListRecords", params.toArray(String[]::new));
    }
    OaiPmhResponse response = fetch(url, ctx);
    if (response.errorCode != null) {
      switch (response.errorCode) {
        case "noRecordsMatch":
          return Page.last(List.of());
        case "badResumptionToken":
          throw new HarvestException("the source refused resumption token '" + cursor
              + "' (expired?); the next run starts the list again: " + response.errorMessage);
        default:
          throw new HarvestException("OAI-PMH error " + response.errorCode + ": " + response.errorMessage);
      }
    }
    String format = format(source);
    List<RawRecord> records = new ArrayList<>();
    List<RecordFailure> failures = new ArrayList<>();
    response.headerless.forEach(m -> failures.add(new RecordFailure(null, url, m)));
    for (OaiPmhResponse.Item item : response.items) {
      String recordUrl = request(source.url(), "GetRecord", "metadataPrefix", prefix, "identifier", item.identifier());
      if (item.deleted()) {
        records.add(RawRecord.deleted(item.identifier(), item.datestamp(), recordUrl));
      } else if (item.metadata() == null && item.metadataLink() != null) {
        linked(source, item, format, ctx, records, failures);
      } else if (item.metadata() == null) {
        failures.add(new RecordFailure(item.identifier(), recordUrl, "record without metadata"));
      } else {
        records.add(new RawRecord(item.identifier(), format, item.metadata(), item.datestamp(), false, recordUrl));
      }
    }
    String next = response.resumptionToken;
    return new Page(records, failures, next == null || next.isBlank() ? null : next);
  }

  /**
   * A record whose metadata is at a link. A link the provider refuses (404, 403) fails that record;
   * one that cannot be had at all (time-out, 5xx) fails the page, which the next run reads again.
   */
  private static void linked(Source source, OaiPmhResponse.Item item, String format, HarvestContext ctx,
      List<RawRecord> records, List<RecordFailure> failures) throws HarvestException {
    URI link = HttpUrls.resolve(URI.create(source.url()), item.metadataLink());
    if (link == null || !HttpUrls.sameHost(link, URI.create(source.url()))) {
      failures.add(new RecordFailure(item.identifier(), item.metadataLink(),
          "metadata link is not on the provider's host, not followed: " + item.metadataLink()));
      return;
    }
    try {
      String body = ctx.http().get(link, "application/json").text();
      records.add(new RawRecord(item.identifier(), format, body, item.datestamp(), false, link.toString()));
    } catch (HarvestHttp.RefusedException e) {
      failures.add(new RecordFailure(item.identifier(), link.toString(), "metadata link refused: HTTP " + e.status()));
    }
  }

  /** Fetches and parses a page; a page that does not parse is fetched once more (truncated in transit?). */
  private OaiPmhResponse fetch(String url, HarvestContext ctx) throws HarvestException {
    String problem = null;
    for (int attempt = 0; attempt < 2; attempt++) {
      String body = ctx.http().get(URI.create(url), "text/xml, application/xml").text();
      try {
        return OaiPmhResponse.parse(body);
      } catch (XmlException | IllegalArgumentException e) {
        problem = e.getMessage();
      }
    }
    throw new HarvestException("unreadable OAI-PMH page " + url + ": " + problem);
  }

  /** The from date at the provider's granularity (day, unless Identify says seconds). */
  private String from(Source source, Instant from, HarvestContext ctx) {
    boolean seconds = false;
    try {
      OaiPmhResponse identify = fetch(request(source.url(), "Identify"), ctx);
      seconds = identify.granularity != null && identify.granularity.contains("hh");
    } catch (HarvestException e) {
      // Day granularity is what every provider must accept.
    }
    return seconds
        ? DateTimeFormatter.ISO_INSTANT.format(from.truncatedTo(ChronoUnit.SECONDS))
        : DateTimeFormatter.ISO_LOCAL_DATE.format(from.atOffset(ZoneOffset.UTC).toLocalDate());
  }

  private static String prefix(Source source) {
    return source.setting("metadataPrefix", "oai_datacite");
  }

  private static String format(Source source) {
    String f = source.setting("format", FORMAT_BY_PREFIX.get(prefix(source).toLowerCase(Locale.ROOT)));
    if (f == null) {
      throw new IllegalArgumentException("metadataPrefix '" + prefix(source)
          + "' is not one Moisson knows: set 'format' to the mapper that reads it (datacite, oai_dc, dataverse-json)");
    }
    return f;
  }

  static String request(String base, String verb, String... params) {
    StringBuilder sb = new StringBuilder(base).append(base.contains("?") ? '&' : '?').append("verb=").append(verb);
    for (int i = 0; i + 1 < params.length; i += 2) {
      sb.append('&').append(params[i]).append('=').append(URLEncoder.encode(params[i + 1], StandardCharsets.UTF_8));
    }
    return sb.toString();
  }
}
