package fr.dui.server.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * Headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) through Selenium, with a new profile each
 * time, in French, at the size of a 10-inch tablet in landscape (1280 × 800): it types and clicks on the DUI's pages,
 * and on the SMART apps', what a person would. Shared with the apps' browser tests (fhir-server's test jar).
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of(System.getProperty("dui.it.chromium", "/usr/bin/chromium"));
    public static final Path CHROMEDRIVER = Path.of(System.getProperty("dui.it.chromedriver", "/usr/bin/chromedriver"));
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final WebDriver driver;
    private final Path profile;

    private Browser(WebDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Skips the tests where Chromium is not installed ({@code .ci/run} installs it and fails if any is skipped). */
    public static void assumeInstalled() {
        Assumptions.assumeTrue(
                Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium and chromedriver are needed: apt-get install chromium chromium-driver");
    }

    public static Browser start() {
        try {
            Path profile = Files.createTempDirectory("dui-chromium-");
            ChromeOptions options = new ChromeOptions()
                    .setBinary(CHROMIUM.toFile())
                    .addArguments(
                            "--headless=new",
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync",
                            "--disable-dev-shm-usage",
                            "--no-first-run",
                            "--lang=fr-FR",
                            "--window-size=1280,800",
                            "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .build();
            return new Browser(new ChromeDriver(service, options), profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void open(String url) {
        driver.get(url);
    }

    /** Waits for the DUI's login page, then logs in. */
    public void logIn(String login, String password) {
        waitFor(By.id("username")).sendKeys(login);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("button[type=submit]")).click();
    }

    /** Waits for the consent page, then grants what the app asks for (every box is ticked at first). */
    public void consent() {
        consent(null);
    }

    /** On the DUI's consent page: picks the usager when asked ({@code usagerLabel} part of the option), grants. */
    public void consent(String usagerLabel) {
        WebElement submit =
                new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(By.id("submit-consent")));
        if (usagerLabel != null) {
            Select usagers = new Select(driver.findElement(By.id("dui_patient")));
            usagers.getOptions().stream()
                    .filter(o -> o.getText().contains(usagerLabel))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("No usager « " + usagerLabel + " » to pick"))
                    .click();
        }
        submit.click();
    }

    /**
     * After a login: the DUI asks for consent the first time a person launches the app (grants it, picking the usager
     * when asked), not when the person already granted those scopes; ends on a page of the app.
     */
    public void consentIfAsked(String appUrl, String usagerLabel) {
        try {
            new WebDriverWait(driver, WAIT)
                    .until(d -> d.getCurrentUrl().startsWith(appUrl)
                            || !d.findElements(By.id("submit-consent")).isEmpty());
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(
                    "Neither consent nor the app at " + driver.getCurrentUrl() + ": " + driver.getPageSource(), e);
        }
        if (!driver.getCurrentUrl().startsWith(appUrl)) {
            consent(usagerLabel);
        }
        waitForUrl(appUrl);
    }

    /**
     * Waits until the browser is on a page of this URL prefix and that page is loaded (the URL changes before the new
     * document is there: looking for an element at once could still see the previous page, or nothing).
     */
    public void waitForUrl(String prefix) {
        try {
            new WebDriverWait(driver, WAIT).until(d -> d.getCurrentUrl().startsWith(prefix) && loaded(d));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(
                    "Not at " + prefix + " but " + driver.getCurrentUrl() + ": " + driver.getPageSource(), e);
        }
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    /** The visible text of the element with this id (waits for it). */
    public String text(String id) {
        return waitFor(By.id(id)).getText();
    }

    /** Waits until the element with this id has some text, and returns it. */
    public String textOf(String id) {
        try {
            return new WebDriverWait(driver, WAIT).until(d -> {
                var found = d.findElements(By.id(id));
                return found.isEmpty() || found.get(0).getText().isBlank()
                        ? null
                        : found.get(0).getText();
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("No #" + id + " at " + driver.getCurrentUrl() + ": " + driver.getPageSource(), e);
        }
    }

    public boolean has(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    /**
     * The text of the page; after a click that submits a form the page may be replaced while it is read, so a stale
     * body is read again (for up to the usual wait) rather than failing the test.
     */
    public String pageText() {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            try {
                return driver.findElement(By.tagName("body")).getText();
            } catch (org.openqa.selenium.StaleElementReferenceException
                    | org.openqa.selenium.NoSuchElementException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
            }
        }
    }

    public void click(String id) {
        waitFor(By.id(id)).click();
    }

    /**
     * Clicks a button that submits a form and waits until the answer has replaced this page: after a redirect to the
     * same page (a status changed, a success message), the elements read next exist on the old page too, and reading
     * them before the new one arrives reads the old text or a stale element.
     */
    public void submit(String id) {
        WebElement page = driver.findElement(By.tagName("html"));
        click(id);
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.stalenessOf(page));
        new WebDriverWait(driver, WAIT).until(Browser::loaded);
    }

    /** The current document is fully loaded. */
    private static boolean loaded(WebDriver d) {
        return "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState"));
    }

    public void type(String id, String text) {
        WebElement field = waitFor(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    public void select(String id, String visibleText) {
        new Select(waitFor(By.id(id))).selectByVisibleText(visibleText);
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Runs this JavaScript in the page ({@code arguments[i]} are the arguments) and returns what it returns. */
    public Object script(String javaScript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javaScript, arguments);
    }

    /**
     * Runs this asynchronous JavaScript in the page: it ends by calling its last argument (the callback) with the
     * result, which is returned; waits for it as long as the other waits.
     */
    public Object asyncScript(String javaScript, Object... arguments) {
        driver.manage().timeouts().scriptTimeout(WAIT);
        return ((JavascriptExecutor) driver).executeAsyncScript(javaScript, arguments);
    }

    /** The size of the window, as a person turns a tablet or resizes a window (the page's viewport follows). */
    public void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /**
     * Presses keys as a person at the keyboard would, on whatever has the focus: {@link Keys#TAB}, {@link Keys#ENTER},
     * or text to type.
     */
    public void press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    /** The element that has the keyboard focus. */
    public WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** The value of the app's session cookie, to measure the app's pages from a plain HTTP client. */
    public String cookie(String name) {
        var cookie = driver.manage().getCookieNamed(name);
        return cookie == null ? null : cookie.getValue();
    }

    /**
     * Saves a screenshot of the whole page (at the window's width, its height grown to the page's) as
     * {@code <dui.it.screenshots>/name.png}, for the README.
     */
    public void screenshot(String name) {
        String folder = System.getProperty("dui.it.screenshots");
        if (folder == null) {
            return;
        }
        Dimension size = driver.manage().window().getSize();
        try {
            Number height = (Number) script("return document.documentElement.scrollHeight");
            driver.manage()
                    .window()
                    .setSize(new Dimension(
                            size.getWidth(), Math.min(3000, Math.max(size.getHeight(), height.intValue() + 140))));
            Path shot =
                    ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Path target = Path.of(folder, name + ".png");
            Files.createDirectories(target.getParent());
            Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(size);
        }
    }

    private WebElement waitFor(By what) {
        try {
            return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(what));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(
                    "Not found: " + what + " at " + driver.getCurrentUrl() + ": " + driver.getPageSource(), e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            FileSystemUtils.deleteRecursively(profile.toFile());
        }
    }
}
