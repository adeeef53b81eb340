package org.moisson.related;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.moisson.record.RelatedResource;

/** Which tab a related resource goes in, the inverse relations, and the links built for identifiers. */
class RelationTabTest {
  @ParameterizedTest(name = "{0} {1} → {2}")
  @CsvSource(nullValues = "-", value = {
      "IsCitedBy, JournalArticle, PUBLICATIONS",
      "IsReferencedBy, -, PUBLICATIONS",
      "IsSupplementTo, Text, PUBLICATIONS",
      "IsSupplementTo, Software, SERVICES",
      "IsCompiledBy, Workflow, SERVICES",
      "References, ComputationalNotebook, SERVICES",
      "Requires, Model, SERVICES",
      "IsDocumentedBy, -, DOCUMENTATION",
      "IsDocumentedBy, Text, DOCUMENTATION",
      "IsDescribedBy, DataPaper, DOCUMENTATION",
      "IsDerivedFrom, Dataset, DATASETS",
      "IsNewVersionOf, -, DATASETS",
      "HasPart, Collection, DATASETS",
      "IsCitedBy, Dataset, DATASETS",
      "IsPartOf, Project, OTHER",
      "-, -, OTHER"})
  void grouping(String relation, String type, RelationTab tab) {
    assertThat(RelationTab.of(relation, type)).isEqualTo(tab);
  }

  @Test
  void inverses() {
    assertThat(RelationTab.inverse("IsDerivedFrom")).isEqualTo("IsSourceOf");
    assertThat(RelationTab.inverse("References")).isEqualTo("IsReferencedBy");
    assertThat(RelationTab.inverse("IsCitedBy")).isEqualTo("Cites");
    assertThat(RelationTab.inverse("IsIdenticalTo")).isEqualTo("IsIdenticalTo");
    assertThat(RelationTab.inverse("SomethingNew")).isEqualTo("SomethingNew");
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(nullValues = "-", value = {
      "10.1000/ABC, DOI, https://doi.org/10.1000/abc",
      "https://doi.org/10.1000/x, DOI, https://doi.org/10.1000/x",
      "10013/epic.10033, Handle, https://hdl.handle.net/10013/epic.10033",
      "arXiv:0706.0001, arXiv, https://arxiv.org/abs/0706.0001",
      "12082125, PMID, https://pubmed.ncbi.nlm.nih.gov/12082125/",
      "https://example.org/doc, URL, https://example.org/doc",
      "9783468111242, EAN13, -",
      "javascript:alert(1), URL, -"})
  void links(String id, String type, String href) {
    assertThat(RelatedLink.href(new RelatedResource(id, type, "References", null))).isEqualTo(href);
  }
}
