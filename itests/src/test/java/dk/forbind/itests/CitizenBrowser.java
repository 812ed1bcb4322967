package dk.forbind.itests;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A citizen's browser: Chromium from the Debian package, headless, driven by the Debian chromedriver (nothing is
 * downloaded), with its own download folder; it logs in at the node's MitID simulator, keeps screenshots under
 * {@code target/screenshots} and checks pages with axe-core (served from the test's class path, not a CDN).
 */
final class CitizenBrowser implements AutoCloseable {
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    final ChromeDriver driver;
    final Path downloads;
    private final String base;

    CitizenBrowser(int httpPort, Path downloads) throws IOException {
        this.base = "http://localhost:" + httpPort + "/forbind/borger/";
        this.downloads = Files.createDirectories(downloads);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("forbind.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,1000", "--lang=da");
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", this.downloads.toAbsolutePath().toString());
        prefs.put("download.prompt_for_download", false);
        options.setExperimentalOption("prefs", prefs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("forbind.chromedriver", "/usr/bin/chromedriver"))
                        .toFile()).build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    void open(String path) {
        driver.get(base + path);
    }

    /** Through the front page and the simulator's log-in form, back at "Mine data". */
    void logIn(String cpr, String represents) {
        open("");
        driver.findElement(By.linkText(driver.getTitle().contains("overview") ? "Log in with MitID"
                : "Log ind med MitID")).click();
        driver.findElement(By.id("cpr")).sendKeys(cpr);
        if (represents != null) {
            driver.findElement(By.id("represents")).sendKeys(represents);
        }
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        waitFor(() -> driver.getCurrentUrl().endsWith("/forbind/borger/data"));
    }

    String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** The section of one source on "Mine data". */
    WebElement source(String connector) {
        return driver.findElement(By.cssSelector("section[data-source='" + connector + "']"));
    }

    void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    /** The serious and critical accessibility violations axe-core finds on the page, described. */
    List<String> seriousViolations() {
        Results results = new AxeBuilder().analyze(driver);
        return results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(CitizenBrowser::describe).collect(Collectors.toList());
    }

    void waitFor(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> condition.getAsBoolean());
    }

    private static String describe(Rule violation) {
        return violation.getId() + " (" + violation.getImpact() + "): " + violation.getHelp() + " at "
                + violation.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(
                "; "));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
