package org.moisson.search.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.moisson.search.SearchIndex;
import org.moisson.search.SearchIndexContract;
import org.moisson.search.SearchQuery;

/** The contract on a real three-node cluster; each test gets its own alias, named after its folder. */
class OpenSearchSearchIndexTest extends SearchIndexContract {

  @Override
  protected SearchIndex newIndex(Path dir) {
    String name = "contract-" + Integer.toHexString(dir.toAbsolutePath().toString().hashCode()).toLowerCase(Locale.ROOT);
    return OpenSearchSearchIndex.open(OpenSearchTestCluster.settings(name));
  }

  /** Runs before the contract closes the index: the cluster outlives the test. */
  @AfterEach
  void dropIndex() {
    ((OpenSearchSearchIndex) index).drop();
  }

  /**
   * A new mapping version is built beside the old index while readers keep using the old one, and
   * the alias moves, in one request, once the new index holds all the old one did.
   */
  @Test
  void aNewMappingVersionIsBuiltBesideTheOldOneWithoutDowntime() throws Exception {
    OpenSearchSettings settings = OpenSearchTestCluster.settings("migrate-" + UUID.randomUUID().toString().substring(0, 8));
    try (OpenSearchSearchIndex v1 = OpenSearchSearchIndex.open(settings, 1, 1, 1)) {
      v1.index(List.of(doc("a").title("en", "Alpha").build(), doc("b").title("en", "Beta").build()));
      v1.commit(2);
      assertThat(v1.readIndex()).isEqualTo(settings.index() + "-v1");
    }
    try (OpenSearchSearchIndex v2 = OpenSearchSearchIndex.open(settings, 2, 1, 1)) {
      assertThat(v2.targetIndex()).isEqualTo(settings.index() + "-v2");
      assertThat(v2.readIndex()).isEqualTo(settings.index() + "-v1");
      assertThat(v2.watermark()).as("the new index starts empty, to be fed from the database").isZero();
      AtomicBoolean done = new AtomicBoolean();
      List<Long> totals = new CopyOnWriteArrayList<>();
      List<Throwable> errors = new CopyOnWriteArrayList<>();
      Thread reader = new Thread(() -> {
        while (!done.get()) {
          try {
            totals.add(v2.search(SearchQuery.text("alpha OR beta")).total());
          } catch (Throwable t) {
            errors.add(t);
          }
        }
      });
      reader.start();
      try {
        v2.index(List.of(doc("a").title("en", "Alpha").build()));
        v2.commit(1);
        assertThat(v2.readIndex()).as("not caught up yet").isEqualTo(settings.index() + "-v1");
        v2.index(List.of(doc("b").title("en", "Beta").build()));
        v2.commit(2);
        assertThat(v2.readIndex()).isEqualTo(settings.index() + "-v2");
        Thread.sleep(300);
      } finally {
        done.set(true);
        reader.join();
      }
      assertThat(errors).isEmpty();
      assertThat(totals).isNotEmpty().containsOnly(2L);
      assertThat(v2.count()).isEqualTo(2);
    }
    try (OpenSearchSearchIndex again = OpenSearchSearchIndex.open(settings, 2, 1, 1)) {
      assertThat(again.readIndex()).isEqualTo(settings.index() + "-v2");
      assertThat(again.watermark()).isEqualTo(2);
      try (OpenSearchSearchIndex older = OpenSearchSearchIndex.open(settings, 1, 1, 1)) {
        older.commit(5);
        assertThat(older.readIndex()).as("an older node never moves the alias back").isEqualTo(settings.index() + "-v2");
        older.drop();
      }
      again.drop();
    }
  }
}
