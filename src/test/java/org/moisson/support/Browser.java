package org.moisson.support;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Debian's chromium driven by Playwright, headless. Playwright downloads no browser
 * (PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1, set by the pom and bin/test); bin/test installs chromium.
 * Every request to a host other than 127.0.0.1 is aborted, so a page's map tiles or anything else
 * from outside never leave the machine.
 */
public final class Browser implements AutoCloseable {
  public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  public static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private final Playwright playwright;
  private final com.microsoft.playwright.Browser browser;

  public Browser() {
    if (!Files.isExecutable(CHROMIUM)) {
      throw new IllegalStateException(CHROMIUM + " is missing: run the tests through bin/test, which installs chromium");
    }
    playwright = Playwright.create(new Playwright.CreateOptions()
        .setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true)
        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync")));
  }

  /** A fresh page (own cookies) whose requests may only go to 127.0.0.1. */
  public Page page() {
    BrowserContext context = browser.newContext(new NewContextOptions().setViewportSize(1280, 900).setLocale("fr-FR"));
    context.route("**/*", route -> {
      String host = URI.create(route.request().url()).getHost();
      if ("127.0.0.1".equals(host) || "localhost".equals(host)) route.resume();
      else route.abort();
    });
    context.setDefaultTimeout(15_000);
    return context.newPage();
  }

  /** Saves a full-page screenshot as target/screenshots/{name}.png. */
  public static Path screenshot(Page page, String name) {
    Path file = SCREENSHOTS.resolve(name + ".png");
    page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
    return file;
  }

  @Override
  public void close() {
    browser.close();
    playwright.close();
  }
}
