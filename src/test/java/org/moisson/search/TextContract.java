package org.moisson.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.moisson.record.Dataset;

/**
 * What every {@link SearchIndex} backend must do with text: analysis in both languages, phrases,
 * operators, ranking, and what a hit carries. Part of the contract {@link SearchIndexContract}.
 */
public abstract class TextContract extends ConceptsAndCompletionContract {
  // ---- text ---------------------------------------------------------------------------------

  @Test
  void emptyTextFindsEverything() {
    add(doc("a").title("en", "Soil"), doc("b").title("fr", "Sol"), doc("c"));
    assertThat(index.search(SearchQuery.all()).total()).isEqualTo(3);
    assertThat(ids(SearchQuery.text("  "))).containsExactlyInAnyOrder("a", "b", "c");
  }

  @Test
  void accentsAndCaseAreFolded() {
    add(doc("fr").title("fr", "Écologie des sols"), doc("plain").title("fr", "ECOLOGIE marine"),
        doc("other").title("fr", "Hydrologie"));
    assertThat(idSet("Ecologie")).containsExactlyInAnyOrder("fr", "plain");
    assertThat(idSet("écologie")).containsExactlyInAnyOrder("fr", "plain");
    assertThat(idSet("ÉCOLOGIE")).containsExactlyInAnyOrder("fr", "plain");
  }

  @Test
  void frenchPluralsAndElisionMatch() {
    add(doc("atl").title("fr", "L'océan Atlantique"), doc("eau").title("fr", "Qualités de l’eau"),
        doc("other").title("fr", "Forêts tropicales"));
    assertThat(idSet("oceans")).containsExactly("atl");
    assertThat(idSet("l'Océan")).containsExactly("atl");
    assertThat(idSet("eau qualité")).containsExactly("eau");
    assertThat(idSet("forêt")).containsExactly("other");
  }

  @Test
  void englishStemsMatch() {
    add(doc("m").title("en", "Soil moisture measurement"), doc("o").title("en", "Ocean colour"));
    assertThat(idSet("measurements")).containsExactly("m");
    assertThat(idSet("Measuring")).containsExactly("m");
    assertThat(idSet("oceans")).containsExactly("o");
  }

  /** A text its source tags is analysed in that language only, an untagged one in both; exact words match either way. */
  @Test
  void taggedTextIsStemmedInItsLanguageOnly() {
    add(doc("fr").title("fr", "Campagne measuring"), doc("en").title("en", "Measuring campaign"),
        doc("both").title(null, "Measuring campagne"),
        doc("frDesc").description("fr", "Chevaux sauvages"), doc("enDesc").description("en", "Chevaux of the Camargue"),
        doc("bothDesc").description(null, "Chevaux et taureaux"));
    assertThat(idSet("measurements")).containsExactlyInAnyOrder("en", "both");
    assertThat(idSet("measuring")).containsExactlyInAnyOrder("fr", "en", "both");
    assertThat(idSet("cheval")).containsExactlyInAnyOrder("frDesc", "bothDesc");
    assertThat(idSet("chevaux")).containsExactlyInAnyOrder("frDesc", "enDesc", "bothDesc");
  }

  @Test
  void everyTextFieldIsSearched() {
    add(doc("desc").description("en", "Chlorophyll concentration in coastal waters"),
        doc("kw").keywords("bathymetry"),
        doc("creator").creator("Marie Curie-Sklodowska"),
        doc("pub").publisher("Ifremer"),
        doc("place").place("Golfe de Gascogne"),
        doc("none").title("en", "Nothing relevant"));
    assertThat(idSet("chlorophyll")).containsExactly("desc");
    assertThat(idSet("bathymetry")).containsExactly("kw");
    assertThat(idSet("curie")).containsExactly("creator");
    assertThat(idSet("ifremer")).containsExactly("pub");
    assertThat(idSet("gascogne")).containsExactly("place");
  }

  @Test
  void phraseNeedsTheWordsInOrder() {
    add(doc("yes").title("en", "Sea surface temperature"),
        doc("no").title("en", "Temperature at the surface of the sea"));
    assertThat(idSet("\"sea surface\"")).containsExactly("yes");
    assertThat(idSet("sea surface")).containsExactlyInAnyOrder("yes", "no");
    assertThat(idSet("\"Sea Surfaces Temperatures\"")).containsExactly("yes");
  }

  @Test
  void phraseDoesNotSpanTwoValues() {
    add(doc("two").keywords("deep sea", "surface water"), doc("one").keywords("sea surface"));
    assertThat(idSet("\"sea surface\"")).containsExactly("one");
  }

  @Test
  void hyphenatedWordsMatchTheirParts() {
    add(doc("a").title("en", "Sea level rise"), doc("b").title("en", "Level of the sea"));
    assertThat(idSet("sea-level")).containsExactly("a");
  }

  @Test
  void booleanOperators() {
    add(doc("soil").title("en", "Soil moisture"), doc("water").title("en", "Water quality"),
        doc("both").title("en", "Soil water balance"));
    assertThat(idSet("soil water")).containsExactly("both");
    assertThat(idSet("soil AND water")).containsExactly("both");
    assertThat(idSet("soil OR water")).containsExactlyInAnyOrder("soil", "water", "both");
    assertThat(idSet("soil NOT water")).containsExactly("soil");
    assertThat(idSet("soil -water")).containsExactly("soil");
    assertThat(idSet("(soil OR water) -balance")).containsExactlyInAnyOrder("soil", "water");
    assertThat(idSet("moisture OR quality balance")).containsExactly("soil");
    assertThat(idSet("moisture OR (quality OR balance)")).containsExactlyInAnyOrder("soil", "water", "both");
  }

  @Test
  void onlyNegativeClausesMeanEverythingElse() {
    add(doc("soil").title("en", "Soil moisture"), doc("water").title("en", "Water quality"), doc("empty"));
    assertThat(idSet("NOT soil")).containsExactlyInAnyOrder("water", "empty");
    assertThat(idSet("-soil -quality")).containsExactly("empty");
  }

  @Test
  void commonLowerCaseWordsDoNotRejectMatches() {
    add(doc("a").title("en", "Soil, water balance"), doc("b").title("en", "Water"));
    assertThat(idSet("soil and water")).containsExactly("a");
  }

  @Test
  void titleMatchesRankAboveOtherMatches() {
    add(doc("desc").title("en", "Alpine hydrology").description("en", "Rivers fed by glacier melt").issued("2020"),
        doc("title").title("en", "Glacier mass balance").description("en", "Annual surveys").issued("2000"));
    assertThat(ids(SearchQuery.text("glacier"))).containsExactly("title", "desc");
    assertThat(ids(SearchQuery.text("glacier").sort(SortOrder.DATE))).containsExactly("desc", "title");
  }

  @Test
  void hitCarriesTheWholeDatasetAndItsSources() {
    Dataset full = fullDataset();
    index.index(List.of(new IndexedDataset("full", full, List.of("Zenodo", "Seanoe"))));
    index.commit(1);
    SearchResult r = index.search(SearchQuery.text("salinité"));
    assertThat(r.total()).isEqualTo(1);
    SearchResult.Hit hit = r.hits().get(0);
    assertThat(hit.id()).isEqualTo("full");
    assertThat(hit.dataset()).isEqualTo(full);
    assertThat(hit.sources()).containsExactly("Zenodo", "Seanoe");
    assertThat(hit.score()).isPositive();
  }
}
