package org.moisson.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.moisson.mapping.GoldenFiles;
import org.moisson.support.LocalHttpServer.Reply;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Real third-party records harvested once per test application through the real protocols: the
 * DataCite kernel-4 XML examples over OAI-PMH, the pycsw ISO 19139 records over CSW and the
 * demo.ckan.org packages over the CKAN API. The machine interfaces are checked on what they become.
 */
public final class RealSources {
  public static final String DATACITE = "Real DataCite examples";
  public static final String ISO = "Real ISO 19139 records";
  public static final String CKAN = "Real CKAN packages";
  private static volatile boolean loaded;

  private RealSources() {}

  public static synchronized List<String> load(AppTest app) {
    if (!loaded) {
      dataCite(app);
      iso(app);
      ckan(app);
      loaded = true;
    }
    return List.of(DATACITE, ISO, CKAN);
  }

  private static void dataCite(AppTest app) {
    try (LocalOaiPmhProvider oai = new LocalOaiPmhProvider(10)) {
      for (Path p : files(GoldenFiles.fixture("datacite-dataverse/datacite/xml-kernel-4/example"))) {
        oai.put("oai:real:" + p.getFileName(), GoldenFiles.read(p).replaceFirst("<\\?xml[^>]*\\?>", ""));
      }
      run(app, """
          {"name":"%s","protocol":"oai-pmh","url":"%s","metadataPrefix":"oai_datacite"}""".formatted(DATACITE, oai.url()));
    }
  }

  private static void iso(AppTest app) {
    try (LocalCswServer csw = new LocalCswServer()) {
      for (Path p : files(GoldenFiles.fixture("csw/pycsw/apiso/data"))) csw.add(GoldenFiles.read(p));
      run(app, """
          {"name":"%s","protocol":"csw","url":"%s","pageSize":"10"}""".formatted(ISO, csw.url()));
    }
  }

  private static void ckan(AppTest app) {
    JsonMapper json = JsonMapper.builder().build();
    JsonNode search = json.readTree(GoldenFiles.read(GoldenFiles.fixture("ckan/demo.ckan.org-2017/packages.json")));
    ObjectNode root = json.createObjectNode().put("success", true);
    ObjectNode result = root.putObject("result");
    result.put("count", search.get("result").get("results").size());
    result.set("results", search.get("result").get("results"));
    byte[] body = json.writeValueAsBytes(root);
    try (LocalHttpServer ckan = new LocalHttpServer(req -> new Reply(200, "application/json",
        req.query().getOrDefault("start", "0").equals("0") ? body : json.writeValueAsBytes(emptyPage(json, result)), Map.of()))) {
      run(app, """
          {"name":"%s","protocol":"ckan","url":"%s","rows":"100"}""".formatted(CKAN, ckan.url("/")));
    }
  }

  private static ObjectNode emptyPage(JsonMapper json, ObjectNode result) {
    ObjectNode root = json.createObjectNode().put("success", true);
    root.putObject("result").put("count", result.get("count").asInt()).putArray("results");
    return root;
  }

  private static void run(AppTest app, String sourceJson) {
    long id = app.createSource(sourceJson);
    JsonNode run = app.harvest(id, true);
    String status = run.get("status").asString();
    if (!status.equals("SUCCEEDED") && !status.equals("PARTIAL")) throw new AssertionError("real source " + run);
  }

  private static List<Path> files(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
