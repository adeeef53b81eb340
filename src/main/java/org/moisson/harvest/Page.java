package org.moisson.harvest;

import java.util.List;

/**
 * One page of a harvest: the raw records it carried, the records that could not even be read off
 * the page (reported, never silently dropped), and the cursor to the next page (null at the end).
 */
public record Page(List<RawRecord> records, List<RecordFailure> failures, String nextCursor) {
  public Page {
    records = List.copyOf(records);
    failures = List.copyOf(failures);
  }

  public static Page last(List<RawRecord> records) {
    return new Page(records, List.of(), null);
  }
}
