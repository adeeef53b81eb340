package org.moisson.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.moisson.record.BoundingBox;
import org.moisson.record.Dataset;
import org.moisson.record.Keyword;
import org.moisson.record.Period;

/** The pure pieces of the dataset page, and the open-with links. */
class DatasetViewsTest {
  @Test
  void harvestedTextBecomesParagraphs() {
    assertThat(DatasetViews.paragraphs("One.\n\n\nTwo <b>x</b>\r\nThree")).containsExactly("One.", "Two <b>x</b>", "Three");
    assertThat(DatasetViews.paragraphs(null)).isEmpty();
  }

  @Test
  void keywordsAreGroupedByThesaurusFreeOnesLast() {
    var b = Dataset.builder();
    b.keyword(Keyword.of("free"));
    b.keyword(new Keyword("SOIL", "GCMD", "https://gcmd.example/c/1"));
    b.keyword(new Keyword("eau", "GEMET", null));
    Map<String, List<DatasetViews.Link>> g = DatasetViews.keywordGroups(b.build());
    assertThat(g.keySet()).containsExactly("GCMD", "GEMET", "");
    assertThat(g.get("GCMD").get(0).href()).isEqualTo("/search?concept=https://gcmd.example/c/1");
    assertThat(g.get("").get(0).href()).isEqualTo("/search?keyword=free");
    assertThat(DatasetViews.search("keyword", "a&b c")).isEqualTo("/search?keyword=a%26b%20c");
  }

  @Test
  void timeBarsShareOneAxis() {
    List<DatasetViews.TimeBar> bars = DatasetViews.timeBars(List.of(new Period("2000", "2009"), new Period("2010-01-01", "2019-12-31")));
    assertThat(bars).hasSize(2);
    assertThat(bars.get(0).left()).isEqualTo(0.0);
    assertThat(bars.get(1).left()).isBetween(49.0, 51.0);
    assertThat(bars.get(1).left() + bars.get(1).width()).isLessThanOrEqualTo(100.0);
  }

  @Test
  void aBoxAcrossTheAntimeridianRunsEastPast180() {
    var b = Dataset.builder();
    b.boxes.add(new BoundingBox(170, -20, -170, 10));
    assertThat(DatasetViews.geoJson(b.build())).contains("[190.0,-20.0]").contains("\"Polygon\"");
    assertThat(DatasetViews.geoJson(Dataset.builder().build())).isNull();
  }

  @Test
  void sizesInDecimalUnits() {
    assertThat(DatasetViews.size(999L)).isEqualTo("999 B");
    assertThat(DatasetViews.size(1_234_567L)).isEqualTo("1.2 MB");
    assertThat(DatasetViews.size(null)).isNull();
  }

  @Test
  void openWithFillsPlaceholdersEncodedAndSkipsToolsMissingAValue() {
    var tools = List.of(new OpenWithSettings.Tool("JupyterHub", "https://jupyter.example/hub?doi={doi}&t={title}"),
        new OpenWithSettings.Tool("Viewer", "https://viewer.example/?url={landingPage}"),
        new OpenWithSettings.Tool("Typo", "https://x.example/{nope}"),
        new OpenWithSettings.Tool("Bad scheme", "javascript:alert('{id}')"));
    Map<String, String> values = new java.util.HashMap<>(Map.of("id", "abc", "doi", "10.1/x y", "title", "Sols & eaux"));
    List<OpenWithLinks.Link> links = OpenWithLinks.build(tools, values, new SafeLinks());
    assertThat(links).containsExactly(new OpenWithLinks.Link("JupyterHub",
        "https://jupyter.example/hub?doi=10.1%2Fx%20y&t=Sols%20%26%20eaux"));
  }
}
