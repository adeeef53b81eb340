package org.moisson.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.moisson.record.Dataset;
import org.moisson.record.LangText;
import org.moisson.search.IndexedDataset;
import org.moisson.search.lucene.LuceneSearchIndex;
import org.moisson.support.TestHomes;
import org.moisson.system.MoissonProperties;
import org.moisson.vocabulary.TestThesauri;
import org.moisson.vocabulary.Thesaurus;

/**
 * Which thesauri an index was classified with is known from the start: a command that fills an
 * empty index and exits before the application is ready (the benchmark) leaves a home the portal
 * then starts on without rebuilding it.
 */
class VocabularyChangeTest {
  private final Thesaurus themes = TestThesauri.defaultThemes();

  @Test
  void anEmptyIndexIsMarkedAsClassifiedWithTheCurrentThesauriAtOnce() throws Exception {
    Path home = TestHomes.create("vocabulary-empty");
    try (LuceneSearchIndex index = new LuceneSearchIndex(home.resolve("index"))) {
      new VocabularyChange(themes, null, index, properties(home));
    }
    assertThat(Files.readString(home.resolve("vocabulary.sha256")).strip()).isEqualTo(themes.fingerprint());
  }

  @Test
  void anIndexOfUnknownClassificationIsLeftForTheRebuildAtReadiness() throws Exception {
    Path home = TestHomes.create("vocabulary-filled");
    try (LuceneSearchIndex index = new LuceneSearchIndex(home.resolve("index"))) {
      var b = Dataset.builder();
      b.titles.add(LangText.of("en", "Sea surface temperature"));
      index.index(List.of(new IndexedDataset("d1", b.build(), List.of())));
      index.commit(1);
      new VocabularyChange(themes, null, index, properties(home));
    }
    assertThat(home.resolve("vocabulary.sha256")).doesNotExist();
  }

  private static MoissonProperties properties(Path home) {
    return new MoissonProperties(home, null, false, null, null);
  }
}
