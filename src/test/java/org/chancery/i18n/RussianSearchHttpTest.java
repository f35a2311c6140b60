package org.chancery.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.chancery.support.TestSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Search on the Russian pages: Russian stemming finds a word in its other cases, and counts are Russian. */
class RussianSearchHttpTest {
    private static TestSite site;

    @BeforeAll
    static void start() {
        site = TestSite.sample().indexed();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static Document search(String lang, String q) {
        return site.page("/" + lang + "/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"победа", "Победы", "победой", "победе"})
    void a_word_finds_its_other_cases(String word) {
        Document page = search("ru", word);

        assertThat(page.selectFirst(".search-count").text()).isEqualTo("Найдено 2 публикации");
        assertThat(page.select("main a[href^=/ru/news/]")).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void another_case_of_a_plural_noun_finds_it() {
        Document page = search("ru", "ветеранам");

        assertThat(page.selectFirst(".search-count").text()).isEqualTo("Найдена 1 публикация");
        assertThat(page.select("main a[href^=/ru/news/]").eachText())
                .contains("Владимир Путин поздравил ветеранов и всех россиян с Днём Победы");
    }

    @Test
    void the_pages_language_is_searched() {
        assertThat(search("ru", "Лавров").selectFirst(".search-count").text()).isEqualTo("Ничего не найдено");
        assertThat(search("en", "Victory").select(".search-layout a[href^=/ru/news/]")).isEmpty();
    }

    @Test
    void an_english_only_word_shows_the_english_hits_after_the_russian_results() {
        Document page = search("ru", "Lavrov");

        assertThat(page.selectFirst(".search-count").text()).isEqualTo("Ничего не найдено");
        Element elsewhere = page.selectFirst("section.elsewhere");
        assertThat(elsewhere).isNotNull();
        assertThat(page.select(".search-layout, section.elsewhere").eachAttr("class"))
                .containsExactly("search-layout", "elsewhere");
        assertThat(elsewhere.selectFirst("h2").text()).isEqualTo("На других языках");
        Elements hits = elsewhere.select("li.hit");
        assertThat(hits).hasSizeBetween(1, 3);
        assertThat(hits.eachAttr("lang")).containsOnly("en");
        assertThat(hits.select(".hit-language").eachText()).containsOnly("English");
        assertThat(hits.select(".publication-meta").eachAttr("lang")).containsOnly("ru");
        assertThat(hits.select(".hit-title a").eachAttr("href")).allMatch(href -> href.startsWith("/en/news/"));
        assertThat(hits.select("mark").eachText()).contains("Lavrov");
        Element all = elsewhere.selectFirst(".elsewhere-all a");
        assertThat(all.attr("href")).isEqualTo("/en/search?q=Lavrov");
        assertThat(all.attr("hreflang")).isEqualTo("en");
        assertThat(all.text()).matches("Все результаты на этом языке: \\d+ публикаци[яий]");
    }

    @Test
    void the_own_languages_results_come_first_and_the_others_follow() {
        Document page = search("en", "Lavrov победа");

        assertThat(page.select(".search-layout li.hit")).isNotEmpty();
        assertThat(page.select(".search-layout li.hit[lang]")).isEmpty();
        assertThat(page.select("section.elsewhere li.hit").eachAttr("lang")).containsOnly("ru");
        assertThat(page.select("section.elsewhere h3").eachText()).containsExactly("Русский");
        assertThat(page.selectFirst(".elsewhere-all a").text()).isEqualTo("All results in this language: 2 publications");
    }

    @Test
    void a_word_found_in_no_other_language_shows_no_other_languages() {
        assertThat(search("ru", "победа").select("section.elsewhere")).isEmpty();
    }
}
