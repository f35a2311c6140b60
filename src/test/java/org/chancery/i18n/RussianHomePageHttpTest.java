package org.chancery.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.chancery.support.TestSite;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Russian home page of the sample site as of the seed's instant: 26 May 2020, 12:57 in Moscow. */
class RussianHomePageHttpTest {
    private static TestSite site;
    private static Document home;

    @BeforeAll
    static void start() {
        site = TestSite.sample();
        home = site.page("/ru/");
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void the_page_is_in_russian() {
        assertThat(home.selectFirst("html").attr("lang")).isEqualTo("ru");
        assertThat(home.selectFirst(".mission").text())
                .isEqualTo("Посольство Российской Федерации в Соединённом Королевстве");
    }

    @Test
    void the_date_has_the_month_in_the_genitive() {
        assertThat(home.selectFirst(".masthead .today").text()).isEqualTo("26 мая 2020");
        assertThat(home.selectFirst(".masthead .today").attr("datetime")).isEqualTo("2020-05-26");
    }

    @Test
    void the_clocks_have_russian_city_names() {
        assertThat(home.select(".masthead .clock")).extracting(e -> e.text())
                .containsExactly("Москва: 12:57", "Лондон: 10:57");
    }

    @Test
    void the_contact_line_has_a_russian_label() {
        assertThat(home.select(".masthead .contact")).extracting(e -> e.text())
                .containsExactly("Консульские вопросы: +44 (0) 203 668 7474");
        assertThat(home.selectFirst(".contact-label").text()).isEqualTo("Консульские вопросы:");
    }

    @Test
    void the_counters_are_russian_with_the_right_plural_forms() {
        assertThat(home.select(".masthead .counter")).extracting(e -> e.text()).containsExactly(
                "814 дней прошло с момента инцидента в Солсбери"
                        + " - нет никакой достоверной информации и реакции британских властей",
                "806 дней прошло с момента гибели Николая Глушкова на британской территории"
                        + " - нет никакой достоверной информации и реакции британских властей");
    }

    @Test
    void the_english_home_keeps_its_english_masthead() {
        Document en = site.page("/en/");
        assertThat(en.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(en.select(".masthead .clock")).extracting(e -> e.text())
                .containsExactly("Moscow: 12:57", "London: 10:57");
        assertThat(en.selectFirst(".contact-label").text()).isEqualTo("Consular queries:");
    }
}
