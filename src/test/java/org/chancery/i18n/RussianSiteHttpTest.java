package org.chancery.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.chancery.support.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Walks the Russian site as a reader would, from the home page through the archive and its filters,
 * a publication, search, every page of the Russian menu, the feeds and a missing page: each speaks
 * Russian, names the mission in Russian and shows no English word of the interface.
 */
class RussianSiteHttpTest {
    private static final String MISSION = "Посольство Российской Федерации в Соединённом Королевстве";
    private static final String ENGLISH_MISSION = "Embassy of the Russian Federation to the United Kingdom";
    /** The header of an ICU argument ("{0, plural,") and a plural or select case's opening ("few {"). */
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\s*\\d+\\s*(,\\s*\\w+\\s*(,\\s*)?)?");
    private static final Pattern CASE = Pattern.compile("(=\\d+|\\b(zero|one|two|few|many|other))\\s*\\{");
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{3,}");

    private static TestSite site;
    private static Set<String> englishOnly;

    @BeforeAll
    static void start() {
        site = TestSite.sample().indexed();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    /** The pages a reader of the Russian site reaches from its home page, the menu's included. */
    static Stream<String> russianPages() {
        Document home = site.page("/ru/");
        List<String> paths = new ArrayList<>(List.of("/ru/", "/ru/news", "/ru/news?type=statement",
                "/ru/news?year=2020", "/ru/news?year=2020&month=5", "/ru/news?type=news&year=2020&month=5",
                "/ru/search", search("победа"), search("Lavrov"), search("zzzz"), search("\"незакрытая кавычка")));
        paths.add(home.select("main a[href^=/ru/news/]").first().attr("href"));
        home.select("nav.site-nav a").eachAttr("href").forEach(paths::add);
        return new LinkedHashSet<>(paths).stream();
    }

    private static String search(String q) {
        return "/ru/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @MethodSource("russianPages")
    void every_page_speaks_russian_and_names_the_mission_in_russian(String path) {
        check(site.page(path));
    }

    @Test
    void the_check_sees_english_interface_text_where_there_is_some() {
        String english = russianText(site.page("/en/news"));

        assertThat(englishOnlyTexts()).contains("All messages", "Narrow the results", "No publications found");
        assertThat(englishOnlyTexts()).filteredOn(english::contains).contains("All messages");
    }

    @Test
    void the_russian_menu_leads_to_russian_pages() {
        Document home = site.page("/ru/");

        assertThat(home.select("nav.site-nav a").eachAttr("href"))
                .containsExactly("/ru/", "/ru/news", "/ru/consular-services", "/ru/visas", "/ru/contacts");
        assertThat(home.select("nav.site-nav a").eachText())
                .containsExactly("Главная", "Все сообщения", "Консульские услуги", "Визы", "Контакты");
        assertThat(site.page("/ru/visas").selectFirst("main h1").text()).isEqualTo("Визы");
    }

    @Test
    void a_missing_page_speaks_russian_too() {
        Document missing = site.page("/ru/no-such-page", 404);

        check(missing);
        assertThat(missing.selectFirst("h1").text()).isEqualTo("Страница не найдена");
    }

    @Test
    void a_russian_publication_names_the_russian_mission_as_its_publisher() throws IOException {
        Document home = site.page("/ru/");
        Document page = site.page(home.select("main a[href^=/ru/news/]").first().attr("href"));

        assertThat(page.selectFirst("head meta[property=og:site_name]").attr("content")).isEqualTo(MISSION);
        JsonNode ld = new ObjectMapper().readTree(page.selectFirst("head script[type=application/ld+json]").data());
        assertThat(ld.at("/publisher/name").asText()).isEqualTo(MISSION);
        assertThat(page.title()).endsWith(" | " + MISSION);
    }

    @Test
    void the_russian_feeds_carry_the_russian_mission_name() {
        Document atom = feed("/ru/atom.xml");
        Document rss = feed("/ru/feed.xml");
        Document typed = feed("/ru/atom/statement.xml");

        assertThat(atom.selectFirst("feed > title").text()).isEqualTo(MISSION + ": все публикации");
        assertThat(atom.selectFirst("feed > author > name").text()).isEqualTo(MISSION);
        assertThat(rss.selectFirst("channel > title").text()).isEqualTo(MISSION + ": все публикации");
        assertThat(rss.selectFirst("channel > description").text()).startsWith(MISSION + ": ");
        assertThat(typed.selectFirst("feed > title").text()).startsWith(MISSION + ": ");
        assertThat(feed("/en/atom.xml").selectFirst("feed > title").text()).startsWith(ENGLISH_MISSION);
        assertThat(site.get("/ru/atom.xml").body()).doesNotContain(ENGLISH_MISSION);
    }

    private static Document feed(String path) {
        HttpResponse<String> response = site.get(path);
        assertThat(response.statusCode()).isEqualTo(200);
        return Jsoup.parse(response.body(), "", Parser.xmlParser());
    }

    /** The page is Russian, names the mission in Russian, and no English interface text shows outside other-language parts. */
    private static void check(Document page) {
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("ru");
        assertThat(page.selectFirst("header .mission").text()).isEqualTo(MISSION);
        assertThat(page.title()).endsWith(MISSION);
        String shown = russianText(page);
        assertThat(shown).doesNotContain(ENGLISH_MISSION);
        for (String english : englishOnlyTexts()) {
            assertThat(shown).as("English interface text on %s", page.location()).doesNotContain(english);
        }
    }

    /** What a reader sees or hears: text and labels, leaving out parts marked as another language than the page's. */
    private static String russianText(Document page) {
        Document copy = page.clone();
        copy.body().select("[lang]:not([lang=" + copy.selectFirst("html").attr("lang") + "])").remove();
        StringBuilder all = new StringBuilder(copy.title()).append('\n').append(copy.body().text());
        for (Element e : copy.select("[aria-label], [title], [placeholder], [alt]")) {
            Stream.of("aria-label", "title", "placeholder", "alt").filter(e::hasAttr)
                    .forEach(a -> all.append('\n').append(e.attr(a)));
        }
        return all.toString();
    }

    /**
     * The literal words of every English message whose Russian differs: the text between its
     * arguments and plural cases, each piece with at least one Latin word of three letters.
     */
    private static Set<String> englishOnlyTexts() {
        if (englishOnly == null) {
            englishOnly = readEnglishOnlyTexts();
        }
        return englishOnly;
    }

    private static Set<String> readEnglishOnlyTexts() {
        Properties en = bundle("en");
        Properties ru = bundle("ru");
        Set<String> texts = new LinkedHashSet<>();
        for (String key : en.stringPropertyNames()) {
            String value = en.getProperty(key);
            if (value.equals(ru.getProperty(key))) {
                continue;
            }
            String literal = CASE.matcher(ARGUMENT.matcher(value).replaceAll("\u0000")).replaceAll("\u0000");
            for (String piece : literal.split("[\u0000{}#]")) {
                String text = piece.strip();
                if (LATIN_WORD.matcher(text).find() && !text.equals(ru.getProperty(key))) {
                    texts.add(text);
                }
            }
        }
        return texts;
    }

    private static Properties bundle(String lang) {
        Properties p = new Properties();
        try (InputStream in = RussianSiteHttpTest.class.getResourceAsStream("/i18n/messages_" + lang + ".properties");
                Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
