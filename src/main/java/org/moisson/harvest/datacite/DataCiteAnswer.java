package org.moisson.harvest.datacite;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.moisson.harvest.HarvestException;
import org.moisson.harvest.RawRecord;
import org.moisson.harvest.RecordFailure;
import org.moisson.record.Identifier;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One page of the DataCite REST API /dois read into raw records, in format "datacite-json" for
 * {@code DataCiteJsonMapper}: identifier the DOI (lower-cased, as DOIs compare), URL its resolver,
 * datestamp {@code attributes.updated}, payload the item as served less what changes without the
 * metadata changing (usage and citation counts, link-check results, relationships), which would
 * otherwise make every DOI look edited at every harvest.
 *
 * <p>A DOI whose state is not findable (registered: hidden; draft: never published) is not public,
 * so it is a deletion: a DOI taken out of the findable state leaves the catalogue. Only an
 * authenticated client sees such DOIs in a list, but the rule must hold whoever asks.
 */
final class DataCiteAnswer {
  static final String FORMAT = "datacite-json";
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Set<String> VOLATILE = Set.of("viewCount", "viewsOverTime", "downloadCount",
      "downloadsOverTime", "citationCount", "citationsOverTime", "referenceCount", "partCount", "partOfCount",
      "versionCount", "versionOfCount", "landingPage");

  /** @param next links.next as written, null when absent */
  record Result(List<RawRecord> records, List<RecordFailure> failures, int listed, String next) {}

  private DataCiteAnswer() {}

  static Result read(String body, String requestUrl) throws HarvestException {
    JsonNode root = parse(body, requestUrl);
    String errors = errors(root);
    if (errors != null) throw new HarvestException("DataCite refused " + requestUrl + ": " + errors);
    JsonNode data = root.path("data");
    if (!data.isArray()) {
      throw new HarvestException("page " + requestUrl + " has no data list: not a DataCite /dois answer");
    }
    List<RawRecord> records = new ArrayList<>();
    List<RecordFailure> failures = new ArrayList<>();
    for (JsonNode item : data) read(item, records, failures);
    JsonNode next = root.path("links").path("next");
    String nextText = next.isString() && !next.stringValue().isBlank() ? next.stringValue().strip() : null;
    return new Result(records, failures, data.size(), nextText);
  }

  private static void read(JsonNode item, List<RawRecord> records, List<RecordFailure> failures) {
    JsonNode attributes = item.path("attributes");
    String written = text(item, "id");
    if (written == null) written = text(attributes, "doi");
    Identifier doi = written == null ? null : Identifier.parse(written, "DOI");
    if (doi == null || doi.scheme() != Identifier.Scheme.DOI || !doi.value().startsWith("10.")) {
      failures.add(new RecordFailure(written, null, "item without a DOI: " + abridged(item)));
      return;
    }
    String id = doi.value();
    String url = doi.url();
    if (!attributes.isObject()) {
      failures.add(new RecordFailure(id, url, "item without attributes"));
      return;
    }
    String updated = text(attributes, "updated");
    String state = text(attributes, "state");
    if (state != null && !state.equalsIgnoreCase("findable")) {
      records.add(RawRecord.deleted(id, updated, url));
      return;
    }
    ObjectNode payload = ((ObjectNode) item).deepCopy();
    payload.remove("relationships");
    VOLATILE.forEach(((ObjectNode) payload.get("attributes"))::remove);
    records.add(new RawRecord(id, FORMAT, JSON.writeValueAsString(payload), updated, false, url));
  }

  /** The titles (or details) of a JSON:API errors list; null when the body has none. */
  static String errors(String body) {
    try {
      JsonNode root = JSON.readTree(body);
      return root == null ? null : errors(root);
    } catch (JacksonException e) {
      return null;
    }
  }

  private static String errors(JsonNode root) {
    JsonNode errors = root.path("errors");
    if (!errors.isArray() || errors.isEmpty()) return null;
    List<String> out = new ArrayList<>();
    for (JsonNode e : errors) {
      String t = text(e, "title");
      String d = text(e, "detail");
      out.add(t != null && d != null ? t + " (" + d + ")" : t != null ? t : d != null ? d : abridged(e));
    }
    return String.join("; ", out);
  }

  private static JsonNode parse(String body, String requestUrl) throws HarvestException {
    try {
      JsonNode root = JSON.readTree(body);
      if (root != null && root.isObject()) return root;
    } catch (JacksonException e) {
      throw new HarvestException("page " + requestUrl + " is not JSON: " + e.getOriginalMessage(), e);
    }
    throw new HarvestException("page " + requestUrl + " is not a DataCite API answer");
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n == null ? null : n.get(field);
    if (v == null || !v.isString()) return null;
    String t = v.stringValue().strip();
    return t.isEmpty() ? null : t;
  }

  private static String abridged(JsonNode n) {
    String s = n.toString();
    return s.length() > 200 ? s.substring(0, 200) + "…" : s;
  }
}
