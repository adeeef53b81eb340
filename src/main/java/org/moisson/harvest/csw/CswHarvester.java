package org.moisson.harvest.csw;

import java.net.URI;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.moisson.harvest.HarvestContext;
import org.moisson.harvest.HarvestException;
import org.moisson.harvest.HarvestWindow;
import org.moisson.harvest.Harvester;
import org.moisson.harvest.Page;
import org.moisson.harvest.Source;
import org.moisson.xml.XmlException;
import org.springframework.stereotype.Component;

/**
 * OGC CSW 2.0.2 GetRecords (a GeoNetwork, pycsw or deegree catalogue), full records in ISO 19139,
 * ISO 19115-3 or CSW Dublin Core, page after page by startPosition. Each record goes to the mapper
 * of its own root element: {@code iso19139}, {@code iso19115-3} or {@code csw-record}.
 *
 * <pre>{@code
 * Source s = new Source(1, "Sextant", "csw", "https://sextant.ifremer.fr/geonetwork/srv/eng/csw",
 *     Map.of("constraint", "OrganisationName like '%Ifremer%'"), 1);
 * Page p = harvester.page(s, HarvestWindow.FULL, null, ctx);
 * }</pre>
 *
 * <p>The cursor is the next startPosition, so a run resumes at the page it stopped. An incremental
 * window asks for records modified since the day it starts ({@link CswRequest}); a full one lists
 * everything, and the pipeline deletes what is no longer listed. Paging guards against loops and
 * gaps ({@link CswResponse#next}). Only the source's endpoint is ever requested; the GetRecordById
 * links given as record URLs are for people.
 */
@Component
public class CswHarvester implements Harvester {
  private static final String ACCEPT = "application/xml, text/xml;q=0.9";

  @Override
  public String id() {
    return "csw";
  }

  @Override
  public boolean incremental() {
    return true;
  }

  @Override
  public void validate(Source source) {
    CswConfig.of(source);
  }

  @Override
  public Page page(Source source, HarvestWindow window, String cursor, HarvestContext ctx) throws HarvestException {
    CswConfig c = Harvester.settings(source, CswConfig::of);
    long start = start(cursor);
    String since = window.incremental()
        ? DateTimeFormatter.ISO_LOCAL_DATE.format(window.from().atOffset(ZoneOffset.UTC).toLocalDate()) : null;
    CswResponse answer = fetch(c, start, since, ctx);
    CswRecords.Result result = CswRecords.read(answer.records, c, start);
    Long next = answer.next(start);
    return new Page(result.records(), result.failures(), next == null ? null : Long.toString(next));
  }

  private static long start(String cursor) throws HarvestException {
    if (cursor == null) return 1;
    try {
      long start = Long.parseLong(cursor.strip());
      if (start >= 1) return start;
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new HarvestException("cursor '" + cursor + "' is not a CSW startPosition");
  }

  /** Fetches and reads a page; one that does not read is fetched once more (cut in transit?). */
  private static CswResponse fetch(CswConfig c, long start, String since, HarvestContext ctx) throws HarvestException {
    String problem = null;
    String where = c.method() == CswConfig.Method.POST ? "POST " + c.endpoint() + " (startPosition " + start + ")"
        : CswRequest.getUrl(c, start, since).toString();
    for (int attempt = 0; attempt < 2; attempt++) {
      String body = c.method() == CswConfig.Method.POST
          ? ctx.http().post(c.endpoint(), "application/xml", CswRequest.postBody(c, start, since), ACCEPT).text()
          : ctx.http().get(URI.create(where), ACCEPT).text();
      try {
        return CswResponse.parse(body);
      } catch (XmlException | IllegalArgumentException e) {
        problem = e.getMessage();
      } catch (HarvestException e) {
        throw new HarvestException(e.getMessage() + " (" + where + ")", e);
      }
    }
    throw new HarvestException("unreadable CSW answer to " + where + ": " + problem);
  }
}
