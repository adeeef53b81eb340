package org.moisson.search.lucene;

import java.nio.file.Path;
import org.moisson.search.SearchIndex;
import org.moisson.search.SearchIndexContract;

class LuceneSearchIndexTest extends SearchIndexContract {
  @Override
  protected SearchIndex newIndex(Path dir) {
    return new LuceneSearchIndex(dir);
  }
}
