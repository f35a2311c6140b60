package org.chancery.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.chancery.support.TestSite;
import org.jsoup.nodes.Document;
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
        assertThat(search("en", "Victory").select("main a[href^=/ru/news/]")).isEmpty();
    }
}
