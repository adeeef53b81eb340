package org.moisson.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.moisson.vocabulary.TestThesauri.GCMD;
import static org.moisson.vocabulary.TestThesauri.THEMES;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.moisson.record.Dataset;
import org.moisson.record.DatasetBuilder;
import org.moisson.record.Keyword;
import org.moisson.search.SearchResult.FacetCount;

/** The tree API pages use: themes, slugs, breadcrumbs, labels with fallback, and the facet as a tree. */
class ConceptTreeTest {
  private final Thesaurus thesaurus = TestThesauri.all();
  private final ConceptTree tree = new ConceptTree(thesaurus, new Classifier(thesaurus));

  @Test
  void themesSlugsAndBreadcrumbs() {
    assertThat(tree.themes()).extracting(tree::slug).containsExactly("solid-earth", "oceans", "atmosphere", "climate",
        "biodiversity", "continental-surfaces", "agro-environment");
    Concept aod = tree.bySlug("aerosol-optical-depth").orElseThrow();
    assertThat(tree.path(aod.uri())).extracting(c -> c.label("fr"))
        .containsExactly("Atmosphère", "Aérosols", "Épaisseur optique des aérosols");
    assertThat(tree.bySlug("../etc")).isEmpty();
    assertThat(tree.slug(thesaurus.concept(GCMD + "2e5a401b-1507-4f57-82b8-36557c13b154").orElseThrow())).isNull();
    assertThat(tree.label("https://unknown.example/x", "fr")).isEqualTo("https://unknown.example/x");
    assertThat(tree.label(GCMD + "2e5a401b-1507-4f57-82b8-36557c13b154", "fr")).isEqualTo("AEROSOLS");
  }

  @Test
  void facetCountsBecomeATreeThemesFirst() {
    List<FacetCount> counts = List.of(
        new FacetCount(GCMD + "c47f6052-634e-40ef-a5ac-13f69f6f4c2a", 9), // GCMD ATMOSPHERE
        new FacetCount(THEMES + "atmosphere", 5),
        new FacetCount(THEMES + "oceans", 7),
        new FacetCount(THEMES + "aerosols", 3),
        new FacetCount(THEMES + "aerosol-optical-depth", 2),
        new FacetCount(THEMES + "ozone", 0),
        new FacetCount("https://unknown.example/gone", 4));
    List<ConceptTree.Node> roots = tree.facetTree(counts, "fr");
    assertThat(roots).extracting(ConceptTree.Node::label).containsExactly("Océans", "Atmosphère", "ATMOSPHERE");
    ConceptTree.Node atmosphere = roots.get(1);
    assertThat(atmosphere.count()).isEqualTo(5);
    assertThat(atmosphere.children()).extracting(ConceptTree.Node::label).containsExactly("Aérosols");
    assertThat(atmosphere.children().get(0).children()).extracting(ConceptTree.Node::label, ConceptTree.Node::count)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Épaisseur optique des aérosols", 2L));
    assertThat(tree.facetTree(counts, "en").get(1).label()).isEqualTo("Atmosphere");
    assertThat(tree.facetTree(null, "en")).isEmpty();
  }

  @Test
  void aDatasetsConceptsAreTheMostSpecificThemeOnesFirst() {
    DatasetBuilder b = Dataset.builder();
    b.keyword(new Keyword("EARTH SCIENCE > ATMOSPHERE > AEROSOLS", "GCMD Science Keywords", null));
    b.keyword(new Keyword("Atmosphere", "Moisson themes", null));
    List<ConceptTree.Ref> refs = tree.conceptsOf(b.build(), "fr");
    // The theme Atmosphère is an ancestor of Aérosols, so left out; GEMET's "atmosphère" matched too.
    assertThat(refs).extracting(ConceptTree.Ref::label).containsExactly("Aérosols", "AEROSOLS", "atmosphère");
    assertThat(refs.get(0).scheme()).isEqualTo("Thèmes Moisson");
    assertThat(refs.get(0).uri()).isEqualTo(THEMES + "aerosols");
  }
}
