package org.photoshare.systemtests;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

import java.nio.file.Path;

/** Saves the browser's page when a browser test fails, as target/screenshots/NAME-FAILED-test.png. */
public class ScreenshotOnFailure implements TestWatcher {

    /** A browser test exposes its browser to this watcher. */
    public interface WithBrowser {
        Browser browser();
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        context.getTestInstance()
                .filter(WithBrowser.class::isInstance)
                .map(instance -> ((WithBrowser) instance).browser())
                .ifPresent(browser -> {
                    Path shot = browser.snap("FAILED-" + context.getRequiredTestMethod().getName());
                    System.err.println("Screenshot of the failed page: " + shot);
                });
    }
}
