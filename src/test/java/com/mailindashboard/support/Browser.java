package com.mailindashboard.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium driven by Selenium, with small helpers that read like a person using the
 * dashboard. The driver comes from Debian's chromium-driver ({@code webdriver.chrome.driver}),
 * never downloaded.
 */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final String baseUrl;
    private final WebDriverWait wait;

    public Browser(String baseUrl) {
        if (System.getProperty("webdriver.chrome.driver") == null && Files.exists(Path.of("/usr/bin/chromedriver"))) {
            System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        }
        ChromeOptions options = new ChromeOptions();
        if (Files.exists(Path.of("/usr/bin/chromium"))) {
            options.setBinary("/usr/bin/chromium");
        }
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-gpu",
                "--no-first-run", "--disable-sync", "--window-size=1400,1000");
        this.driver = new ChromeDriver(options);
        this.baseUrl = baseUrl;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    public Browser open(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    public String path() {
        String url = driver.getCurrentUrl();
        return url.startsWith(baseUrl) ? url.substring(baseUrl.length()) : url;
    }

    public Browser type(String fieldId, String text) {
        WebElement field = driver.findElement(By.id(fieldId));
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Clicks an element, scrolled to the middle of the window first (as a person would see it). */
    public Browser click(String dataTest) {
        WebElement element = find(dataTest);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
        return this;
    }

    /**
     * Submits a form as its submit button would (submit handlers run), for forms far down a page
     * where a pointer click can land on the sticky navigation.
     */
    public Browser submit(String formDataTest) {
        WebElement form = find(formDataTest);
        WebElement button = form.findElement(By.cssSelector("button[type='submit'], button:not([type])"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].requestSubmit(arguments[1]);", form, button);
        return this;
    }

    /** Clicks a button that asks for confirmation first, and answers the browser's dialog with OK. */
    public Browser clickAndConfirm(String dataTest) {
        click(dataTest);
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        return this;
    }

    /** Fetches a URL with the page's session (as a download would) and returns the body as text. */
    public String fetchText(String path) {
        Object body = ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.text()).then(done).catch(e => done('ERROR ' + e));
                """, path);
        return String.valueOf(body);
    }

    /** Chooses a file for a file input. */
    public Browser upload(String dataTest, Path file) {
        find(dataTest).sendKeys(file.toAbsolutePath().toString());
        return this;
    }

    public WebElement find(String dataTest) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-test='" + dataTest + "']")));
    }

    public boolean has(String dataTest) {
        return !driver.findElements(By.cssSelector("[data-test='" + dataTest + "']")).isEmpty();
    }

    public String text(String dataTest) {
        return find(dataTest).getText();
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /**
     * Waits until the page's path is {@code prefix} or lies under it: "/domains" matches "/domains",
     * "/domains?status=x" and "/domains/7", never "/domainsX"; a prefix ending in "/" matches what
     * follows it. "/" is the overview itself, so waiting for it after a sign-in really waits for the
     * sign-in to finish instead of matching the login page it is still on.
     */
    public Browser waitForPath(String prefix) {
        wait.until(d -> isAtOrUnder(path(), prefix));
        return this;
    }

    static boolean isAtOrUnder(String path, String prefix) {
        if (!path.startsWith(prefix)) {
            return false;
        }
        String rest = path.substring(prefix.length());
        boolean under = !prefix.equals("/") && (prefix.endsWith("/") || rest.startsWith("/"));
        return rest.isEmpty() || rest.startsWith("?") || rest.startsWith("#") || under;
    }

    /** Sends a form POST from the page with its CSRF token, as a tampered page would; returns the status. */
    public long postFromPage(String path, String formBody) {
        Object status = ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const token = document.querySelector('meta[name="_csrf"]').content;
                fetch(arguments[0], {method: 'POST', redirect: 'manual',
                    headers: {'Content-Type': 'application/x-www-form-urlencoded', 'X-CSRF-TOKEN': token},
                    body: arguments[1]}).then(r => done(r.status)).catch(e => done(-1));
                """, path, formBody);
        return ((Number) status).longValue();
    }

    public void screenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Resizes the window (a phone is about 390 x 844). */
    public Browser windowSize(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
        return this;
    }

    /** Runs a script in the page and returns its result. */
    public Object script(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    public void logout() {
        click("logout");
        waitForPath("/login");
    }

    public void login(String email, String password) {
        open("/login").type("username", email).type("password", password).click("login-submit");
    }

    /**
     * Chromium's virtual authenticator (a platform passkey that always verifies the user), so
     * WebAuthn ceremonies run for real without a device (issue 13, passkeys).
     */
    public Browser withVirtualAuthenticator() {
        ((org.openqa.selenium.virtualauthenticator.HasVirtualAuthenticator) driver).addVirtualAuthenticator(
                new org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions()
                        .setProtocol(org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions.Protocol.CTAP2)
                        .setTransport(org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions.Transport.INTERNAL)
                        .setHasResidentKey(true).setHasUserVerification(true).setIsUserVerified(true)
                        .setIsUserConsenting(true));
        return this;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
