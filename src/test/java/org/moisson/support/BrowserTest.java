package org.moisson.support;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** Tests of the running application in a real browser: one chromium per class, a fresh page (own cookies) per test. */
public abstract class BrowserTest extends AppTest {
  private static Browser browser;
  protected Page page;

  @BeforeAll
  static void launch() {
    browser = new Browser();
  }

  @AfterAll
  static void quit() {
    browser.close();
  }

  @BeforeEach
  void openPage() {
    page = browser.page();
  }

  @AfterEach
  void closePage() {
    page.context().close();
  }
}
