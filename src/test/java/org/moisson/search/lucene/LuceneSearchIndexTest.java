package org.moisson.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.moisson.record.Dataset;
import org.moisson.record.LangText;
import org.moisson.search.IndexedDataset;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.moisson.search.SearchIndex;
import org.moisson.search.SearchIndexContract;
import org.moisson.search.SearchQuery;

class LuceneSearchIndexTest extends SearchIndexContract {
  private Path folder;

  @Override
  protected SearchIndex newIndex(Path dir) {
    folder = dir;
    return new LuceneSearchIndex(dir);
  }

  @Test
  void inMemoryIndexWorks() {
    var b = Dataset.builder();
    b.titles.add(LangText.of("fr", "Océan"));
    try (SearchIndex memory = LuceneSearchIndex.inMemory()) {
      memory.index(List.of(new IndexedDataset("m", b.build(), List.of())));
      memory.commit(3);
      assertThat(memory.search(SearchQuery.text("ocean")).total()).isEqualTo(1);
      assertThat(memory.watermark()).isEqualTo(3);
    }
  }

  @Test
  void aFolderInUseIsRefusedWithAReason() {
    assertThatThrownBy(() -> new LuceneSearchIndex(dir))
        .isInstanceOf(UncheckedIOException.class).hasMessageContaining("another process");
  }

  /**
   * A search that starts after a commit returned sees it, even while other readers are refreshing
   * (the refresh is the first read's, and the others wait for it rather than read the old view).
   */
  @Test
  void aReadAfterACommitSeesItWhileOthersRefresh() throws Exception {
    AtomicBoolean done = new AtomicBoolean();
    ExecutorService readers = Executors.newFixedThreadPool(3);
    try {
      for (int r = 0; r < 2; r++) {
        readers.submit(() -> {
          while (!done.get()) index.search(SearchQuery.all());
        });
      }
      for (int i = 1; i <= 150; i++) {
        String word = "word" + i;
        add(doc("d" + i).title("en", word));
        long seen = readers.submit(() -> index.search(SearchQuery.text(word)).total()).get();
        assertThat(seen).as("a search started after commit %d", i).isEqualTo(1);
      }
    } finally {
      done.set(true);
      readers.shutdown();
      readers.awaitTermination(10, TimeUnit.SECONDS);
    }
  }

  /** Commits are visible at once but synced at most every 10 s: the last of a burst still reaches the disk. */
  @Test
  void theLastCommitOfABurstReachesTheDiskWithinSeconds() throws IOException {
    add(doc("a"));
    add(doc("b"));
    add(doc("c"));
    assertThat(index.count()).isEqualTo(3);
    assertThat(durableWatermark()).as("the first commit syncs, the burst after it waits").isLessThan(3);
    await().atMost(Duration.ofSeconds(25)).until(() -> durableWatermark() == 3);
  }

  /** What a crash would leave: the last Lucene commit on disk, read without the index's help. */
  private long durableWatermark() throws IOException {
    try (Directory d = FSDirectory.open(folder); DirectoryReader r = DirectoryReader.open(d)) {
      return Long.parseLong(r.getIndexCommit().getUserData().getOrDefault("moisson.watermark", "0"));
    }
  }
}
