package org.moisson.harvest.stac;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.moisson.harvest.HarvestContext;
import org.moisson.harvest.HarvestException;
import org.moisson.harvest.HttpUrls;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One STAC JSON document as fetched: its URL (after redirects), its text as served, and its tree. */
record StacDocument(URI url, String text, JsonNode json) {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  static final String ACCEPT = "application/json, application/geo+json;q=0.9";

  /** A document that came but is not STAC JSON: a record's problem, not the server's. */
  static final class UnreadableException extends HarvestException {
    UnreadableException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** @throws HarvestException when it cannot be had, {@link UnreadableException} when it is not a JSON object */
  static StacDocument fetch(URI url, HarvestContext ctx) throws HarvestException {
    var response = ctx.http().get(url, ACCEPT);
    URI served = response.uri() == null ? url : response.uri();
    String text = response.text();
    JsonNode json;
    try {
      json = JSON.readTree(text);
    } catch (JacksonException e) {
      throw new UnreadableException(url + " is not JSON: " + e.getOriginalMessage(), e);
    }
    if (json == null || !json.isObject()) throw new UnreadableException(url + " is not a STAC JSON object", null);
    return new StacDocument(served, text, json);
  }

  String updated() {
    JsonNode u = json.path("updated");
    return u.isString() ? u.asString() : null;
  }

  String type() {
    JsonNode t = json.path("type");
    return t.isString() ? t.asString().strip() : "";
  }

  boolean isCollection() {
    return type().equalsIgnoreCase("Collection") || (type().isEmpty() && json.has("extent") && json.has("license"));
  }

  /** The links of one relation, resolved against this document; links that are not http(s) are dropped. */
  List<URI> links(String rel) {
    List<URI> out = new ArrayList<>();
    for (JsonNode l : json.path("links")) {
      if (!l.isObject() || !rel.equalsIgnoreCase(l.path("rel").asString(""))) continue;
      String method = l.path("method").asString("GET").toUpperCase(Locale.ROOT);
      URI u = HttpUrls.resolve(url, l.path("href").asString(null));
      if (u != null && method.equals("GET") && !out.contains(u)) out.add(u);
    }
    return out;
  }

  static String write(JsonNode node) {
    return JSON.writeValueAsString(node);
  }
}
