package org.moisson.harvest.ckan;

import java.net.URI;
import java.util.Set;
import org.moisson.harvest.HarvestContext;
import org.moisson.harvest.HarvestException;
import org.moisson.harvest.HarvestHttp;
import org.moisson.harvest.HarvestWindow;
import org.moisson.harvest.Harvester;
import org.moisson.harvest.Page;
import org.moisson.harvest.Source;
import org.springframework.stereotype.Component;

/**
 * Harvests a CKAN portal through its action API: package_search, {@code rows} packages a page,
 * oldest modification first, one record per package in format "ckan" for {@code CkanMapper}.
 *
 * <pre>{@code
 * Source s = new Source(1, "Portail", "ckan", "https://demo.ckan.org", Map.of("fq", "organization:sdb"), 1);
 * Page p = harvester.page(s, HarvestWindow.FULL, null, ctx);
 * }</pre>
 *
 * <p>The cursor is the next start offset. The list ends at an empty page or when the offset
 * reaches the count the site gives, read afresh on every page, so packages added or removed
 * during a run move the end rather than break it. An incremental window adds
 * {@code metadata_modified:[from TO *]} to the filter query.
 *
 * <p>Offsets have one known weakness: a package edited during a run leaves its place for the end
 * of the list, so the package after it moves back one place and, if that place was already read,
 * is missed by this run (a full run then takes it for deleted, and the next run brings it back).
 * Sorting by modification keeps this to packages edited while the harvest runs.
 */
@Component
public class CkanHarvester implements Harvester {
  /** The statuses CKAN answers with a JSON error body worth reporting as such. */
  private static final Set<Integer> EXPLAINED = Set.of(400, 403, 404, 409);

  @Override
  public String id() {
    return "ckan";
  }

  @Override
  public boolean incremental() {
    return true;
  }

  @Override
  public void validate(Source source) {
    CkanConfig.of(source);
  }

  @Override
  public Page page(Source source, HarvestWindow window, String cursor, HarvestContext ctx) throws HarvestException {
    CkanConfig config = Harvester.settings(source, CkanConfig::of);
    long start = start(cursor);
    URI url = config.search(start, window.from());
    HarvestHttp.Response response = ctx.http().get(url, "application/json", EXPLAINED);
    if (response.status() / 100 != 2) {
      String why = CkanAnswer.error(response.text());
      throw new HarvestException(why != null ? "CKAN refused " + url + ": " + why
          : "HTTP " + response.status() + " from " + url);
    }
    CkanAnswer.Result result = CkanAnswer.read(response.text(), url.toString(), config);
    long next = start + result.listed();
    boolean end = result.listed() == 0 || (result.count() >= 0 && next >= result.count());
    return new Page(result.records(), result.failures(), end ? null : Long.toString(next));
  }

  private static long start(String cursor) throws HarvestException {
    if (cursor == null) return 0;
    try {
      long start = Long.parseLong(cursor.strip());
      if (start >= 0) return start;
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new HarvestException("cursor '" + cursor + "' is not a package_search offset");
  }
}
