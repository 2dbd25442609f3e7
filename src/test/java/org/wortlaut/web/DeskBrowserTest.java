package org.wortlaut.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.wortlaut.TestChain;
import org.wortlaut.cli.Main;
import org.wortlaut.io.Json;

/**
 * The page in a real headless Chromium (Debian's chromium and chromium-driver): what a
 * fact-checker does, from a pasted article to the claims CSV. Skipped where the browser is absent.
 */
class DeskBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String SEED = "seed/000_69b0c0a304327b38.txt";

    private static RunningDesk desk;
    private static ChromeDriver browser;
    private static Path profile;
    private static Path downloads;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
            "chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)");
        desk = RunningDesk.withChain(ServerSettings.defaults(0));
        profile = Files.createTempDirectory("wortlaut-chromium");
        downloads = Files.createTempDirectory("wortlaut-downloads");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            "--disable-default-apps", "--window-size=1440,1000", "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
            "download.prompt_for_download", false));
        // the driver and browser are named, so Selenium Manager looks nothing up and downloads nothing
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (desk != null) {
            desk.close();
        }
        for (Path temporary : new Path[] {profile, downloads}) {
            if (temporary != null) {
                try (Stream<Path> files = Files.walk(temporary)) {
                    files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
                }
            }
        }
    }

    @BeforeEach
    void openPage() {
        browser.get(desk.uri().toString());
        waitUntil(d -> d.findElement(By.id("zustand")).getText().startsWith("Bereit"), 30);
    }

    private static void waitUntil(Function<WebDriver, Boolean> condition, int seconds) {
        new WebDriverWait(browser, Duration.ofSeconds(seconds)).until(condition::apply);
    }

    private static Object script(String code, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(code, arguments);
    }

    /** Pastes text as a person would, in one go (typing key by key would take minutes). */
    private static void paste(String text) {
        script("const box = document.getElementById('eingabe'); box.value = arguments[0];"
            + "box.dispatchEvent(new Event('input'));", text);
    }

    private static void analyse() {
        browser.findElement(By.id("analysieren")).click();
    }

    private static List<WebElement> claimRows() {
        return browser.findElements(By.cssSelector("#behauptungen tbody tr"));
    }

    private static String cell(WebElement row, String column) {
        return row.findElement(By.cssSelector("td.spalte-" + column)).getAttribute("textContent");
    }

    @Test
    void fromThePastedSeedArticleToItsClaimsCsv() throws Exception {
        Optional<Path> seed = TestChain.shared(SEED);
        assumeTrue(seed.isPresent(), "../shared/seed is absent");
        paste(Files.readString(seed.get()));
        analyse();
        waitUntil(d -> !claimRows().isEmpty(), 120);

        WebElement figure = browser.findElements(By.cssSelector("#artikel mark.zahl")).stream()
            .filter(m -> m.getText().equals("41 Prozent")).findFirst().orElseThrow();
        assertTrue(figure.getAttribute("class").contains("zahl-PERCENT"));
        assertEquals("rgba(255, 217, 179, 1)", figure.getCssValue("background-color"));
        assertFalse(browser.findElements(By.cssSelector("#artikel mark.entitaet-ORG")).isEmpty());
        assertFalse(browser.findElements(By.cssSelector("#artikel .sprecher")).isEmpty());

        WebElement row = claimRows().stream().filter(r -> cell(r, "zahl").equals("41 Prozent")).findFirst().orElseThrow();
        assertEquals("Gallup", cell(row, "entitaet"));
        assertTrue(cell(row, "quelle").contains("Gallup"), cell(row, "quelle"));
        assertTrue(cell(row, "satz").contains("41 Prozent"), cell(row, "satz"));

        // the article scrolled to its end: a click on the row brings the sentence into view and flashes it
        script("const a = document.getElementById('artikel'); a.scrollTop = a.scrollHeight;");
        String sentence = figure.findElement(By.xpath("ancestor::span[@data-satz]")).getAttribute("data-satz");
        assertFalse(sentenceInView(sentence));
        row.click();
        waitUntil(d -> sentenceInView(sentence), 10);
        WebElement flashed = browser.findElement(By.cssSelector("#artikel [data-satz='" + sentence + "']"));
        assertTrue(flashed.getAttribute("class").contains("blinkt"));
        script("document.getElementById('ergebnis').scrollIntoView();");
        screenshot();

        browser.findElement(By.id("csv-laden")).click();
        Path csv = downloads.resolve("artikel-claims.csv");
        waitUntil(d -> Files.exists(csv), 120);
        Path cliOut = dir.resolve("cli");
        assertEquals(0, Main.run("annotate", seed.get().toString(), "--format", "csv", "--out", cliOut.toString()));
        List<List<String>> downloaded = withoutDocumentId(csv);
        assertEquals(withoutDocumentId(cliOut.resolve("claims.csv")), downloaded);
        assertEquals(claimRows().size(), downloaded.size() - 1);
        assertTrue(downloaded.stream().anyMatch(r -> r.contains("41 Prozent") && r.contains("Gallup")));

        browser.findElement(By.id("json-laden")).click();
        Path json = downloads.resolve("artikel.json");
        waitUntil(d -> Files.exists(json), 60);
        assertEquals(0, Main.run("annotate", seed.get().toString(), "--format", "json", "--out", cliOut.toString()));
        String cliName = seed.get().getFileName().toString().replace(".txt", ".json");
        assertEquals(withoutIdAndSource(cliOut.resolve(cliName)), withoutIdAndSource(json));
    }

    private static JsonNode withoutIdAndSource(Path json) throws IOException {
        ObjectNode document = (ObjectNode) Json.MAPPER.readTree(json.toFile());
        document.remove(List.of("id", "source"));
        return document;
    }

    private static boolean sentenceInView(String sentence) {
        return (Boolean) script("const s = document.querySelector('#artikel [data-satz=\"' + arguments[0] + '\"]')"
            + ".getBoundingClientRect(); const a = document.getElementById('artikel').getBoundingClientRect();"
            + "return s.top >= a.top && s.bottom <= a.bottom && s.top >= 0 && s.bottom <= window.innerHeight;", sentence);
    }

    private static List<List<String>> withoutDocumentId(Path csv) throws IOException {
        try (Reader reader = Files.newBufferedReader(csv)) {
            return CSVFormat.RFC4180.parse(reader).getRecords().stream()
                .map(CSVRecord::toList).map(r -> r.subList(1, r.size())).toList();
        }
    }

    /** The page as the README shows it, kept under target/. */
    private static void screenshot() throws IOException {
        Path shot = Path.of("target", "desk-screenshot.png");
        Files.createDirectories(shot.getParent());
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), shot, StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void claimsFilterAndSort() {
        paste("Die Stadt Bergheide gibt 2,5 Millionen Euro für die Klinik aus. „Wir sparen 300.000 Euro im Jahr“, "
            + "sagte Bürgermeisterin Anna Weber am Montag. Laut dem Landesamt stieg die Zahl der Patienten um 12 Prozent.");
        analyse();
        waitUntil(d -> claimRows().size() >= 3, 120);
        int all = claimRows().size();
        browser.findElement(By.id("nur-geld")).click();
        List<String> types = claimRows().stream().map(r -> cell(r, "typ")).toList();
        assertEquals(List.of("Geld", "Geld"), types);
        browser.findElement(By.id("nur-zitiert")).click();
        assertEquals(List.of("300.000 Euro"), claimRows().stream().map(r -> cell(r, "zahl")).toList());
        browser.findElement(By.id("nur-geld")).click();
        browser.findElement(By.id("nur-zitiert")).click();
        assertEquals(all, claimRows().size());
        WebElement valueHeader = browser.findElement(By.cssSelector("th[data-spalte='zahl']"));
        valueHeader.click();
        List<String> ascending = claimRows().stream().map(r -> cell(r, "zahl")).toList();
        // numbers in their order, not the characters': 2,5 before 12 before 300.000
        assertTrue(ascending.indexOf("2,5 Millionen Euro") < ascending.indexOf("12 Prozent"), ascending.toString());
        assertTrue(ascending.indexOf("12 Prozent") < ascending.indexOf("300.000 Euro"), ascending.toString());
        assertEquals("ascending", valueHeader.getAttribute("aria-sort"));
        valueHeader.click();
        assertEquals("descending", valueHeader.getAttribute("aria-sort"));
        List<String> descending = claimRows().stream().map(r -> cell(r, "zahl")).toList();
        List<String> reversed = new ArrayList<>(ascending);
        Collections.reverse(reversed);
        assertEquals(reversed, descending);
    }

    @Test
    void markupInAnArticleShowsAsTextAndNeverRuns() {
        String article = "Die Polizei meldete 3 Festnahmen in Berlin.\n\n<script>window.eingeschleust = 1;</script>\n\n"
            + "<img src=x onerror=\"window.eingeschleust = 2\"> Der Schaden liegt bei 40.000 Euro.";
        paste(article);
        analyse();
        waitUntil(d -> !claimRows().isEmpty(), 120);
        String shown = browser.findElement(By.id("artikel")).getText();
        assertTrue(shown.contains("<script>window.eingeschleust = 1;</script>"), shown);
        assertTrue(shown.contains("<img src=x onerror=\"window.eingeschleust = 2\">"), shown);
        assertTrue(browser.findElements(By.cssSelector("#artikel script, #artikel img")).isEmpty());
        assertEquals(Boolean.TRUE, script("return window.eingeschleust === undefined;"));
    }

    @Test
    void aSavedPageFromTheFileField() throws IOException {
        Path page = Files.writeString(dir.resolve("gespeichert.html"), "<!DOCTYPE html><html lang=\"de\"><head>"
            + "<meta charset=\"utf-8\"><title>Klinik Bergheide</title><script>window.eingeschleust = 3;</script></head>"
            + "<body><nav><a href=\"/\">Startseite</a></nav><article><h1>Klinik Bergheide wird saniert</h1>"
            + "<p>Die Stadt Bergheide gibt 2,5 Millionen Euro für die Sanierung der Klinik aus, teilte die "
            + "Verwaltung am Montag mit. Die Arbeiten sollen im Frühjahr beginnen und zwei Jahre dauern.</p>"
            + "</article></body></html>");
        browser.findElement(By.id("datei")).sendKeys(page.toAbsolutePath().toString());
        analyse();
        waitUntil(d -> !claimRows().isEmpty(), 120);
        assertEquals("Klinik Bergheide wird saniert", browser.findElement(By.cssSelector("#artikel h3.zone-headline")).getText());
        assertTrue(claimRows().stream().anyMatch(r -> cell(r, "zahl").equals("2,5 Millionen Euro")));
        assertEquals(Boolean.TRUE, script("return window.eingeschleust === undefined;"));
    }

    @Test
    void twoMegabytesGiveAClearError() {
        script("const box = document.getElementById('eingabe'); box.value = 'Wort '.repeat(400000);");
        analyse();
        WebElement message = browser.findElement(By.id("meldung"));
        waitUntil(d -> message.isDisplayed() && message.getText().contains("zu lang"), 60);
        assertTrue(message.getText().contains("höchstens 1.000.000 Zeichen"), message.getText());
        assertTrue(message.getText().contains("article too long: 2,000,000 characters"), message.getText());
        assertTrue(browser.findElement(By.id("ergebnis")).getAttribute("hidden") != null);
    }
}
