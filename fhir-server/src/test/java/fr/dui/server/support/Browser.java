package fr.dui.server.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * Headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) driven through Selenium, with a new
 * profile each time: it types and clicks on the DUI's pages what a person would.
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

    /** Skips the calling tests where Chromium is not installed ({@code .ci/run} installs it and checks none skipped). */
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
    public void logIn(String username, String password) {
        WebElement field = waitFor(By.id("username"));
        field.sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("button[type=submit]")).click();
    }

    /** Waits for the consent page, then grants what the app asks for (every box is ticked at first). */
    public void consent() {
        new WebDriverWait(driver, WAIT)
                .until(ExpectedConditions.elementToBeClickable(By.id("submit-consent")))
                .click();
    }

    /** Waits until the element with this id has some text, and returns it. */
    public String textOf(String id) {
        WebDriverWait wait = new WebDriverWait(driver, WAIT);
        try {
            return wait.until(d -> {
                var found = d.findElements(By.id(id));
                return found.isEmpty() || found.get(0).getText().isBlank()
                        ? null
                        : found.get(0).getText();
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("No #" + id + " at " + driver.getCurrentUrl() + ": " + driver.getPageSource(), e);
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
