package org.moisson.bench;

import java.util.Map;

/**
 * What the benchmark measured once the catalogue held {@code records} datasets.
 *
 * @param loaded records ingested for this row (the step from the previous size)
 * @param ingestSeconds wall time for them, from the first page made to the index caught up; pages are
 *     made, stored and indexed at once, as a harvest fetches, stores and indexes them
 * @param generateWaitSeconds time the pipeline waited for the synthetic records (made on a thread of
 *     their own, so mostly hidden)
 * @param processSeconds map + store: every {@code PageProcessor.process} call
 * @param mapSeconds estimated share of mapping in processSeconds, from a second pass that only maps
 * @param indexWaitSeconds time waited at the end for the index to catch up (indexing runs meanwhile on
 *     the feeder's thread)
 * @param failed records the pipeline reported as failed (0 for a sound corpus)
 * @param jvmCpuSeconds CPU this JVM used while ingesting (generation, and the background merges
 *     and syncs of the index, included), on all cores
 * @param databaseCpuSeconds CPU the embedded PostgreSQL used meanwhile; 0 for an external one
 * @param queries latencies per kind of search
 * @param heapMaxBytes largest heap in use after a collection, since the start of the run
 */
record BenchRow(long records, long loaded, double ingestSeconds, double generateWaitSeconds, double processSeconds,
    double mapSeconds, double indexWaitSeconds, long failed, double jvmCpuSeconds, double databaseCpuSeconds, Map<QueryMix.Kind, Latencies.Stats> queries,
    long heapMaxBytes, long indexBytes, long databaseBytes) {

  double ingestRate() {
    return ingestSeconds <= 0 ? 0 : loaded / ingestSeconds;
  }

  double storeSeconds() {
    return Math.max(0, processSeconds - mapSeconds);
  }
}
