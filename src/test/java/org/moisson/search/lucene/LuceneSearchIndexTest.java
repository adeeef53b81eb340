package org.moisson.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.moisson.record.Dataset;
import org.moisson.record.LangText;
import org.moisson.search.IndexedDataset;
import org.moisson.search.SearchIndex;
import org.moisson.search.SearchIndexContract;
import org.moisson.search.SearchQuery;

class LuceneSearchIndexTest extends SearchIndexContract {
  @Override
  protected SearchIndex newIndex(Path dir) {
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
}
