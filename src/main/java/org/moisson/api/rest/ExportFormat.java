package org.moisson.api.rest;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import org.moisson.store.CatalogueReads;

/** How an export writes itself: a start, one row per dataset, an end. */
interface ExportFormat {
  void start(Writer w) throws IOException;

  void row(Writer w, CatalogueReads.Entry e, String base, Map<Long, String> sourceNames) throws IOException;

  void end(Writer w) throws IOException;
}
