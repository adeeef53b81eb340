package org.moisson.api.rest;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.Objects;
import org.moisson.store.CatalogueReads;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** A JSON array of whole datasets (the model's JSON) with their id, page and sources, one at a time. */
final class JsonExport implements ExportFormat {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private boolean first = true;

  @Override
  public void start(Writer w) throws IOException {
    w.write("[");
  }

  @Override
  public void row(Writer w, CatalogueReads.Entry e, String base, Map<Long, String> names) throws IOException {
    ObjectNode item = JSON.createObjectNode().put("id", e.id()).put("url", base + "/datasets/" + e.id());
    var sources = item.putArray("sources");
    e.sourceIds().stream().map(names::get).filter(Objects::nonNull).forEach(sources::add);
    item.setAll((ObjectNode) JSON.readTree(e.json()));
    w.write(first ? "\n" : ",\n");
    first = false;
    w.write(JSON.writeValueAsString(item));
  }

  @Override
  public void end(Writer w) throws IOException {
    w.write("\n]\n");
  }
}
