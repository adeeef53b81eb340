package org.moisson.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The real ISO records of pycsw's test suites as golden pairs: the 18 ISO 19139 records of the
 * APISO suite (ISO 19115-2 gmi:MI_Metadata among them) and the records of the ISO 19115-3 suite,
 * one of which is in fact ISO 19139 and maps as such.
 */
class IsoGoldenTest {
  private static final Iso19139Mapper ISO19139 = new Iso19139Mapper();
  private static final Iso19115p3Mapper ISO19115_3 = new Iso19115p3Mapper();

  static List<Path> apiso() throws IOException {
    List<Path> files = xml("csw/pycsw/apiso/data");
    assertEquals(18, files.size(), "ISO 19139 records in apiso/data");
    return files;
  }

  static List<Path> iso19115p3() throws IOException {
    List<Path> files = xml("csw/pycsw/iso19115p3/data");
    assertEquals(4, files.size(), "records in iso19115p3/data");
    return files;
  }

  private static List<Path> xml(String dir) throws IOException {
    try (Stream<Path> s = Files.list(GoldenFiles.fixture(dir))) {
      return s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
    }
  }

  private static String name(Path file) {
    return file.getFileName().toString().replaceFirst("\\.xml$", "");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("apiso")
  void iso19139(Path file) {
    GoldenFiles.assertGolden("iso19139", name(file), ISO19139.map(GoldenFiles.read(file)));
  }

  /** The folder holds an ISO 19139 record too (auscope-iso19139-geoprovinces): it maps with its own mapper. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("iso19115p3")
  void iso19115p3(Path file) {
    String xml = GoldenFiles.read(file);
    boolean is19139 = xml.contains("<gmd:MD_Metadata");
    GoldenFiles.assertGolden(is19139 ? "iso19139" : "iso19115-3", name(file),
        (is19139 ? ISO19139 : ISO19115_3).map(xml));
  }

  @Test
  void eachMapperRefusesTheOtherFlavourAndSaysWhichItIs() {
    String iso19139 = GoldenFiles.read(GoldenFiles.fixture("csw/pycsw/iso19115p3/data/auscope-iso19139-geoprovinces.xml"));
    MappingException e = assertThrows(MappingException.class, () -> ISO19115_3.map(iso19139));
    assertTrue(e.getMessage().contains("maps with format iso19139"), e.getMessage());
    String iso19115p3 = GoldenFiles.read(GoldenFiles.fixture("csw/pycsw/iso19115p3/data/auscope-3d-model.xml"));
    e = assertThrows(MappingException.class, () -> ISO19139.map(iso19115p3));
    assertTrue(e.getMessage().contains("maps with format iso19115-3"), e.getMessage());
  }

  /** pycsw's GetRecords answer holds five records: a mapper refuses to pick one. */
  @Test
  void aWholeGetRecordsAnswerIsRefused() {
    String answer = GoldenFiles.read(GoldenFiles.fixture("csw/pycsw/apiso/expected/post_GetRecords-all.xml"));
    MappingException e = assertThrows(MappingException.class, () -> ISO19139.map(answer));
    assertTrue(e.getMessage().contains("holds 5 iso19139 records"), e.getMessage());
  }

  /** GetRecordById wraps the one record: the envelope maps like the record. */
  @Test
  void aGetRecordByIdAnswerMapsLikeItsRecord() {
    String answer = GoldenFiles.read(GoldenFiles.fixture("csw/pycsw/apiso/expected/post_GetRecordById-full.xml"));
    assertEquals("Ortho", ISO19139.map(answer).title(null));
  }
}
