package dk.forbind.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import dk.forbind.api.person.PersonRecord;
import dk.forbind.fixtures.Await;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.jms.JMSContext;
import javax.jms.TextMessage;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.camel.util.json.JsonObject;
import org.apache.camel.util.json.Jsoner;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * "Mit overblik" in a real browser (Chromium, headless) against the distribution started with its own scripts: a
 * citizen logs in at the MitID simulator, sees what each authority holds and how their data was used, narrows the
 * list, downloads the art. 15 copy and logs out; another citizen sees none of it unless they hold a power of attorney;
 * a source that is down shows as not available while the rest shows; the pages pass axe-core with no serious
 * violation, work from the keyboard alone and on a phone's width.
 */
public class CitizenPagesIT {
    private static final String CITIZEN = HousingCalls.APPLICANT;
    private static final String OTHER = "0202804321";
    private static final String SURNAME = "Overbliksen";
    private static final String COVERT = "covert-look-up";

    @ClassRule
    public static final InstalledDistribution NODE = new InstalledDistribution();

    private static String caseId;

    @BeforeClass
    public static void aCitizenWithDataInEachSource() throws Exception {
        NODE.start(Map.of());
        try (ActiveMQConnectionFactory broker = NODE.broker(); JMSContext jms = broker.createContext()) {
            jms.createProducer().send(jms.createQueue("forbind.person-register.in"), new PersonRecord(CITIZEN,
                    "Borger", SURNAME, "Vestergade 12", "8000", "Aarhus C").toJson());
        }
        coveredAndOpenLookUps();
        String id = NODE.sendJson("POST", HousingCalls.API + "/applications", TransparencyCalls.citizen(CITIZEN),
                HousingCalls.application()).getString("applicationId");
        caseId = Await.until("the application decided and told", Duration.ofSeconds(90), () -> NODE.getJson(
                HousingCalls.API + "/applications/" + id, TransparencyCalls.citizen(CITIZEN)),
                json -> "NOTIFIED".equals(json.getString("status"))).getString("caseId");
    }

    /**
     * Two look-ups of the citizen by an agency's route-file connector, the first covert (hidden for 90 days): one
     * connector consumes them in order and the registry stores events in order, so once the open one is visible the
     * covert one is stored too — and must not show.
     */
    private static void coveredAndOpenLookUps() throws Exception {
        Path routes = NODE.home.resolve("routes");
        Files.writeString(routes.resolve(FraudControlRoute.ID + ".properties"), FraudControlRoute.DECLARATION);
        Files.writeString(routes.resolve(FraudControlRoute.ID + ".xml"), "<routes xmlns=\"http://camel.apache.org/"
                + "schema/spring\">\n" + FraudControlRoute.ROUTE + "</routes>\n");
        Await.until("the fraud-control connector running", Duration.ofSeconds(60),
                () -> NODE.connectorState(FraudControlRoute.ID).orElse(""), "RUNNING"::equals);
        try (ActiveMQConnectionFactory broker = NODE.broker(); JMSContext jms = broker.createContext()) {
            for (Map<String, String> lookUp : List.of(FraudControlRoute.lookup(CITIZEN, COVERT, Instant.now()
                    .plus(Duration.ofDays(90)).toString()), FraudControlRoute.lookup(CITIZEN, "open-look-up", null))) {
                TextMessage message = jms.createTextMessage("lookup");
                for (Map.Entry<String, String> property : lookUp.entrySet()) {
                    message.setStringProperty(property.getKey(), property.getValue());
                }
                jms.createProducer().send(jms.createQueue(FraudControlRoute.QUEUE), message);
            }
        }
        Await.until("the open look-up recorded", Duration.ofSeconds(60), () -> NODE.getJson(
                TransparencyCalls.usageOf("limit=500"), TransparencyCalls.citizen(CITIZEN)).toJson(),
                json -> json.contains("open-look-up"));
    }

    @AfterClass
    public static void caseSystemBack() throws Exception {
        caseSystem("NORMAL");
    }

    @Test
    public void aCitizenSeesWhatIsHeldAndHowItWasUsedNarrowsTheListDownloadsTheCopyAndLogsOut() throws Exception {
        try (CitizenBrowser browser = new CitizenBrowser(NODE.httpPort, NODE.home.resolve("downloads-1"))) {
            browser.open("");
            assertEquals(List.of(), browser.seriousViolations());
            browser.screenshot("citizen-front");
            browser.logIn(CITIZEN, null);

            assertEquals("Mine data", browser.heading());
            assertTrue(browser.text(), browser.source("person-register").getText().contains(SURNAME));
            assertTrue(browser.text(), browser.source("housing-benefit").getText().contains(caseId));
            assertTrue(browser.text(), browser.source("digital-post").getText().contains("Afgørelse om boligstøtte"));
            assertEquals(List.of(), browser.seriousViolations());
            browser.screenshot("citizen-data");

            browser.driver.findElement(By.linkText("Brug af mine data")).click();
            assertEquals("Brug af mine data", browser.heading());
            int all = rows(browser).size();
            assertTrue(browser.text().contains("open-look-up"));
            assertFalse("a hidden record never shows", browser.text().contains(COVERT));
            assertTrue("the application, the letter and the look-ups are in the log: " + all, all >= 4);
            assertEquals(List.of(), browser.seriousViolations());
            browser.screenshot("citizen-usage");
            new Select(browser.driver.findElement(By.id("type"))).selectByVisibleText("Opslag");
            browser.driver.findElement(By.cssSelector(".filters button[type=submit]")).click();
            browser.waitFor(() -> browser.driver.getCurrentUrl().contains("type=DATA_REQUEST"));
            List<WebElement> lookUps = rows(browser);
            assertTrue(lookUps.size() + " of " + all, lookUps.size() >= 3 && lookUps.size() < all);
            assertTrue(lookUps.stream().allMatch(r -> r.findElements(By.tagName("td")).get(2).getText()
                    .equals("Opslag")));
            assertTrue("the overview's own look-ups are among them", lookUps.stream()
                    .anyMatch(r -> r.getText().contains("Mit overblik")));

            browser.driver.findElement(By.partialLinkText("CSV")).click();
            Path csv = download(browser, ".csv");
            List<String> lines = Files.readAllLines(csv);
            assertTrue(lines.get(0).startsWith("logTime,processingType,purpose"));
            assertTrue(lines.size() - 1 >= all);
            browser.driver.findElement(By.partialLinkText("JSON")).click();
            JsonObject copy = (JsonObject) Jsoner.deserialize(Files.readString(download(browser, ".json")));
            assertEquals(CITIZEN, ((JsonObject) copy.get("subject")).getString("id"));

            browser.driver.findElement(By.linkText("English")).click();
            browser.waitFor(() -> "Use of my data".equals(browser.heading()));
            browser.driver.findElement(By.cssSelector("header button[type=submit]")).click();
            browser.waitFor(() -> browser.text().contains("You are now logged out."));
            browser.open("data");
            assertTrue("logged out means logged out", browser.driver.getCurrentUrl().endsWith("/forbind/borger/"));
        }
    }

    @Test
    public void anotherCitizenSeesNoneOfItUnlessTheyHoldAPowerOfAttorney() throws Exception {
        try (CitizenBrowser browser = new CitizenBrowser(NODE.httpPort, NODE.home.resolve("downloads-2"))) {
            browser.logIn(OTHER, null);
            Cookie session = browser.driver.manage().getCookieNamed("forbind-borger");
            assertTrue(session.isHttpOnly() && session.isSecure());
            assertEquals("Lax", session.getSameSite());
            assertFalse(browser.text().contains(SURNAME));
            assertFalse(browser.text().contains(caseId));
            browser.open("brug");
            assertFalse(browser.text().contains(caseId));
            browser.open("fuldmagt");
            assertTrue(browser.text().contains("Du har ingen fuldmagter."));
        }
        try (CitizenBrowser browser = new CitizenBrowser(NODE.httpPort, NODE.home.resolve("downloads-3"))) {
            browser.logIn(OTHER, CITIZEN);
            browser.open("fuldmagt");
            assertEquals(List.of(), browser.seriousViolations());
            browser.driver.findElement(By.cssSelector("label[for=hvem-2]")).click();
            browser.driver.findElement(By.cssSelector("main button[type=submit]")).click();
            browser.waitFor(() -> browser.driver.getCurrentUrl().endsWith("/data"));
            assertTrue(browser.text().contains("Du ser data for " + CITIZEN.substring(0, 6) + "-"
                    + CITIZEN.substring(6) + " (fuldmagt)."));
            assertTrue(browser.source("person-register").getText().contains(SURNAME));
            browser.screenshot("citizen-power-of-attorney");
        }
    }

    @Test
    public void aSourceThatIsDownIsNotAvailableNowWhileTheRestShowsAlsoOnAPhone() throws Exception {
        try (CitizenBrowser browser = new CitizenBrowser(NODE.httpPort, NODE.home.resolve("downloads-4"))) {
            browser.logIn(CITIZEN, null);
            caseSystem("DOWN");
            browser.driver.manage().window().setSize(new Dimension(375, 812));
            try {
                browser.open("data");
            } finally {
                caseSystem("NORMAL");
            }
            assertTrue(browser.source("housing-benefit").getText().contains("Ikke tilgængelig lige nu"));
            assertTrue(browser.text().contains("Nogle oplysninger kan ikke vises lige nu"));
            assertTrue(browser.source("person-register").getText().contains(SURNAME));
            Number overflow = (Number) browser.driver.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertEquals("nothing wider than the phone's screen", 0, overflow.intValue());
            assertEquals(List.of(), browser.seriousViolations());
            browser.screenshot("citizen-phone-source-down");
        }
    }

    @Test
    public void theKeyboardAloneLogsInAndReachesEveryPage() throws Exception {
        try (CitizenBrowser browser = new CitizenBrowser(NODE.httpPort, NODE.home.resolve("downloads-5"))) {
            browser.open("");
            assertEquals("the first stop skips the menu", "Gå til indhold", tab(browser).getText());
            tabTo(browser, "Log ind med MitID").sendKeys(Keys.ENTER);
            browser.driver.findElement(By.id("cpr")).sendKeys(OTHER, Keys.ENTER);
            browser.waitFor(() -> browser.driver.getCurrentUrl().endsWith("/forbind/borger/data"));
            tabTo(browser, "Brug af mine data").sendKeys(Keys.ENTER);
            browser.waitFor(() -> "Brug af mine data".equals(browser.heading()));
        }
    }

    private static WebElement tab(CitizenBrowser browser) {
        browser.driver.switchTo().activeElement().sendKeys(Keys.TAB);
        return browser.driver.switchTo().activeElement();
    }

    /** Tabs on until the element with this text has the focus (at most 30 stops). */
    private static WebElement tabTo(CitizenBrowser browser, String text) {
        for (int i = 0; i < 30; i++) {
            WebElement focused = tab(browser);
            if (text.equals(focused.getText())) {
                return focused;
            }
        }
        throw new AssertionError("'" + text + "' cannot be reached with the tab key");
    }

    private static List<WebElement> rows(CitizenBrowser browser) {
        return browser.driver.findElements(By.cssSelector("table tbody tr"));
    }

    private static Path download(CitizenBrowser browser, String suffix) throws Exception {
        return Await.until("the " + suffix + " download", Duration.ofSeconds(30), () -> {
            try (var files = Files.list(browser.downloads)) {
                return files.filter(f -> f.toString().endsWith(suffix)).findFirst().orElse(null);
            }
        }, file -> file != null);
    }

    /** Switches the node's simulated case system (see {@link HousingCalls#caseSystem}). */
    private static void caseSystem(String mode) throws Exception {
        HttpURLConnection http = (HttpURLConnection) new URL("http://localhost:" + NODE.httpPort
                + HousingCalls.SIMULATOR + "/mode").openConnection();
        http.setRequestMethod("PUT");
        http.setDoOutput(true);
        http.getOutputStream().write(mode.getBytes(StandardCharsets.UTF_8));
        assertEquals("the simulator takes mode " + mode, 200, http.getResponseCode());
    }
}
