package org.moisson.search.opensearch;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.moisson.search.SearchIndex;
import org.moisson.search.SearchIndexContract;

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
}
