package org.moisson.harvest.ckan;

import java.util.ArrayList;
import java.util.List;
import org.moisson.harvest.HarvestException;
import org.moisson.harvest.RawRecord;
import org.moisson.harvest.RecordFailure;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One package_search answer read into raw records, in format "ckan" for {@code CkanMapper}.
 *
 * <p>A package's identifier is its id (a UUID that survives renaming), its URL its page on the
 * site, its datestamp metadata_modified. The payload is the package as served, re-serialised,
 * less {@code tracking_summary}: page-view counts that change every day would make every
 * package look edited at every harvest. A package whose state says deleted is a deletion.
 */
final class CkanAnswer {
  static final String FORMAT = "ckan";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** @param count what the site says the search matches; -1 when it does not say */
  record Result(List<RawRecord> records, List<RecordFailure> failures, int listed, long count) {}

  private CkanAnswer() {}

  /**
   * @throws HarvestException when the body is no package_search answer, or CKAN says
   *     {@code "success": false} (its error message is the exception's)
   */
  static Result read(String body, String requestUrl, CkanConfig config) throws HarvestException {
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (JacksonException e) {
      throw new HarvestException("page " + requestUrl + " is not JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new HarvestException("page " + requestUrl + " is not a CKAN API answer");
    }
    if (!root.path("success").asBoolean(false)) {
      throw new HarvestException("CKAN refused " + requestUrl + ": " + error(root));
    }
    JsonNode results = root.path("result").path("results");
    if (!results.isArray()) throw new HarvestException("page " + requestUrl + " has no result.results list");
    JsonNode count = root.path("result").path("count");
    List<RawRecord> records = new ArrayList<>();
    List<RecordFailure> failures = new ArrayList<>();
    for (JsonNode pkg : results) {
      read(pkg, config, records, failures);
    }
    return new Result(records, failures, results.size(), count.isNumber() ? count.asLong() : -1);
  }

  private static void read(JsonNode pkg, CkanConfig config, List<RawRecord> records, List<RecordFailure> failures) {
    if (!pkg.isObject()) {
      failures.add(new RecordFailure(null, null, "a package_search result is not a JSON object: " + abridged(pkg)));
      return;
    }
    String id = text(pkg, "id");
    String name = text(pkg, "name");
    String url = name != null || id != null ? config.datasetPage(name != null ? name : id) : null;
    if (id == null) {
      failures.add(new RecordFailure(name != null ? name : text(pkg, "title"), url, "package without id"));
      return;
    }
    String modified = text(pkg, "metadata_modified");
    if ("deleted".equalsIgnoreCase(text(pkg, "state"))) {
      records.add(RawRecord.deleted(id, modified, url));
      return;
    }
    String payload = JSON.writeValueAsString(withoutCounters((ObjectNode) pkg));
    records.add(new RawRecord(id, FORMAT, payload, modified, false, url));
  }

  private static ObjectNode withoutCounters(ObjectNode pkg) {
    ObjectNode copy = pkg.deepCopy();
    copy.remove("tracking_summary");
    for (JsonNode r : copy.path("resources")) {
      if (r.isObject()) ((ObjectNode) r).remove("tracking_summary");
    }
    return copy;
  }

  /** The error a CKAN answer explains, from its body; null when the body is no CKAN error. */
  static String error(String body) {
    try {
      JsonNode root = JSON.readTree(body);
      return root != null && root.isObject() && root.path("error").isObject() ? error(root) : null;
    } catch (JacksonException e) {
      return null;
    }
  }

  /** CKAN's error: {"message": …, "__type": …} plus, for validation errors, a list per field. */
  private static String error(JsonNode root) {
    JsonNode e = root.path("error");
    if (!e.isObject()) return "\"success\" is not true, and no error given";
    String message = text(e, "message");
    String type = text(e, "__type");
    StringBuilder sb = new StringBuilder(type != null ? type : "error");
    if (message != null) sb.append(": ").append(message);
    for (var field : e.properties()) {
      String k = field.getKey();
      if (!k.equals("message") && !k.equals("__type")) {
        sb.append("; ").append(k).append(": ").append(abridged(field.getValue()));
      }
    }
    return sb.toString();
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || !(v.isString() || v.isNumber())) return null;
    String t = v.asString().strip();
    return t.isEmpty() ? null : t;
  }

  private static String abridged(JsonNode n) {
    String s = n.toString();
    return s.length() > 200 ? s.substring(0, 200) + "…" : s;
  }
}
