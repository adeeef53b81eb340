package org.moisson.harvest;

import org.moisson.harvest.RecordFailure;
import org.moisson.record.Dataset;

/** What one harvested record did to the catalogue. */
sealed interface Outcome {
  String identifier();

  record Created(String identifier, Dataset dataset) implements Outcome {}

  record Updated(String identifier, Dataset dataset) implements Outcome {}

  record Unchanged(String identifier) implements Outcome {}

  record Deleted(String identifier) implements Outcome {}

  record Failed(String identifier, RecordFailure failure) implements Outcome {}

  /** Left out by the source's settings (a resource type it does not want). */
  record Skipped(String identifier) implements Outcome {}
}
