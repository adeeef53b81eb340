package org.moisson.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.moisson.search.SearchIndex;
import org.moisson.search.SearchIndexContract;

class LuceneSearchIndexTest extends SearchIndexContract {
  private Path folder;

  @Override
  protected SearchIndex newIndex(Path dir) {
    folder = dir;
    return new LuceneSearchIndex(dir);
  }

  /** Commits are visible at once but synced at most once a second: the last of a burst still reaches the disk. */
  @Test
  void theLastCommitOfABurstReachesTheDiskWithinSeconds() {
    add(doc("a"));
    add(doc("b"));
    add(doc("c"));
    assertThat(index.count()).isEqualTo(3);
    await().atMost(Duration.ofSeconds(10)).until(() -> durableWatermark() == 3);
  }

  /** What a crash would leave: the last Lucene commit on disk, read without the index's help. */
  private long durableWatermark() throws IOException {
    try (Directory d = FSDirectory.open(folder); DirectoryReader r = DirectoryReader.open(d)) {
      return Long.parseLong(r.getIndexCommit().getUserData().getOrDefault("moisson.watermark", "0"));
    }
  }
}
