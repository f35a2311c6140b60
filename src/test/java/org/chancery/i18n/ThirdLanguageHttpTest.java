package org.chancery.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.chancery.support.TestDatabase;
import org.chancery.support.TestSite;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A third language needs only its interface text and the {@code languages} setting: no template
 * or handler changes. The French text is made for this test from the English bundle, with the
 * words the test looks for translated, and put on the test class path while it runs (so the
 * shipped bundles, which the bundle test checks, stay English and Russian).
 */
class ThirdLanguageHttpTest {
    private static final Map<String, String> FRENCH = Map.of(
            "layout.languages", "Langue",
            "nav.home", "Accueil",
            "nav.allMessages", "Tous les messages");
    private static Path bundle;
    private static TestSite site;

    @BeforeAll
    static void start() throws IOException, URISyntaxException {
        Path classes = Path.of(ThirdLanguageHttpTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        bundle = classes.resolve("i18n/messages_fr.properties");
        Files.createDirectories(bundle.getParent());
        Files.writeString(bundle, french(), StandardCharsets.UTF_8);
        site = TestSite.start(TestDatabase.sqlite(), TestSite.SEED_INSTANT,
                c -> c.withLanguages(List.of("en", "ru", "fr")));
    }

    @AfterAll
    static void stop() throws IOException {
        try {
            site.close();
        } finally {
            Files.deleteIfExists(bundle);
        }
    }

    private static String french() throws IOException {
        try (InputStream in = ThirdLanguageHttpTest.class.getResourceAsStream("/i18n/messages_en.properties")) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("no English bundle on the class path"));
            }
            StringBuilder text = new StringBuilder();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String key = line.contains("=") ? line.substring(0, line.indexOf('=')) : "";
                text.append(FRENCH.containsKey(key) ? key + "=" + FRENCH.get(key) : line).append('\n');
            }
            return text.toString();
        }
    }

    @Test
    void the_third_language_has_its_home_archive_and_search_in_its_own_words() {
        for (String path : List.of("/fr/", "/fr/news", "/fr/search?q=visa")) {
            Document page = site.page(path);

            assertThat(page.selectFirst("html").attr("lang")).as(path).isEqualTo("fr");
            assertThat(page.select("nav.languages").attr("aria-label")).isEqualTo("Langue");
            assertThat(page.select("nav.languages a").eachAttr("hreflang")).containsExactly("en", "ru");
        }
    }

    @Test
    void the_other_languages_offer_it_in_its_own_name() {
        Document page = site.page("/en/");

        assertThat(page.select("nav.languages a").eachText()).containsExactly("Русский", "Français");
        assertThat(page.select("nav.languages a").eachAttr("href")).containsExactly("/ru/", "/fr/");
    }

    @Test
    void a_french_browser_is_sent_to_the_french_home() {
        HttpResponse<String> response = site.send(HttpRequest.newBuilder(java.net.URI.create(site.url("/")))
                .header("Accept-Language", "fr-FR,fr;q=0.9").build());

        assertThat(response.headers().firstValue("Location")).hasValue("/fr/");
    }
}
