package org.moisson.harvest.stac;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.moisson.harvest.HarvestContext;
import org.moisson.harvest.HarvestException;
import org.moisson.harvest.HarvestHttp;
import org.moisson.harvest.HttpUrls;
import org.moisson.harvest.Page;
import org.moisson.harvest.RawRecord;
import org.moisson.harvest.RecordFailure;

/**
 * A static STAC catalog: its child links followed, on the catalog's host, at most {@link #MAX_DEPTH}
 * levels down and {@link #MAX_DOCUMENTS} documents in all; every Collection met is a record.
 * A child that is refused (404…) or is not JSON is reported and the walk goes on; a server that
 * cannot be reached fails the page.
 *
 * <p>The whole walk is one page. A static catalog is a tree of files with no paging to resume
 * from, and catalogs that publish collections (not items) are small: a cursor would have to carry
 * the queue of the walk to be worth its complexity. A record's identifier is its URL, not its id:
 * the specification's own example catalog holds two different collections both named "sentinel-2".
 */
final class StacCatalogWalk {
  static final int MAX_DEPTH = 3;
  static final int MAX_DOCUMENTS = 1000;

  private record Node(URI url, int depth) {}

  private StacCatalogWalk() {}

  static Page walk(StacDocument root, HarvestContext ctx) throws HarvestException {
    List<RawRecord> records = new ArrayList<>();
    List<RecordFailure> failures = new ArrayList<>();
    Set<URI> seen = new HashSet<>(List.of(root.url()));
    Deque<Node> queue = new ArrayDeque<>();
    visit(root, 0, root.url(), queue, seen, records);
    int fetched = 1;
    while (!queue.isEmpty()) {
      Node n = queue.removeFirst();
      if (fetched++ >= MAX_DOCUMENTS) {
        failures.add(new RecordFailure(null, n.url().toString(), "catalog larger than " + MAX_DOCUMENTS
            + " documents: the rest is not read"));
        break;
      }
      StacDocument doc;
      try {
        doc = StacDocument.fetch(n.url(), ctx);
      } catch (HarvestHttp.RefusedException e) {
        failures.add(new RecordFailure(n.url().toString(), n.url().toString(), "child link refused: HTTP " + e.status()));
        continue;
      } catch (StacDocument.UnreadableException e) {
        failures.add(new RecordFailure(n.url().toString(), n.url().toString(), e.getMessage()));
        continue;
      }
      visit(doc, n.depth(), root.url(), queue, seen, records);
    }
    return new Page(records, failures, null);
  }

  private static void visit(StacDocument doc, int depth, URI root, Deque<Node> queue, Set<URI> seen,
      List<RawRecord> records) {
    if (doc.isCollection()) {
      records.add(new RawRecord(doc.url().toString(), StacHarvester.FORMAT, doc.text(), doc.updated(), false,
          doc.url().toString()));
    }
    if (depth >= MAX_DEPTH) return;
    for (URI child : doc.links("child")) {
      // Catalogs link to catalogs of other hosts: those are other sources, not this one's records.
      if (HttpUrls.sameHost(child, root) && seen.add(child)) queue.addLast(new Node(child, depth + 1));
    }
  }
}
