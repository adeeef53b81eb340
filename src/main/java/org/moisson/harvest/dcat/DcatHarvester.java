package org.moisson.harvest.dcat;

import java.net.URI;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.moisson.harvest.HarvestContext;
import org.moisson.harvest.HarvestException;
import org.moisson.harvest.HarvestHttp;
import org.moisson.harvest.HarvestWindow;
import org.moisson.harvest.Harvester;
import org.moisson.harvest.Page;
import org.moisson.harvest.Source;
import org.moisson.rdf.ContextCache;
import org.moisson.rdf.RdfException;
import org.moisson.rdf.SafeRdf;
import org.springframework.stereotype.Component;

/**
 * Harvests a DCAT catalogue published as RDF (Turtle, RDF/XML, JSON-LD or N-Triples): one record
 * per dcat:Dataset or dcat:DatasetSeries, in format "dcat" for {@code DcatMapper}.
 *
 * <pre>{@code
 * DcatHarvester harvester = new DcatHarvester(contexts); // a ContextCache; Spring passes its bean
 * Source s = new Source(1, "EEA", "dcat", "https://example.org/catalog.ttl", Map.of(), 1);
 * Page p = harvester.page(s, HarvestWindow.FULL, null, ctx);
 * }</pre>
 *
 * <p>Paging follows Hydra: the cursor is the next page's URL. It must stay on the source's host
 * (a page cannot send the harvester elsewhere), and a page that names itself as next fails with a
 * {@link HarvestException} instead of looping: the run stops and is reported, and since it did not
 * end, no dataset is taken for deleted. Longer cycles (A to B to A) are left to the pipeline's
 * page hashes. A DCAT catalogue cannot be asked for what changed, so an incremental window reads
 * every page like a full one; the pipeline skips unchanged payloads by their hash.
 *
 * <p>Besides the pages, the only requests are for JSON-LD contexts the {@link ContextCache} lacks,
 * once each and only when {@code moisson.harvest.fetch-contexts} is on.
 */
@Component
public class DcatHarvester implements Harvester {
  private final ContextCache contexts;

  /** @param contexts where the JSON-LD contexts pages name come from */
  public DcatHarvester(ContextCache contexts) {
    this.contexts = contexts;
  }

  @Override
  public String id() {
    return "dcat";
  }

  @Override
  public void validate(Source source) {
    DcatConfig.of(source);
  }

  @Override
  public Page page(Source source, HarvestWindow window, String cursor, HarvestContext ctx)
      throws HarvestException {
    DcatConfig config = Harvester.settings(source, DcatConfig::of);
    URI url = cursor == null ? config.url() : cursorUrl(cursor, config.url());
    HarvestHttp.Response response = ctx.http().get(url, PageSyntax.accept(config.format()));
    URI served = response.uri() == null ? url : response.uri();
    Lang lang = PageSyntax.of(config.format(), response.contentType(), url);
    Model model;
    try {
      model = SafeRdf.parse(response.body(), lang, served.toString(), contexts);
    } catch (RdfException e) {
      throw new HarvestException("page " + url + " is " + e.getMessage(), e);
    }
    DcatRecords.Result result = DcatRecords.read(model, ctx.maxRecordBytes());
    URI next = HydraPaging.next(model, url, served);
    if (next != null) checkNext(next, url, served, config.url());
    return new Page(result.records(), result.failures(), next == null ? null : next.toString());
  }

  /** A cursor comes back from storage: it must still be a page of this source. */
  private static URI cursorUrl(String cursor, URI source) throws HarvestException {
    URI u;
    try {
      u = DcatConfig.httpUrl(cursor, "cursor");
    } catch (IllegalArgumentException e) {
      throw new HarvestException(e.getMessage(), e);
    }
    if (!sameHost(u, source)) throw new HarvestException("cursor " + cursor + " is not on the host of " + source);
    return u;
  }

  private static void checkNext(URI next, URI requested, URI served, URI source) throws HarvestException {
    if (same(next, requested) || same(next, served)) {
      throw new HarvestException("paging loop: page " + requested + " names itself as the next page");
    }
    if (!("http".equalsIgnoreCase(next.getScheme()) || "https".equalsIgnoreCase(next.getScheme()))
        || !sameHost(next, source)) {
      throw new HarvestException("page " + requested + " names a next page on another host, not followed: " + next);
    }
  }

  private static boolean same(URI a, URI b) {
    return a.normalize().toString().equals(b.normalize().toString());
  }

  private static boolean sameHost(URI a, URI b) {
    return a.getHost() != null && a.getHost().equalsIgnoreCase(b.getHost());
  }
}
