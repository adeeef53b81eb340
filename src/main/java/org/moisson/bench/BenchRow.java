package org.moisson.bench;

import java.util.Map;

/**
 * What the benchmark measured once the catalogue held {@code records} datasets.
 *
 * @param loaded records ingested for this row (the step from the previous size)
 * @param ingestSeconds time in the pipeline for them: {@code PageProcessor.process} plus {@code IndexFeeder.catchUp}
 * @param generateSeconds time spent making the synthetic records, left out of the rate
 * @param processSeconds map + store: every {@code PageProcessor.process} call
 * @param mapSeconds estimated share of mapping in processSeconds, from a second pass that only maps
 * @param indexSeconds every {@code IndexFeeder.catchUp} call (read back, build documents, commit)
 * @param failed records the pipeline reported as failed (0 for a sound corpus)
 * @param jvmCpuSeconds CPU this JVM used while ingesting (generation, and the background merges
 *     and syncs of the index, included), on all cores
 * @param databaseCpuSeconds CPU the embedded PostgreSQL used meanwhile; 0 for an external one
 * @param queries latencies per kind of search
 * @param heapMaxBytes largest heap in use after a collection, since the start of the run
 */
record BenchRow(long records, long loaded, double ingestSeconds, double generateSeconds, double processSeconds,
    double mapSeconds, double indexSeconds, long failed, double jvmCpuSeconds, double databaseCpuSeconds, Map<QueryMix.Kind, Latencies.Stats> queries,
    long heapMaxBytes, long indexBytes, long databaseBytes) {

  double ingestRate() {
    return ingestSeconds <= 0 ? 0 : loaded / ingestSeconds;
  }

  double storeSeconds() {
    return Math.max(0, processSeconds - mapSeconds);
  }
}
