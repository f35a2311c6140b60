package org.chancery.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.chancery.masthead.Masthead;
import org.chancery.masthead.SettingsRepository;
import org.chancery.support.Chromium;
import org.chancery.support.TestSite;
import org.chancery.web.Localizer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An export made on 26 May 2020 (the seed's instant), opened from plain files years later,
 * shows the reader's today: the page's script computes the date, clocks and day counters.
 */
class ExportedMastheadBrowserTest {
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "css", "text/css", "js", "text/javascript", "xml", "application/xml");

    @TempDir
    static Path dir;

    private static TestSite site;
    private static HttpServer files;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() throws IOException {
        assumeTrue(Chromium.available());
        site = TestSite.sample();
        StaticExport.run(site.app(), dir, 4, (done, known) -> { });
        files = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        files.createContext("/", ExportedMastheadBrowserTest::serve);
        files.start();
        browser = Chromium.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (files != null) {
            files.stop(0);
        }
        if (site != null) {
            site.close();
        }
    }

    /** A static file server as nginx with {@code try_files $uri $uri/index.html} is one. */
    private static void serve(HttpExchange exchange) throws IOException {
        Path file = dir.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
        if (Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        if (!file.startsWith(dir) || !Files.isRegularFile(file)) {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
        }
        String name = file.getFileName().toString();
        exchange.getResponseHeaders().set("Content-Type",
                TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream"));
        byte[] body = Files.readAllBytes(file);
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** What the masthead must read at {@code now}, as the server would render it then. */
    private static List<String> expected(String lang, Instant now) {
        Masthead m = Masthead.at(now, new SettingsRepository(site.app().database().jdbi()).load(), lang);
        Localizer t = new Localizer(lang);
        List<String> texts = new java.util.ArrayList<>();
        texts.add(t.longDate(m.today()));
        m.clocks().forEach(c -> texts.add(c.label() + ": " + t.time(c.time())));
        m.counters().forEach(c -> texts.add(c.comment().isEmpty()
                ? t.text("masthead.counter", c.days(), c.label(), String.valueOf(c.days()))
                : t.text("masthead.counterWithComment", c.days(), c.label(), String.valueOf(c.days()), c.comment())));
        return texts;
    }

    private static List<String> shown() {
        List<String> texts = new java.util.ArrayList<>();
        texts.add(browser.findElement(By.cssSelector(".masthead time.today")).getText());
        browser.findElements(By.cssSelector(".masthead .clock")).forEach(e -> texts.add(e.getText()));
        browser.findElements(By.cssSelector(".masthead .counter")).stream().map(WebElement::getText).forEach(texts::add);
        return texts;
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ru"})
    void exported_home_page_shows_the_browsers_date_clocks_and_counters(String lang) {
        List<String> exported = expected(lang, TestSite.SEED_INSTANT);
        browser.get("http://127.0.0.1:" + files.getAddress().getPort() + "/" + lang + "/");

        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !shown().get(0).equals(exported.get(0)));
        Instant before = Instant.now();
        List<String> shown = shown();
        Instant after = Instant.now();

        assertThat(shown).hasSize(exported.size()).isIn(expected(lang, before), expected(lang, after),
                expected(lang, before.minusSeconds(60)));
        assertThat(shown.get(3)).startsWith(String.valueOf(Masthead.at(after,
                new SettingsRepository(site.app().database().jdbi()).load(), lang).counters().get(0).days()));
        if (lang.equals("ru")) {
            assertThat(shown.get(0)).matches("\\d{1,2} [а-я]+ \\d{4}");
        }
    }
}
