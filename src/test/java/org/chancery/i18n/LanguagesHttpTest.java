package org.chancery.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.chancery.publication.Publication;
import org.chancery.publication.PublicationType;
import org.chancery.publication.Status;
import org.chancery.support.Browser;
import org.chancery.support.StoredPublications;
import org.chancery.support.TestSite;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every public page in both languages: the root's choice, the lang attribute, the switcher and hreflang. */
class LanguagesHttpTest {
    private static TestSite site;

    @BeforeAll
    static void start() {
        site = TestSite.sample();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "ru-RU,ru;q=0.9,en;q=0.8 | /ru/",
        "en-GB,en;q=0.9 | /en/",
        "de-DE,ru;q=0.5,en;q=0.4 | /ru/",
        "fr-FR | /en/",
        "'' | /en/",
        "not a header;;; | /en/"})
    void the_root_goes_to_the_readers_language_or_the_default(String acceptLanguage, String home) {
        HttpRequest.Builder request = HttpRequest.newBuilder(java.net.URI.create(site.url("/")));
        if (!acceptLanguage.isEmpty()) {
            request.header("Accept-Language", acceptLanguage);
        }
        HttpResponse<String> response = site.send(request.build());

        assertThat(response.statusCode()).isIn(302, 303);
        assertThat(response.headers().firstValue("Location")).hasValue(home);
        assertThat(response.headers().firstValue("Vary")).hasValueSatisfying(v -> assertThat(v).contains("Accept-Language"));
    }

    @ParameterizedTest
    @CsvSource({"/en/, en, /ru/", "/ru/, ru, /en/", "/en/news, en, /ru/news", "/ru/news, ru, /en/news",
        "/en/search, en, /ru/search", "/ru/search?q=visa, ru, /en/search?q=visa"})
    void pages_of_every_language_carry_their_lang_a_switcher_and_hreflang(String path, String lang, String other) {
        Document page = site.page(path);
        String otherLang = other.substring(1, 3);

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo(lang);
        assertThat(page.select("nav.languages a").eachAttr("href")).containsExactly(other);
        assertThat(page.selectFirst("nav.languages a").text()).isEqualTo(otherLang.equals("ru") ? "Русский" : "English");
        assertThat(hreflang(site, page, otherLang))
                .containsExactly(other);
        assertThat(page.select("link[rel=alternate][hreflang=" + lang + "]")).hasSize(1);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "/en/news/type/interview | /ru/news/type/interview",
        "/ru/news/type/news | /en/news/type/news",
        "/en/news?type=statement&page=1 | /ru/news?type=statement",
        "/en/news?type=interview&year=2020&month=4 | /ru/news?type=interview&year=2020&month=4",
        "/ru/news?year=2020&page=1&utm_source=x | /en/news?year=2020",
        "/en/search?q=victory&type=news&year=2020 | /ru/search?q=victory&type=news&year=2020"})
    void archive_and_search_switch_to_the_same_view_in_the_other_language(String path, String other) {
        Document page = site.page(path);
        String lang = path.substring(1, 3);
        String self = hreflang(site, page, lang).get(0);

        assertThat(page.select("nav.languages a").eachAttr("href")).containsExactly(other);
        assertThat(hreflang(site, page, other.substring(1, 3)))
                .containsExactly(other);
        assertThat(site.page(self).select("nav.languages a").eachAttr("href")).containsExactly(other);
        assertThat(self).isEqualTo("/" + lang + other.substring(3));
    }

    @Test
    void a_later_archive_page_switches_to_the_same_page_where_the_other_language_has_it() {
        try (TestSite fuller = TestSite.sample()) {
            var repository = new StoredPublications(fuller.app().database());
            for (int i = 1; i <= 12; i++) {
                Instant published = Instant.parse("2020-03-01T09:00:00Z").plus(Duration.ofDays(i));
                repository.insert(new Publication(null, "soobshchenie-" + i, PublicationType.NEWS, "ru",
                        Status.PUBLISHED, "Сообщение " + i, "", "", null, null, published, false, null, List.of(),
                        published, published));
            }

            for (String[] pair : new String[][] {{"/en/news/page/2", "/ru/news/page/2"},
                    {"/ru/news/page/2", "/en/news/page/2"}, {"/en/news?page=2", "/ru/news?page=2"}}) {
                Document page = fuller.page(pair[0]);
                assertThat(page.select("nav.languages a").eachAttr("href")).as(pair[0]).containsExactly(pair[1]);
                assertThat(hreflang(fuller, page, pair[1].substring(1, 3))).as(pair[0]).containsExactly(pair[1]);
                fuller.page(pair[1]);
            }
            // twelve Russian news fill two pages; the three English ones, one
            assertThat(fuller.page("/ru/news/type/news/page/2").select("nav.languages a").eachAttr("href"))
                    .containsExactly("/en/");
        }
    }

    @Test
    void a_search_names_its_own_address_for_hreflang_without_a_needless_page() {
        Document page = site.page("/en/search?q=lavrov&page=1&type=interview");

        assertThat(page.select("nav.languages a").eachAttr("href")).containsExactly("/ru/search?q=lavrov&type=interview");
        assertThat(hreflang(site, page, "en"))
                .containsExactly("/en/search?q=lavrov&type=interview");
    }

    @Test
    void an_archive_page_the_other_language_lacks_switches_to_its_home() {
        Document page = site.page("/en/news/page/2");

        assertThat(page.select("nav.languages a").eachAttr("href")).containsExactly("/ru/");
        assertThat(page.select("link[rel=alternate][hreflang]")).isEmpty();
    }

    @Test
    void the_words_of_a_search_reach_the_other_language_encoded_and_escaped() {
        HttpResponse<String> response = site.get("/en/search?q=" + java.net.URLEncoder.encode(
                "<b>\"victory\" & 'day'</b>", java.nio.charset.StandardCharsets.UTF_8) + "&type=news");
        Document page = Browser.parse(response);
        String other = "/ru/search?q=%3Cb%3E%22victory%22+%26+%27day%27%3C%2Fb%3E&type=news";

        assertThat(page.select("nav.languages a").eachAttr("href")).containsExactly(other);
        assertThat(hreflang(site, page, "ru")).containsExactly(other);
        assertThat(response.body()).contains("href=\"" + other.replace("&", "&amp;") + "\"")
                .doesNotContain("<b>\"victory");
    }

    @ParameterizedTest
    @CsvSource({"/en/visas, /ru/visas", "/ru/visas, /en/visas", "/en/consular-services, /ru/consular-services",
        "/ru/contacts, /en/contacts"})
    void a_static_page_and_its_translation_switch_to_each_other(String path, String other) {
        Document page = site.page(path);
        String otherLang = other.substring(1, 3);

        assertThat(page.select("nav.languages a").eachAttr("href")).containsExactly(other);
        assertThat(hreflang(site, page, otherLang))
                .containsExactly(other);
        assertThat(hreflang(site, page, path.substring(1, 3)))
                .containsExactly(path);
    }

    @Test
    void a_translated_publication_and_its_original_switch_to_each_other() {
        Document archive = site.page("/ru/news");
        assertThat(archive.select("main a[href^=/ru/news/]").eachText())
                .contains("Владимир Путин поздравил ветеранов и всех россиян с Днём Победы");
        String ru = archive.select("main a[href^=/ru/news/]").stream()
                .filter(a -> a.text().startsWith("Владимир Путин")).findFirst().orElseThrow().attr("href");

        Document russian = site.page(ru);
        assertThat(russian.selectFirst("html").attr("lang")).isEqualTo("ru");
        String en = russian.selectFirst("nav.languages a").attr("href");
        assertThat(en).startsWith("/en/news/");
        assertThat(hreflang(site, russian, "en")).containsExactly(en);
        assertThat(hreflang(site, russian, "ru")).containsExactly(ru);

        Document english = site.page(en);
        assertThat(english.selectFirst("h1").text())
                .isEqualTo("Vladimir Putin congratulated veterans and all Russians on Victory Day");
        assertThat(english.selectFirst("nav.languages a").attr("href")).isEqualTo(ru);
        assertThat(hreflang(site, english, "ru")).containsExactly(ru);
    }

    @Test
    void an_untranslated_publication_switches_to_the_other_home() {
        Document page = site.page(site.page("/en/news").selectFirst("main a[href*=tass]").attr("href"));

        assertThat(page.select("nav.languages a").eachAttr("href")).containsExactly("/ru/");
        assertThat(page.select("link[rel=alternate][hreflang]")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"/ru/feed.xml", "/ru/atom.xml", "/ru/feed/news.xml", "/ru/atom/statement.xml"})
    void the_russian_feeds_hold_the_russian_publications(String path) {
        HttpResponse<String> feed = site.get(path);

        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.body()).contains("/ru/news/").doesNotContain("/en/news/");
    }

    @Test
    void error_pages_exist_in_both_languages() {
        Document en = site.page("/en/nope/x", 404);
        Document ru = site.page("/ru/nope/x", 404);

        assertThat(en.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(ru.selectFirst("html").attr("lang")).isEqualTo("ru");
        assertThat(ru.selectFirst("h1").text()).isEqualTo("Страница не найдена");
        assertThat(ru.select(".masthead .clock").eachText()).containsExactly("Москва: 12:57", "Лондон: 10:57");
    }

    @Test
    void the_russian_archive_and_search_speak_russian() {
        Document archive = site.page("/ru/news");
        Document search = site.page("/ru/search?q=zzzz");

        assertThat(archive.selectFirst("h1").text()).isEqualTo("Все сообщения");
        assertThat(search.select("main").text()).contains("Ни одна публикация не соответствует запросу «zzzz».");
    }

    /** The hreflang alternates of a page for a language, as paths; each must be absolute, on the site's base URL. */
    private static List<String> hreflang(TestSite on, Document page, String lang) {
        List<String> urls = page.select("link[rel=alternate][hreflang=" + lang + "]").eachAttr("href");
        assertThat(urls).allMatch(url -> url.startsWith(on.url("/")));
        return urls.stream().map(url -> url.substring(on.url("").length())).toList();
    }
}
