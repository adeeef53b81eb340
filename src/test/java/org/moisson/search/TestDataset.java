package org.moisson.search;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moisson.record.Agent;
import org.moisson.record.BoundingBox;
import org.moisson.record.Dataset;
import org.moisson.record.DatasetBuilder;
import org.moisson.record.Identifier;
import org.moisson.record.Keyword;
import org.moisson.record.LangText;
import org.moisson.record.Licence;
import org.moisson.record.Period;
import org.moisson.record.Point;
import org.moisson.record.Polygon;
import org.moisson.record.ResourceType;
import org.moisson.record.TypedDate;

/** A test dataset, built fluently. */
public final class TestDataset {
  private final String id;
  private final DatasetBuilder b = Dataset.builder();
  private final List<String> sources = new ArrayList<>();
  private final List<String> concepts = new ArrayList<>();

  TestDataset(String id) {
    this.id = id;
  }

  public TestDataset title(String lang, String text) { b.titles.add(LangText.of(lang, text)); return this; }
  public TestDataset description(String lang, String text) { b.descriptions.add(LangText.of(lang, text)); return this; }
  public TestDataset keywords(String... labels) { Arrays.stream(labels).map(Keyword::of).forEach(b::keyword); return this; }
  public TestDataset creator(String name) { b.creators.add(Agent.named(name)); return this; }
  public TestDataset publisher(String name) { b.publisher = Agent.organization(name); return this; }
  public TestDataset place(String name) { b.places.add(name); return this; }
  public TestDataset type(String general) { b.resourceType = new ResourceType(general, null); return this; }
  public TestDataset licence(String id, String uri, String label) { b.licence = new Licence(id, uri, label); return this; }
  public TestDataset issued(String date) { b.issued = date; return this; }
  public TestDataset date(String type, String value) { b.dates.add(new TypedDate(type, value)); return this; }
  public TestDataset box(double w, double s, double e, double n) { b.boxes.add(new BoundingBox(w, s, e, n)); return this; }
  public TestDataset point(double lon, double lat) { b.points.add(new Point(lon, lat)); return this; }
  public TestDataset period(String start, String end) { b.temporal.add(new Period(start, end)); return this; }
  public TestDataset sources(String... names) { sources.addAll(List.of(names)); return this; }
  /** Concept URIs, ancestors included, as a classifier would give them. */
  public TestDataset concepts(String... uris) { concepts.addAll(List.of(uris)); return this; }

  public TestDataset polygon(double... lonLat) {
    List<Point> ring = new ArrayList<>();
    for (int i = 0; i < lonLat.length; i += 2) ring.add(new Point(lonLat[i], lonLat[i + 1]));
    b.polygons.add(new Polygon(ring));
    return this;
  }

  public IndexedDataset build() {
    return new IndexedDataset(id, b.build(), sources, concepts);
  }
}
