package org.photoshare.systemtests;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Debian's chromium, headless, driven by its own chromedriver (no driver download), with a fresh
 * profile each time; screenshots go to system-tests/target/screenshots.
 */
public final class Browser implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private final ChromeDriver driver;
    private final Path profile;
    private final String name;

    /** The window sizes the pages are tried at: a desktop, and a phone in portrait (CSS pixels). */
    public enum Screen {
        DESKTOP(1280, 900), PHONE(390, 844);

        final int width;
        final int height;

        Screen(int width, int height) {
            this.width = width;
            this.height = height;
        }
    }

    private Browser(String name) {
        this(name, Screen.DESKTOP, true);
    }

    private Browser(String name, Screen screen, boolean javaScript) {
        this.name = name;
        try {
            profile = Files.createTempDirectory("photoshare-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(executable("chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--window-size=" + screen.width + "," + screen.height, "--lang=en-GB");
        if (!javaScript) {
            // the page's own scripts are off; the driver's scripts (readyState, attributes) still run
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(executable("chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    public static Browser open(String name) {
        return new Browser(name);
    }

    /** A browser at the given size, with or without the pages' JavaScript. */
    public static Browser open(String name, Screen screen, boolean javaScript) {
        return new Browser(name, screen, javaScript);
    }

    /** Whether the page's own scripts ran (app.js marks the document). */
    public boolean pageScriptsRan() {
        return Boolean.TRUE.equals(script("return document.documentElement.classList.contains('js')"));
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Opens a path of the site, e.g. "/photo?id=5". */
    public Browser go(String path) {
        driver.get(Gateway.url() + path);
        return this;
    }

    public WebElement find(String css) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public boolean has(String css) {
        return !all(css).isEmpty();
    }

    public String text(String css) {
        return find(css).getText();
    }

    public Browser type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /**
     * Clicks something that loads a new page (a link, a form's button) and waits for that page, or,
     * on the photo page with scripts, for the votes and comments that the answer updated in place.
     */
    public Browser clickAndWait(String css) {
        WebElement page = driver.findElement(By.tagName("html"));
        String updates = updates();
        find(css).click();
        // While the new document replaces the old one, chromedriver may answer "Node with given id does
        // not belong to the document" instead of "stale element": ask again until it says stale.
        new WebDriverWait(driver, WAIT).ignoring(WebDriverException.class).until(d ->
                ExpectedConditions.stalenessOf(page).apply(d) || !updates.equals(updates()));
        waitUntilLoaded();
        return this;
    }

    /** How many times this page updated itself in place (app.js counts them), "0" for none. */
    public String updates() {
        Object counted = driver.executeScript("return document.documentElement.dataset.updates || '0'");
        return String.valueOf(counted);
    }

    public void waitUntilLoaded() {
        new WebDriverWait(driver, WAIT).until(d ->
                "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    public void waitFor(String css) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    public Object script(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    /** The path and query of the page shown, e.g. "/photo?id=5". */
    public String location() {
        String url = driver.getCurrentUrl();
        return url.substring(Gateway.url().length());
    }

    public Browser size(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        return this;
    }

    /** Saves a screenshot (and the page's HTML beside it) as target/screenshots/NAME.png. */
    public Path snap(String shot) {
        try {
            Path dir = Path.of(System.getProperty("photoshare.screenshots", "target/screenshots"));
            Files.createDirectories(dir);
            Path png = dir.resolve(name + "-" + shot + ".png");
            Files.write(png, driver.getScreenshotAs(OutputType.BYTES));
            Files.writeString(dir.resolve(name + "-" + shot + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
            return png;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temporary profile left behind is harmless
            }
        }
    }

    private static String executable(String command, String fallback) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            File candidate = new File(dir, command);
            if (candidate.canExecute()) {
                return candidate.getAbsolutePath();
            }
        }
        return fallback;
    }
}
