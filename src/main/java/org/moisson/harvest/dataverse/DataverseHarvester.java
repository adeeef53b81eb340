package org.moisson.harvest.dataverse;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.moisson.harvest.HarvestContext;
import org.moisson.harvest.HarvestException;
import org.moisson.harvest.HarvestWindow;
import org.moisson.harvest.Harvester;
import org.moisson.harvest.Page;
import org.moisson.harvest.RawRecord;
import org.moisson.harvest.RecordFailure;
import org.moisson.harvest.Source;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Dataverse installation through its Search API, then the native JSON of each dataset listed
 * (format "dataverse-json", read by DataverseJsonMapper).
 *
 * <pre>{@code
 * Source s = new Source(1, "RDG", "dataverse", "https://entrepot.recherche.data.gouv.fr",
 *     Map.of("subtree", "inrae", "pageSize", "100"), 1);
 * Page p = harvester.page(s, HarvestWindow.FULL, null, ctx);   // cursor: the next start offset
 * }</pre>
 *
 * <p>Not incremental. The search index's only date filter, dateSort, is the release date of the
 * latest MAJOR version (Dataverse's IndexServiceBean), so a minor version (1.1: corrected metadata)
 * leaves it unchanged and a from-date query would miss it; and the Search API never tells deletions.
 * Every run therefore lists everything: unchanged payloads are skipped by their hash, and datasets
 * no longer listed are deleted at the end of the run.
 *
 * <p>Offsets over a list sorted by date are as stable as the Search API allows (it has no cursor):
 * a dataset getting a new major version during a run moves to the end of the list, and the one
 * after it may be read on no page of this run; the next run reads it.
 */
@Component
public class DataverseHarvester implements Harvester {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Override
  public String id() {
    return "dataverse";
  }

  @Override
  public void validate(Source source) {
    DataverseConfig.of(source);
  }

  @Override
  public Page page(Source source, HarvestWindow window, String cursor, HarvestContext ctx) throws HarvestException {
    DataverseConfig config = Harvester.settings(source, DataverseConfig::of);
    int start = start(cursor);
    URI searchUrl = config.searchUrl(start);
    JsonNode data = search(searchUrl, config, ctx);
    List<RecordFailure> failures = new ArrayList<>();
    Set<String> ids = new LinkedHashSet<>();
    int count = 0;
    for (JsonNode item : data.path("items")) {
      count++;
      if (item.path("type").isString() && !item.path("type").asString().equals("dataset")) continue;
      String pid = item.path("global_id").isString() ? item.path("global_id").asString().strip() : "";
      if (pid.isEmpty()) {
        failures.add(new RecordFailure(null, searchUrl.toString(), "search result " + (start + count) + " has no global_id"));
      } else {
        ids.add(pid);
      }
    }
    List<RawRecord> records = new ArrayList<>();
    for (DataverseFetcher.Fetched f : DataverseFetcher.fetchAll(new ArrayList<>(ids), config, ctx)) {
      if (f.record() != null) records.add(f.record());
      if (f.failure() != null) failures.add(f.failure());
    }
    long total = data.path("total_count").canConvertToLong() ? data.path("total_count").asLong() : -1;
    boolean more = count > 0 && (total >= 0 ? start + count < total : count >= config.pageSize());
    return new Page(records, failures, more ? String.valueOf(start + count) : null);
  }

  private static int start(String cursor) throws HarvestException {
    if (cursor == null) return 0;
    try {
      int s = Integer.parseInt(cursor.strip());
      if (s >= 0) return s;
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new HarvestException("cursor '" + cursor + "' is not a search offset");
  }

  private static JsonNode search(URI url, DataverseConfig config, HarvestContext ctx) throws HarvestException {
    JsonNode root;
    try {
      root = JSON.readTree(ctx.http().get(url, "application/json", config.headers()).text());
    } catch (JacksonException e) {
      throw new HarvestException("search page " + url + " is not JSON: " + e.getOriginalMessage(), e);
    }
    if (!"OK".equals(root.path("status").asString("")) || !root.path("data").path("items").isArray()) {
      throw new HarvestException("search page " + url + " is not a Dataverse search answer"
          + (root.path("message").isString() ? ": " + root.path("message").asString() : ""));
    }
    return root.path("data");
  }
}
