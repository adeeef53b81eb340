package org.moisson.harvest.dataverse;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import org.moisson.harvest.HarvestContext;
import org.moisson.harvest.HarvestException;
import org.moisson.harvest.HarvestHttp;
import org.moisson.harvest.RawRecord;
import org.moisson.harvest.RecordFailure;
import org.moisson.system.DaemonThreads;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The native JSON of each dataset a search page lists: one request per dataset, at most
 * {@link #CONCURRENCY} at once. Sequential, a page of 100 datasets costs 100 round trips (half a
 * minute at 300 ms each); four at a time cuts that by up to four while keeping the load one harvest
 * puts on an installation small, and HarvestHttp still honours each 429's Retry-After. Results keep
 * the search order. A dataset the API refuses (403, 404, 410…) is reported and the page goes
 * on; anything else (time-out, 5xx after retries) fails the page, so that a server in trouble does
 * not turn into a run that deletes every dataset it could not read.
 */
final class DataverseFetcher {
  static final int CONCURRENCY = 4;
  static final String FORMAT = "dataverse-json";
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String ACCEPT = "application/json";
  private static final ThreadFactory THREADS = DaemonThreads.numbered("dataverse-fetch");

  /** A dataset as fetched: a record, or the reason there is none. */
  record Fetched(RawRecord record, RecordFailure failure) {}

  private DataverseFetcher() {}

  static List<Fetched> fetchAll(List<String> persistentIds, DataverseConfig config, HarvestContext ctx)
      throws HarvestException {
    if (persistentIds.isEmpty()) return List.of();
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(CONCURRENCY, persistentIds.size()), THREADS);
    try {
      List<Future<Fetched>> futures = new ArrayList<>();
      for (String pid : persistentIds) futures.add(pool.submit((Callable<Fetched>) () -> fetch(pid, config, ctx)));
      List<Fetched> out = new ArrayList<>();
      for (Future<Fetched> f : futures) out.add(await(f));
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  private static Fetched await(Future<Fetched> f) throws HarvestException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new HarvestException("interrupted while fetching datasets", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof HarvestException he) throw he;
      throw new HarvestException("fetching a dataset failed: " + e.getCause(), e.getCause());
    }
  }

  static Fetched fetch(String pid, DataverseConfig config, HarvestContext ctx) throws HarvestException {
    URI url = config.datasetUrl(pid);
    String body;
    try {
      body = ctx.http().get(url, ACCEPT, config.headers()).text();
    } catch (HarvestHttp.RefusedException e) {
      return failed(pid, url, "the native API refused dataset " + pid + ": HTTP " + e.status() + hint(e.status()));
    }
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (JacksonException e) {
      return failed(pid, url, "the native API answer for " + pid + " is not JSON: " + e.getOriginalMessage());
    }
    if (!"OK".equals(root.path("status").asString("")) || !root.path("data").path("latestVersion").isObject()) {
      return failed(pid, url, "the native API answer for " + pid + " holds no dataset version"
          + (root.path("message").isString() ? ": " + root.path("message").asString() : ""));
    }
    JsonNode latest = root.path("data").path("latestVersion");
    String state = latest.path("versionState").asString("");
    if (state.equals("DEACCESSIONED")) return new Fetched(RawRecord.deleted(pid, null, url.toString()), null);
    if (state.equals("DRAFT")) {
      // Only a token shows drafts; the catalogue describes what is published.
      JsonNode published = latestPublished(pid, config, ctx);
      if (published == null) return failed(pid, url, pid + " has no published version, only a draft");
      ((ObjectNode) root.path("data")).set("latestVersion", published);
      latest = published;
      body = JSON.writeValueAsString(root);
    }
    String datestamp = latest.path("lastUpdateTime").isString() ? latest.path("lastUpdateTime").asString() : null;
    return new Fetched(new RawRecord(pid, FORMAT, body, datestamp, false, url.toString()), null);
  }

  private static JsonNode latestPublished(String pid, DataverseConfig config, HarvestContext ctx) throws HarvestException {
    try {
      JsonNode v = JSON.readTree(ctx.http().get(config.latestPublishedUrl(pid), ACCEPT, config.headers()).text()).path("data");
      return v.isObject() && v.has("metadataBlocks") ? v : null;
    } catch (HarvestHttp.RefusedException | JacksonException e) {
      return null;
    }
  }

  private static String hint(int status) {
    return status == 401 || status == 403 ? " (restricted: the source's apiToken may lack the right to see it)"
        : status == 404 || status == 410 ? " (listed by the search index but gone, or not yet reindexed)" : "";
  }

  private static Fetched failed(String pid, URI url, String message) {
    return new Fetched(null, new RecordFailure(pid, url.toString(), message));
  }
}
