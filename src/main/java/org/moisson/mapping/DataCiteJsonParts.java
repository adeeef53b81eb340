package org.moisson.mapping;

import static org.moisson.mapping.JsonFields.folded;
import static org.moisson.mapping.JsonFields.items;
import static org.moisson.mapping.JsonFields.text;

import java.util.ArrayList;
import java.util.List;
import org.moisson.record.Agent;
import org.moisson.record.DatasetBuilder;
import org.moisson.record.Funding;
import org.moisson.record.Identifier;
import org.moisson.record.Point;
import org.moisson.record.Polygon;
import tools.jackson.databind.JsonNode;

/**
 * Agents, geoLocations and funding of DataCite JSON, through the helpers of the XML mapper
 * ({@link DataCiteAgents}, {@link DataCiteGeo}, {@link DataCiteFunding}) so both read alike.
 */
final class DataCiteJsonParts {
  private DataCiteJsonParts() {}

  /** Funder contributors (kernel 3 style) are left to {@link #funding}, as the XML mapper does. */
  static void agents(JsonNode r, DatasetBuilder b) {
    for (JsonNode c : items(r, "creators")) Payloads.addOnce(b.creators, agent(c, null));
    for (JsonNode c : items(r, "contributors")) {
      String role = text(c, "contributorType");
      if (!"Funder".equalsIgnoreCase(role)) Payloads.addOnce(b.contributors, agent(c, role));
    }
    JsonNode p = r.get("publisher");
    b.publisher = p != null && p.isObject()
        ? DataCiteAgents.publisher(folded(p, "name"), text(p, "publisherIdentifier"),
            text(p, "publisherIdentifierScheme"))
        : DataCiteAgents.publisher(text(p), null, null);
  }

  /** Affiliations come as strings (REST API by default) or objects (affiliation=true, kernel-4.3 JSON). */
  private static Agent agent(JsonNode c, String role) {
    if (!c.isObject()) {
      return c.isString() ? DataCiteAgents.agent(text(c), null, null, null, List.of(), List.of(), role) : null;
    }
    List<Identifier> ids = new ArrayList<>();
    for (JsonNode id : items(c, "nameIdentifiers")) {
      Payloads.addOnce(ids, DataCiteAgents.nameIdentifier(text(id, "nameIdentifier"),
          text(id, "nameIdentifierScheme"), text(id, "schemeUri")));
    }
    List<Agent.Affiliation> affiliations = new ArrayList<>();
    for (JsonNode a : items(c, "affiliation")) {
      Agent.Affiliation aff = a.isObject()
          ? DataCiteAgents.affiliation(folded(a, "name"), text(a, "affiliationIdentifier"),
              text(a, "affiliationIdentifierScheme"))
          : DataCiteAgents.affiliation(text(a), null, null);
      Payloads.addOnce(affiliations, aff);
    }
    return DataCiteAgents.agent(folded(c, "name"), text(c, "nameType"),
        folded(c, "givenName"), folded(c, "familyName"), ids, affiliations, role);
  }

  static void geoLocations(JsonNode r, DatasetBuilder b) {
    for (JsonNode g : items(r, "geoLocations")) {
      for (JsonNode place : items(g, "geoLocationPlace")) {
        Payloads.addOnce(b.places, DataCiteGeo.place(text(place)));
      }
      for (JsonNode p : items(g, "geoLocationPoint")) Payloads.addOnce(b.points, point(p));
      for (JsonNode box : items(g, "geoLocationBox")) {
        Payloads.addOnce(b.boxes, DataCiteGeo.box(JsonFields.number(box.get("westBoundLongitude")),
            JsonFields.number(box.get("southBoundLatitude")), JsonFields.number(box.get("eastBoundLongitude")),
            JsonFields.number(box.get("northBoundLatitude"))));
      }
      for (List<JsonNode> ring : rings(g)) Payloads.addOnce(b.polygons, polygon(ring));
    }
  }

  private static Point point(JsonNode p) {
    return DataCiteGeo.point(JsonFields.number(p.get("pointLongitude")), JsonFields.number(p.get("pointLatitude")));
  }

  /**
   * The polygons' points, in the three shapes found in the wild: the REST API's list of
   * {@code {"polygonPoint": …}} (with an optional {@code {"inPolygonPoint": …}}), the same nested
   * once more per polygon, and the 4.3 JSON schema's {@code geoLocationPolygons[].polygonPoints}.
   */
  private static List<List<JsonNode>> rings(JsonNode g) {
    List<List<JsonNode>> rings = new ArrayList<>();
    List<JsonNode> polygons = items(g, "geoLocationPolygon");
    if (!polygons.isEmpty() && polygons.get(0).isArray()) {
      for (JsonNode polygon : polygons) rings.add(polygonPoints(JsonFields.elements(polygon)));
    } else if (!polygons.isEmpty()) {
      rings.add(polygonPoints(polygons));
    }
    for (JsonNode polygon : items(g, "geoLocationPolygons")) {
      rings.add(items(polygon, "polygonPoints"));
    }
    return rings;
  }

  private static List<JsonNode> polygonPoints(List<JsonNode> entries) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode e : entries) {
      if (e.has("polygonPoint")) out.add(e.get("polygonPoint"));
    }
    return out;
  }

  /** As in XML: one unreadable vertex drops the polygon, and it needs three distinct points. */
  private static Polygon polygon(List<JsonNode> points) {
    List<Point> ring = new ArrayList<>();
    for (JsonNode p : points) {
      Point point = p.isObject() ? point(p) : null;
      if (point == null) return null;
      ring.add(point);
    }
    return ring.stream().distinct().count() >= 3 ? new Polygon(ring) : null;
  }

  static void funding(JsonNode r, DatasetBuilder b) {
    for (JsonNode f : items(r, "fundingReferences")) {
      String name = folded(f, "funderName");
      String funderId = DataCiteFunding.funderId(text(f, "funderIdentifier"), text(f, "funderIdentifierType"));
      JsonNode awardNode = f.get("awardNumber");
      String award = awardNode != null && awardNode.isObject() ? text(awardNode, "awardNumber") : text(awardNode);
      String title = folded(f, "awardTitle");
      if (name != null || funderId != null || award != null || title != null) {
        Payloads.addOnce(b.funding, new Funding(name, funderId, award, title));
      }
    }
    for (JsonNode c : items(r, "contributors")) {
      if (!"Funder".equalsIgnoreCase(text(c, "contributorType"))) continue;
      String name = folded(c, "name");
      if (name == null || b.funding.stream().anyMatch(f -> name.equals(f.funderName()))) continue;
      JsonNode id = items(c, "nameIdentifiers").stream().findFirst().orElse(null);
      b.funding.add(new Funding(name, DataCiteFunding.funderId(text(id, "nameIdentifier"),
          text(id, "nameIdentifierScheme")), null, null));
    }
  }
}
