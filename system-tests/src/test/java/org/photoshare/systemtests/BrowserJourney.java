package org.photoshare.systemtests;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A journey in one real Chromium, step by step: the browser opens before the first step, closes after
 * the last, and a failed step leaves a screenshot.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(ScreenshotOnFailure.class)
abstract class BrowserJourney implements ScreenshotOnFailure.WithBrowser {

    private final String name;
    private final Browser.Screen screen;
    private final boolean javaScript;
    protected Browser browser;

    protected BrowserJourney(String name) {
        this(name, Browser.Screen.DESKTOP, true);
    }

    protected BrowserJourney(String name, Browser.Screen screen, boolean javaScript) {
        this.name = name;
        this.screen = screen;
        this.javaScript = javaScript;
    }

    @BeforeAll
    void openBrowser() {
        browser = Browser.open(name, screen, javaScript);
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    @Override
    public Browser browser() {
        return browser;
    }
}
