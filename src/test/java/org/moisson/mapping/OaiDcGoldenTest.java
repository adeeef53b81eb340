package org.moisson.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.moisson.xml.SafeXml;
import org.moisson.xml.XmlException;

/** Every oai_dc record of the real OAI-PMH responses in the sickle fixtures, as golden pairs. */
class OaiDcGoldenTest {
  private static final Path SICKLE = GoldenFiles.fixture("oai-pmh/sickle");
  private final OaiDcMapper mapper = new OaiDcMapper();

  static List<Path> responses() throws IOException {
    try (Stream<Path> s = Files.list(SICKLE)) {
      return s.filter(p -> p.getFileName().toString().matches("(ListRecords|GetRecord).*\\.xml"))
          .filter(p -> !p.getFileName().toString().equals("ListRecordsBroken.xml")).sorted().toList();
    }
  }

  static List<Arguments> liveRecords() throws IOException {
    List<Arguments> out = new ArrayList<>();
    for (Path response : responses()) {
      String file = response.getFileName().toString().replaceFirst("\\.xml$", "");
      for (OaiRecords.OaiRecord r : OaiRecords.of(response)) {
        if (r.deleted() || !"dc".equals(r.metadataName())) continue;
        String id = r.identifier().substring(r.identifier().lastIndexOf(':') + 1);
        out.add(Arguments.of(file + "-" + id, r));
      }
    }
    assertEquals(6, out.size(), "live oai_dc records in ListRecords*.xml and GetRecord*.xml");
    return out;
  }

  static List<OaiRecords.OaiRecord> deletedRecords() throws IOException {
    List<OaiRecords.OaiRecord> out = new ArrayList<>();
    for (Path response : responses()) {
      OaiRecords.of(response).stream().filter(OaiRecords.OaiRecord::deleted).forEach(out::add);
    }
    assertEquals(4, out.size(), "deleted records in the ListRecords chain");
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("liveRecords")
  void record(String name, OaiRecords.OaiRecord r) {
    GoldenFiles.assertGolden("oai_dc", name, mapper.map(r.metadata()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("liveRecords")
  void theRecordEnvelopeMapsLikeItsMetadata(String name, OaiRecords.OaiRecord r) {
    assertEquals(mapper.map(r.metadata()), mapper.map(r.envelope()));
  }

  @ParameterizedTest
  @MethodSource("deletedRecords")
  void aDeletedRecordIsNoDataset(OaiRecords.OaiRecord r) {
    MappingException e = assertThrows(MappingException.class, () -> mapper.map(r.envelope()));
    assertTrue(e.getMessage().contains("deleted"), e.getMessage());
  }

  @Test
  void aWholeGetRecordResponseMapsToItsOneRecord() {
    String response = GoldenFiles.read(SICKLE.resolve("GetRecord_utf8test.xml"));
    assertEquals("某人", mapper.map(response).creators().get(0).name());
  }

  @Test
  void theBrokenResponseIsRefusedWithWhereItBroke() {
    String broken = GoldenFiles.read(SICKLE.resolve("ListRecordsBroken.xml"));
    assertThrows(XmlException.class, () -> SafeXml.parse(broken));
    MappingException e = assertThrows(MappingException.class, () -> mapper.map(broken));
    assertTrue(e.getMessage().contains("line 1, column"), e.getMessage());
    assertFalse(e.getMessage().isBlank());
  }
}
