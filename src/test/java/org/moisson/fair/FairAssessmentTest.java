package org.moisson.fair;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.moisson.mapping.GoldenFiles;
import org.moisson.mapping.Mappers;
import org.moisson.record.Agent;
import org.moisson.record.Dataset;
import org.moisson.record.Distribution;
import org.moisson.record.Identifier;
import org.moisson.record.Keyword;
import org.moisson.record.LangText;
import org.moisson.record.Licence;
import org.moisson.record.Period;
import org.moisson.record.RelatedResource;

/** Each indicator met or not, with what is missing, and the per-principle weights. */
class FairAssessmentTest {
  private static final FairInput EMPTY = new FairInput(Dataset.builder().build(), Set.of(), Set.of());

  private static FairAssessment.Result result(FairAssessment a, FairIndicator i) {
    return a.results().stream().filter(r -> r.indicator() == i).findFirst().orElseThrow();
  }

  @Test
  void anEmptyRecordMeetsNothingAndSaysWhatIsMissing() {
    FairAssessment a = FairAssessment.of(EMPTY);
    assertThat(a.metIds()).isEmpty();
    assertThat(a.percents().values()).containsOnly(0);
    assertThat(result(a, FairIndicator.F2).missing())
        .containsExactly("title", "description", "creator", "keyword", "date", "coverage");
    assertThat(result(a, FairIndicator.R1_2).missing()).containsExactly("creator", "publisher", "date");
  }

  @Test
  void aCompleteRecordMeetsEveryIndicator() {
    var b = Dataset.builder();
    b.identifier(Identifier.parse("doi:10.1234/x"));
    b.titles.add(LangText.of("en", "Soil moisture"));
    b.descriptions.add(LangText.of("en", "Daily soil moisture at twelve stations of the observatory network."));
    b.creators.add(Agent.named("Martin, Claire"));
    b.publisher = Agent.organization("Repository");
    b.issued = "2021";
    b.keyword(new Keyword("SOIL MOISTURE", "GCMD", "https://gcmd.example/concept/1"));
    b.temporal.add(new Period("2015", "2020"));
    b.licence = new Licence("CC-BY-4.0", null, null);
    b.accessRights = "open";
    b.landingPage = "https://repo.example/ds/1";
    b.distributions.add(new Distribution("data", "NetCDF", null, "https://repo.example/ds/1/data.nc", null, 12L, null));
    b.related.add(new RelatedResource("10.1000/paper", "DOI", "IsCitedBy", "JournalArticle"));
    FairAssessment a = FairAssessment.of(new FairInput(b.build(), Set.of("oai-pmh"), Set.of("datacite")));
    assertThat(a.results()).allSatisfy(r -> assertThat(r.met()).as(r.indicator().id()).isTrue());
    assertThat(a.percents().values()).containsOnly(100);
  }

  @Test
  void weightsMakeThePercentages() {
    var b = Dataset.builder();
    b.identifier(Identifier.parse("doi:10.1234/x"));
    // F: F1 (2) of F1 2 + F2 2 + F3 1 + F4 1 = 2/6.
    FairAssessment a = FairAssessment.of(new FairInput(b.build(), Set.of(), Set.of()));
    assertThat(a.percent(FairIndicator.Principle.F)).isEqualTo(33);
    // A: A1 (2) of 3, through the DOI's https resolver.
    assertThat(a.percent(FairIndicator.Principle.A)).isEqualTo(67);
  }

  @Test
  void aLicenceGivenAsTextOnlyIsNotMachineReadable() {
    var b = Dataset.builder();
    b.licence = new Licence(null, null, "Conditions unknown");
    assertThat(result(FairAssessment.of(new FairInput(b.build(), Set.of(), Set.of())), FairIndicator.R1_1).met()).isFalse();
    b.licence = new Licence(null, "https://creativecommons.org/licenses/by/4.0/", null);
    assertThat(result(FairAssessment.of(new FairInput(b.build(), Set.of(), Set.of())), FairIndicator.R1_1).met()).isTrue();
  }

  @Test
  void protocolsAndFormatsDecideHarvestabilityAndStandards() {
    FairAssessment demo = FairAssessment.of(new FairInput(Dataset.builder().build(), Set.of("demo"), Set.of("moisson-json")));
    assertThat(result(demo, FairIndicator.F4).met()).isFalse();
    assertThat(result(demo, FairIndicator.I1).met()).isFalse();
    FairAssessment dc = FairAssessment.of(new FairInput(Dataset.builder().build(), Set.of("oai-pmh"), Set.of("oai_dc")));
    assertThat(result(dc, FairIndicator.F4).met()).isTrue();
    assertThat(result(dc, FairIndicator.I1).met()).isTrue();
    assertThat(result(dc, FairIndicator.R1_3).met()).as("Dublin Core is formal but not a community standard").isFalse();
  }

  /** A real record: the DataCite "full" example meets every indicator but access rights (it states none). */
  @Test
  void theDataCiteFullExample() {
    Dataset d = Mappers.defaults().forFormat("datacite").map(GoldenFiles.read(GoldenFiles.fixture(
        "datacite-dataverse/datacite/xml-kernel-4/example/datacite-example-full-v4.xml")));
    FairAssessment a = FairAssessment.of(new FairInput(d, Set.of("oai-pmh"), Set.of("datacite")));
    assertThat(a.results().stream().filter(r -> !r.met()).map(r -> r.indicator().id()).toList())
        .isEqualTo(List.of("F2", "A1.2"));
    assertThat(result(a, FairIndicator.F2).missing()).containsExactly("description");
  }

  @Test
  void indicatorIdsAreUniqueAndHaveMessageKeys() {
    assertThat(java.util.Arrays.stream(FairIndicator.values()).map(FairIndicator::id).distinct().count())
        .isEqualTo(FairIndicator.values().length);
    assertThat(FairIndicator.A1_2.messageKey()).isEqualTo("a1_2");
    assertThat(FairIndicator.R1_3_D.messageKey()).isEqualTo("r1_3_d");
  }
}
