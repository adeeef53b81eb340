package org.moisson.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Mouse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.moisson.support.Browser;
import org.moisson.support.BrowserTest;
import org.moisson.support.DemoSources;

/** The portal in a real browser (Debian's chromium): facets, map boxes, language; screenshots in target/screenshots. */
class PortalBrowserTest extends BrowserTest {
  @BeforeEach
  void open() {
    DemoSources.load(this);
  }

  @Test
  void choosingASuggestedConceptWithTheKeyboardFiltersByIt() {
    page.navigate(url("/?lang=fr"));
    Locator box = page.locator("#q");
    box.pressSequentially("aéro", new Locator.PressSequentiallyOptions().setDelay(60));
    Locator list = page.locator("#q-suggestions");
    assertThat(list).isVisible();
    assertThat(box).hasAttribute("aria-expanded", "true");
    Locator firstConcept = list.locator(".suggest-concepts [role=option]").first();
    assertThat(firstConcept).containsText("Aérosols");
    assertThat(list.locator(".suggest-keywords [role=option]").first()).isVisible();
    box.press("ArrowDown");
    assertThat(box).hasAttribute("aria-activedescendant", firstConcept.getAttribute("id"));
    assertThat(firstConcept).hasAttribute("aria-selected", "true");
    Browser.screenshot(page, "suggest-aero");
    box.press("Enter");
    page.waitForURL(Pattern.compile(".*/search\\?concept=.*"));
    assertThat(param("concept")).endsWith("/aerosols");
    assertThat(total()).isGreaterThanOrEqualTo(3);
    // The filter reads as the concept's label, and the tree marks it active under its theme.
    assertThat(page.locator("a.active-filter")).containsText("Aérosols");
    Locator active = page.locator("section.facet[data-facet=concept] li.active > a");
    assertThat(active).containsText("Aérosols");
    assertThat(page.locator("section.facet[data-facet=concept] li:has(li.active) > a").first()).containsText("Atmosphère");
    Browser.screenshot(page, "suggest-concept-results");
  }

  @Test
  void clickingASuggestedTitleOpensTheDatasetAndEnterAloneSearchesTheWords() {
    page.navigate(url("/?lang=en"));
    Locator box = page.locator("#q");
    box.pressSequentially("aero", new Locator.PressSequentiallyOptions().setDelay(60));
    Locator title = page.locator("#q-suggestions .suggest-titles [role=option]").first();
    assertThat(title).isVisible();
    title.click();
    page.waitForURL(Pattern.compile(".*/datasets/.+"));
    assertThat(page.locator("h1")).isVisible();

    page.navigate(url("/?lang=en"));
    page.locator("#q").pressSequentially("ocean", new Locator.PressSequentiallyOptions().setDelay(40));
    page.locator("#q").press("Enter");
    page.waitForURL(Pattern.compile(".*/search\\?q=ocean.*"));
    assertThat(total()).isPositive();
  }

  /** One panel at a time: the related-resource tabs of a dataset page switch, and never overlap the description. */
  @Test
  void aDatasetPagesTabsShowOnePanelAtATime() {
    page.navigate(url("/search?q=coraux&lang=en"));
    page.locator("ol.results a[href^='/datasets/']").first().click();
    page.waitForURL(Pattern.compile(".*/datasets/.+"));
    Locator description = page.locator("#panel-description");
    Locator publications = page.locator("#panel-publications");
    assertThat(description).isVisible();
    assertThat(publications).not().isVisible();
    page.locator("#tab-publications").click();
    assertThat(publications).isVisible();
    assertThat(description).not().isVisible();
    assertThat(publications.locator("a[href^='https://doi.org/']").first()).isVisible();
  }

  @Test
  void aThemePagesVariableLinkLeadsToItsDatasets() {
    page.navigate(url("/?lang=en"));
    page.locator(".theme-card a", new Page.LocatorOptions().setHasText("Atmosphere")).click();
    page.waitForURL(Pattern.compile(".*/themes/atmosphere"));
    Locator variable = page.locator("a.theme-variable").first();
    assertThat(variable).isVisible();
    long shown = Long.parseLong(variable.locator(".count").textContent().replaceAll("\\D", ""));
    String label = variable.locator("span").first().textContent().strip();
    Browser.screenshot(page, "theme-atmosphere");
    variable.click();
    page.waitForURL(Pattern.compile(".*/search\\?concept=.*"));
    assertThat(total()).isEqualTo(shown);
    assertThat(page.locator("a.active-filter")).containsText(label);
    assertThat(page.locator("section.facet[data-facet=concept] li.active > a")).containsText(label);
    Browser.screenshot(page, "theme-variable-results");
  }

  @Test
  void facetsAreAppliedAndRemoved() {
    page.navigate(url("/search?lang=en"));
    long all = total();
    Locator firstKeyword = page.locator("section.facet[data-facet=keyword] .facet-list a").first();
    String value = firstKeyword.locator(".facet-value").textContent();
    firstKeyword.click();
    page.waitForURL(Pattern.compile(".*keyword=.*"));
    assertThat(query()).contains("keyword=" + value);
    long narrowed = total();
    assertThat(narrowed).isPositive().isLessThan(all);
    Locator tag = page.locator("a.active-filter[data-filter='facet.keyword']", new Page.LocatorOptions().setHasText(value));
    assertThat(tag).isVisible();

    // A second facet narrows further (AND); then its tag removes it again.
    page.locator("section.facet[data-facet=source] .facet-list a").first().click();
    page.waitForURL(Pattern.compile(".*source=.*"));
    assertThat(total()).isLessThanOrEqualTo(narrowed);
    Browser.screenshot(page, "facets-applied");

    tag.click();
    page.waitForURL(url -> !url.contains("keyword="));
    assertThat(page.locator("a.active-filter[data-filter='facet.keyword']")).hasCount(0);
    assertThat(query()).contains("source=");
    Browser.screenshot(page, "facets-removed");
  }

  @Test
  void drawingABoxOnTheResultsMapSearchesThatArea() {
    page.navigate(url("/search?lang=en"));
    Locator map = page.locator("#results-map");
    assertThat(map.locator(".leaflet-interactive").first()).isAttached(); // the footprints are drawn
    page.locator(".boxdraw-button").click();
    drag(map.boundingBox(), 0.35, 0.3, 0.65, 0.7);
    page.waitForURL(Pattern.compile(".*bbox=.*"));
    String bbox = param("bbox");
    assertThat(bbox.split(",")).hasSize(4);
    String[] v = bbox.split(",");
    assertThat(Double.parseDouble(v[0])).isLessThan(Double.parseDouble(v[2]));
    assertThat(Double.parseDouble(v[1])).isLessThan(Double.parseDouble(v[3]));
    assertThat(page.locator("a.active-filter").first()).isVisible();
    Browser.screenshot(page, "results-bbox");
  }

  @Test
  void theMapSearchPageLeadsToTheResultsForADrawnBox() {
    page.navigate(url("/map?lang=en"));
    Locator map = page.locator("#search-map");
    page.keyboard().down("Shift");
    drag(map.boundingBox(), 0.3, 0.3, 0.6, 0.6);
    page.keyboard().up("Shift");
    assertThat(page.locator("#drawn-box")).containsText(",");
    Browser.screenshot(page, "map-search-drawn");
    page.locator("#see-results").click();
    page.waitForURL(Pattern.compile(".*/search\\?.*bbox=.*"));
    assertThat(param("bbox").split(",")).hasSize(4);
    assertThat(page.locator("#total")).isVisible();
  }

  @Test
  void theLanguageSwitchesAndIsRemembered() {
    page.navigate(url("/"));
    assertThat(page.locator("html")).hasAttribute("lang", "fr");
    assertThat(page.locator("h1")).containsText("Trouvez");
    page.locator(".fr-header__tools-links a.lang-switch").click();
    page.waitForURL(Pattern.compile(".*lang=en.*"));
    assertThat(page.locator("html")).hasAttribute("lang", "en");
    assertThat(page.locator("h1")).containsText("Find research data");
    Browser.screenshot(page, "home-en");
    page.navigate(url("/search"));
    assertThat(page.locator("html")).hasAttribute("lang", "en");
    assertThat(page.locator("h1")).containsText("Search datasets");
  }

  private void drag(BoundingBox box, double x1, double y1, double x2, double y2) {
    Mouse mouse = page.mouse();
    mouse.move(box.x + box.width * x1, box.y + box.height * y1);
    mouse.down();
    mouse.move(box.x + box.width * (x1 + x2) / 2, box.y + box.height * (y1 + y2) / 2, new Mouse.MoveOptions().setSteps(5));
    mouse.move(box.x + box.width * x2, box.y + box.height * y2, new Mouse.MoveOptions().setSteps(5));
    mouse.up();
  }

  private long total() {
    return Long.parseLong(page.locator("#total").textContent().replaceAll("\\D", ""));
  }

  private String query() {
    return URLDecoder.decode(URI.create(page.url()).getRawQuery(), StandardCharsets.UTF_8);
  }

  private String param(String name) {
    for (String pair : URI.create(page.url()).getRawQuery().split("&")) {
      if (pair.startsWith(name + "=")) return URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
    }
    throw new AssertionError("no " + name + " in " + page.url());
  }
}
