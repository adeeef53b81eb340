package org.moisson.harvest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.moisson.search.SearchIndex;
import org.moisson.system.MoissonProperties;
import org.moisson.vocabulary.Thesaurus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the index at start when the thesauri differ from those its datasets were classified with
 * (a setting or a file changed, or an index from before classification), so concepts never go
 * stale. The fingerprint of the last classification is kept in {@code <home>/vocabulary.sha256}.
 */
@Component
class VocabularyChange {
  private static final Logger log = LoggerFactory.getLogger(VocabularyChange.class);

  private final Thesaurus thesaurus;
  private final IndexFeeder feeder;
  private final SearchIndex index;
  private final Path file;

  VocabularyChange(Thesaurus thesaurus, IndexFeeder feeder, SearchIndex index, MoissonProperties props) {
    this.thesaurus = thesaurus;
    this.feeder = feeder;
    this.index = index;
    this.file = props.home().resolve("vocabulary.sha256");
    // An empty index is filled by this process, with these thesauri: mark them at once, since a
    // command (the benchmark) may fill it and exit without the application ever being ready.
    if (index.count() == 0 && !thesaurus.fingerprint().equals(stored())) write();
  }

  /** Before the start-up catch-up of {@link HarvestService}, which then has nothing left to do. */
  @EventListener(ApplicationReadyEvent.class)
  @Order(-1)
  void rebuildWhenChanged() {
    if (thesaurus.fingerprint().equals(stored())) return;
    if (index.count() > 0) {
      log.info("rebuilding the index: its thesauri are not those configured (or not recorded in {})", file);
      long t0 = System.nanoTime();
      int n = feeder.rebuild();
      log.info("thesauri changed since the last indexing: index rebuilt ({} datasets, {} s)", n,
          (System.nanoTime() - t0) / 1_000_000_000);
    }
    write();
  }

  private String stored() {
    try {
      return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8).strip() : null;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private void write() {
    try {
      Files.writeString(file, thesaurus.fingerprint() + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
