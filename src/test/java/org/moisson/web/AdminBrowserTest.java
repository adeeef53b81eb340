package org.moisson.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.moisson.mapping.GoldenFiles;
import org.moisson.support.Browser;
import org.moisson.support.BrowserTest;
import org.moisson.support.LocalOaiPmhProvider;

/**
 * A steward's first steps in a real browser: sign in, add a source with the form, watch its harvest
 * end, harvest it again from the health page, give it a schedule; a refused form keeps what was
 * typed and says why.
 */
class AdminBrowserTest extends BrowserTest {
  private static final String FULL_EXAMPLE = "datacite-dataverse/datacite/xml-kernel-4/example/datacite-example-full-v4.xml";
  private static final String GEO_EXAMPLE = "datacite-dataverse/datacite/xml-kernel-4/example/datacite-example-GeoLocation-v4.xml";
  @BeforeEach
  void signIn() {
    page.navigate(url("/admin"));
    page.waitForURL(Pattern.compile(".*/admin/login"));
    page.locator("#token").fill(TOKEN);
    page.locator("main form button[type=submit]").click();
    page.waitForURL(Pattern.compile(".*/admin$"));
  }

  @Test
  void aSourceAddedWithTheFormIsHarvestedAndCanBeHarvestedAgain() {
    String name = "Entrepôt local " + UUID.randomUUID().toString().substring(0, 8);
    try (LocalOaiPmhProvider oai = new LocalOaiPmhProvider(10)) {
      oai.put("oai:local:full", GoldenFiles.read(GoldenFiles.fixture(FULL_EXAMPLE)).replaceFirst("<\\?xml[^>]*\\?>", ""));
      page.locator("#add-source").click();
      page.waitForURL(Pattern.compile(".*/admin/sources/new"));
      page.locator("#name").fill(name);
      page.locator("#protocol").selectOption("oai-pmh");
      page.locator("#url").fill(oai.url());
      page.locator("#settings").fill("metadataPrefix=oai_datacite");
      assertThat(page.locator("input[name=harvest]")).isChecked();
      page.locator(".source-form button[type=submit]").click();

      // The run page refreshes itself until the harvest ends.
      page.waitForURL(Pattern.compile(".*/admin/runs/\\d+"));
      Locator state = page.locator("dl.fields dd").first();
      assertThat(state).hasText("SUCCEEDED", new LocatorAssertions.HasTextOptions().setTimeout(30_000));
      assertThat(page.locator("h1")).containsText(name);
      assertThat(page.locator("dl.fields dd").nth(2)).hasText("1 / 0 / 0 / 0 / 0");
      Browser.screenshot(page, "admin-run-after-form");

      // A record published since: the button harvests incrementally and brings only it.
      oai.put("oai:local:geo", GoldenFiles.read(GoldenFiles.fixture(GEO_EXAMPLE)).replaceFirst("<\\?xml[^>]*\\?>", ""));
      page.navigate(url("/admin"));
      Locator row = page.locator("table.health tbody tr", new Page.LocatorOptions().setHasText(name));
      assertThat(row.locator(".badge")).hasText("ok");
      row.locator("button").click();
      page.waitForURL(Pattern.compile(".*/admin/runs/\\d+"));
      assertThat(page.locator("dl.fields dd").first()).hasText("SUCCEEDED", new LocatorAssertions.HasTextOptions().setTimeout(30_000));
      // from= has the second as granularity and is inclusive: the first record may come again, unchanged.
      assertThat(page.locator("dl.fields dd").nth(2)).hasText(Pattern.compile("1 / 0 / [01] / 0 / 0"));

      // Its name leads to its settings: given a schedule, it is harvested every night from now on.
      page.navigate(url("/admin"));
      page.locator("table.health a", new Page.LocatorOptions().setHasText(name)).click();
      page.waitForURL(Pattern.compile(".*/admin/sources/\\d+/edit"));
      assertThat(page.locator("#name")).hasValue(name);
      assertThat(page.locator("#protocol")).isDisabled();
      assertThat(page.locator("#settings")).hasValue("metadataPrefix=oai_datacite\n");
      page.locator("#schedule").fill("0 5 * * *");
      page.locator(".source-form button[type=submit]").click();
      page.waitForURL(Pattern.compile(".*/admin\\?updated=\\d+"));
      assertThat(page.locator("p.notice")).isVisible();
      Browser.screenshot(page, "admin-health-after-edit");
    }
    String sources = adminGet("/api/v1/sources").body();
    assertThat(sources).contains("\"schedule\":\"0 5 * * *\"").contains("\"metadataPrefix\":\"oai_datacite\"");
    assertThat(get("/api/v1/datasets?q=%22Example+Title%22").json().get("total").asLong()).isPositive();
  }

  @Test
  void aRefusedSourceKeepsWhatWasTypedAndSaysWhy() {
    page.navigate(url("/admin/sources/new"));
    page.locator("#name").fill("Mauvaise adresse");
    page.locator("#url").fill("ftp://example.org/oai");
    page.locator("#settings").fill("metadataPrefix=oai_datacite\nset");
    page.locator(".source-form button[type=submit]").click();
    assertThat(page.locator("#source-error")).containsText("is not key=value");
    assertThat(page.locator("#name")).hasValue("Mauvaise adresse");
    assertThat(page.locator("#url")).hasValue("ftp://example.org/oai");

    page.locator("#settings").fill("metadataPrefix=oai_datacite");
    page.locator(".source-form button[type=submit]").click();
    assertThat(page.locator("#source-error")).containsText("url must be an http(s) URL");
    Browser.screenshot(page, "admin-source-refused");
    assertThat(adminGet("/api/v1/sources").body()).doesNotContain("Mauvaise adresse");
  }
}
