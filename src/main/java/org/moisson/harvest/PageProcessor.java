package org.moisson.harvest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.moisson.mapping.Mappers;
import org.moisson.record.Dataset;
import org.moisson.record.DatasetJson;
import org.moisson.store.DatasetStore;
import org.moisson.store.PayloadCodec;
import org.moisson.store.RecordStore;
import org.moisson.store.RecordWrite;
import org.moisson.store.RunStatus;
import org.moisson.store.RunStore;
import org.moisson.system.Parallel;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns one harvested page into stored changes, all in one transaction with the run's counters and
 * its new checkpoint: after a crash either the whole page is stored and the run resumes after it, or
 * none of it is and the page is fetched again. Unchanged payloads (same hash) are not mapped again.
 * Public so the benchmark ({@code org.moisson.bench}) drives the very code a harvest runs.
 */
@Component
public class PageProcessor {
  private final Mappers mappers = Mappers.defaults();
  private final RecordStore records;
  private final DatasetStore datasets;
  private final RunStore runs;
  private final org.moisson.store.SourceStore sources;
  private final TransactionTemplate tx;

  PageProcessor(RecordStore records, DatasetStore datasets, RunStore runs, org.moisson.store.SourceStore sources,
      TransactionTemplate tx) {
    this.sources = sources;
    this.records = records;
    this.datasets = datasets;
    this.runs = runs;
    this.tx = tx;
  }

  public RunStatus.Counts process(Source source, long runId, Page page, int maxRecordBytes) {
    // The same identifier twice in a page: the last one is the source's latest word.
    Map<String, RawRecord> byId = new LinkedHashMap<>();
    for (RawRecord r : page.records()) byId.put(r.identifier(), r);
    Map<String, RecordStore.Existing> existing = records.existing(source.id(), byId.keySet());

    // Hashing, mapping, writing the JSON and deflating the payload are pure and most of the page's
    // work: on every core, order kept.
    List<Candidate> mapped = Parallel.map(List.copyOf(byId.values()),
        r -> classify(source, r, existing.get(r.identifier()), maxRecordBytes).map(mappers, source).deflate());
    Map<String, String> newKeys = resolveIdentity(source, mapped);

    List<RecordWrite> writes = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    Set<String> touched = new HashSet<>();
    List<RecordFailure> errors = new ArrayList<>(page.failures());
    // A record the source listed but would not serve this time (a 403 on a per-record fetch) is
    // still there: it keeps its stored version instead of being deleted at the end of a full run.
    page.failures().stream().map(RecordFailure::identifier).filter(id -> id != null).forEach(seen::add);
    int created = 0, updated = 0, unchanged = 0, deleted = 0, failed = page.failures().size(), skipped = 0;
    for (Candidate c : mapped) {
      RecordStore.Existing ex = c.existing;
      if (c.outcome instanceof Outcome.Skipped s) {
        seen.add(s.identifier());
        skipped++;
        if (ex != null && !ex.deleted()) {
          // Stored before the source's settings excluded it: it goes, as a deletion would.
          writes.add(new RecordWrite(s.identifier(), RecordWrite.Kind.DELETED, null, null, null,
              c.raw.datestamp(), c.raw.url(), null, null, null));
          if (ex.datasetId() != null) touched.add(ex.datasetId());
          deleted++;
        }
      } else if (c.outcome instanceof Outcome.Unchanged u) {
        seen.add(u.identifier());
        unchanged++;
      } else if (c.outcome instanceof Outcome.Deleted d) {
        writes.add(new RecordWrite(d.identifier(), RecordWrite.Kind.DELETED, null, null, null,
            c.raw.datestamp(), c.raw.url(), null, null, null));
        if (ex.datasetId() != null) touched.add(ex.datasetId());
        deleted++;
      } else if (c.outcome instanceof Outcome.Failed f) {
        writes.add(new RecordWrite(f.identifier(), RecordWrite.Kind.FAILED, c.raw.format(),
            c.payload, null, c.raw.datestamp(), c.raw.url(), null, null, f.failure().message()));
        errors.add(f.failure());
        failed++;
      } else if (c.outcome instanceof Outcome.Created) {
        writes.add(mappedWrite(c));
        touched.add(c.datasetId);
        created++;
      } else if (c.outcome instanceof Outcome.Updated) {
        writes.add(mappedWrite(c));
        touched.add(c.datasetId);
        if (ex.datasetId() != null) touched.add(ex.datasetId());
        updated++;
      }
    }
    RunStatus.Counts counts = new RunStatus.Counts(created, updated, unchanged, deleted, failed, skipped);
    tx.executeWithoutResult(s -> {
      datasets.addKeys(newKeys);
      records.write(source.id(), runId, writes);
      records.markSeen(source.id(), runId, seen);
      datasets.recompose(touched);
      runs.progress(runId, counts, errors, page.nextCursor());
    });
    return counts;
  }

  /**
   * Gives each mapped record its dataset: the one already known by any of its identifiers (the
   * strongest first), else a new one. Returns the identifier keys to remember for new datasets.
   */
  private Map<String, String> resolveIdentity(Source source, List<Candidate> mapped) {
    List<Candidate> withDataset = mapped.stream().filter(c -> c.dataset != null).toList();
    Set<String> allKeys = new HashSet<>();
    withDataset.forEach(c -> allKeys.addAll(DatasetIds.keys(c.dataset)));
    Map<String, String> known = new java.util.HashMap<>(datasets.byKeys(allKeys));
    Map<String, String> added = new LinkedHashMap<>();
    for (Candidate c : withDataset) {
      List<String> keys = DatasetIds.keys(c.dataset);
      c.datasetId = keys.stream().map(known::get).filter(id -> id != null).findFirst()
          .orElseGet(() -> DatasetIds.of(source.id(), c.raw.identifier(), c.dataset));
      for (String k : keys) {
        if (known.putIfAbsent(k, c.datasetId) == null) added.put(k, c.datasetId);
      }
    }
    return added;
  }

  /** After a complete full harvest: the source's records it no longer lists are deleted. */
  int deleteUnseen(Source source, long runId) {
    Map<String, String> gone = records.unseen(source.id(), runId);
    if (gone.isEmpty()) return 0;
    List<RecordWrite> writes = gone.keySet().stream().map(id -> new RecordWrite(id, RecordWrite.Kind.DELETED,
        null, null, null, null, null, null, null, null)).toList();
    Set<String> touched = new HashSet<>();
    gone.values().stream().filter(v -> v != null).forEach(touched::add);
    tx.executeWithoutResult(s -> {
      records.write(source.id(), runId, writes);
      datasets.recompose(touched);
      runs.progress(runId, new RunStatus.Counts(0, 0, 0, gone.size(), 0, 0), List.of(), null);
    });
    return gone.size();
  }

  /** Recomposes the datasets a source holds records of: after its priority or name changed. */
  void recomposeSource(long sourceId) {
    tx.executeWithoutResult(s -> datasets.recompose(records.datasetsOf(sourceId)));
  }

  /** Removes a source with its records and runs; the datasets they made are recomposed. */
  void deleteSource(long sourceId) {
    tx.executeWithoutResult(s -> {
      java.util.Set<String> touched = records.datasetsOf(sourceId);
      records.deleteAll(sourceId);
      datasets.recompose(touched);
      sources.delete(sourceId);
    });
  }

  private static RecordWrite mappedWrite(Candidate c) {
    return new RecordWrite(c.raw.identifier(), RecordWrite.Kind.MAPPED, c.raw.format(), c.payload,
        c.hash, c.raw.datestamp(), c.raw.url(), c.json, c.datasetId, null);
  }

  private static Candidate classify(Source source, RawRecord raw, RecordStore.Existing ex, int maxRecordBytes) {
    Candidate c = new Candidate(raw, ex);
    if (raw.deleted()) {
      // Deleting what was never stored, or twice, changes nothing.
      c.outcome = ex != null && !ex.deleted() ? new Outcome.Deleted(raw.identifier()) : new Outcome.Unchanged(raw.identifier());
      return c;
    }
    if (raw.payload().length() > maxRecordBytes) {
      c.outcome = new Outcome.Failed(raw.identifier(), new RecordFailure(raw.identifier(), raw.url(),
          "record of " + raw.payload().length() / 1024 + " KiB exceeds the limit of " + maxRecordBytes / 1024 + " KiB"));
      return c;
    }
    // Encoded once for the hash and the deflated copy: a payload of a few KB costs microseconds each time.
    c.utf8 = raw.payload().getBytes(StandardCharsets.UTF_8);
    c.hash = DatasetIds.sha256((raw.format() + "\n").getBytes(StandardCharsets.UTF_8), c.utf8);
    if (ex != null && !ex.deleted() && c.hash.equals(ex.hash())) c.outcome = new Outcome.Unchanged(raw.identifier());
    return c;
  }

  /** Setting {@code types}: the resource types (DataCite resourceTypeGeneral) to keep; blank keeps all. */
  static boolean wanted(Source source, Dataset d) {
    String types = source.setting("types", null);
    if (types == null) return true;
    String type = d.resourceType() == null ? null : d.resourceType().general();
    for (String t : types.split(",")) if (t.strip().equalsIgnoreCase(type)) return true;
    return false;
  }

  /** A record on its way through the page: classified first, then mapped when it needs to be. */
  private static final class Candidate {
    final RawRecord raw;
    final RecordStore.Existing existing;
    String hash;
    /** The payload in UTF-8, from the hash to the deflated copy. */
    byte[] utf8;
    Dataset dataset;
    String datasetId;
    /** The mapped dataset as stored, written here so it is written on every core with the mapping. */
    String json;
    /** The raw payload as stored, for the records that are written with it. */
    byte[] payload;
    Outcome outcome;

    Candidate(RawRecord raw, RecordStore.Existing existing) {
      this.raw = raw;
      this.existing = existing;
    }

    Candidate map(Mappers mappers, Source source) {
      if (outcome != null) return this;
      try {
        Dataset d = mappers.forFormat(raw.format()).map(raw.payload());
        if (!wanted(source, d)) {
          outcome = new Outcome.Skipped(raw.identifier());
          return this;
        }
        dataset = d;
        json = DatasetJson.write(d);
        boolean isNew = existing == null || existing.deleted() || existing.datasetId() == null;
        outcome = isNew ? new Outcome.Created(raw.identifier(), d) : new Outcome.Updated(raw.identifier(), d);
      } catch (RuntimeException e) {
        // Mappers throw MappingException; anything else is a mapper bug, reported the same way so the run goes on.
        String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        outcome = new Outcome.Failed(raw.identifier(), new RecordFailure(raw.identifier(), raw.url(), msg));
      }
      return this;
    }

    Candidate deflate() {
      boolean written = outcome instanceof Outcome.Created || outcome instanceof Outcome.Updated
          || outcome instanceof Outcome.Failed;
      if (written) payload = PayloadCodec.deflate(utf8);
      utf8 = null;
      return this;
    }
  }
}
