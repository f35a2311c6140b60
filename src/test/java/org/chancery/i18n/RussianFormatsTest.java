package org.chancery.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.IntStream;
import org.chancery.web.Localizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Russian dates and plural forms, as CLDR gives them through ICU4J. */
class RussianFormatsTest {
    private static final Localizer RU = new Localizer("ru");

    private static String counter(long days) {
        return RU.text("masthead.counter", days, "X", String.valueOf(days));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "0, дней прошло", "1, день прошёл", "2, дня прошло", "3, дня прошло", "4, дня прошло", "5, дней прошло",
        "6, дней прошло", "7, дней прошло", "8, дней прошло", "9, дней прошло", "10, дней прошло",
        "11, дней прошло", "12, дней прошло", "13, дней прошло", "14, дней прошло", "15, дней прошло",
        "16, дней прошло", "17, дней прошло", "18, дней прошло", "19, дней прошло", "20, дней прошло",
        "21, день прошёл", "22, дня прошло", "23, дня прошло", "24, дня прошло", "25, дней прошло",
        "101, день прошёл", "111, дней прошло", "814, дней прошло", "3182, дня прошло"})
    void counters_take_the_plural_form_of_their_number(long days, String words) {
        assertThat(counter(days)).isEqualTo(days + " " + words + " с X");
    }

    @Test
    void the_forms_follow_the_last_digits_for_every_number_up_to_25() {
        IntStream.rangeClosed(0, 25).forEach(n -> {
            int last = n % 10;
            boolean teen = n % 100 >= 11 && n % 100 <= 14;
            String expected = last == 1 && !teen ? "день" : last >= 2 && last <= 4 && !teen ? "дня" : "дней";
            assertThat(counter(n).split(" ")[1]).as("%d", n).isEqualTo(expected);
        });
    }

    @Test
    void the_long_date_has_the_month_in_the_genitive() {
        assertThat(RU.longDate(LocalDate.of(2020, 5, 26))).isEqualTo("26 мая 2020");
        assertThat(RU.longDate(LocalDate.of(2018, 3, 4))).isEqualTo("4 марта 2018");
        assertThat(RU.monthName(5)).isEqualTo("май");
    }

    @Test
    void counts_and_numbers_are_russian() {
        assertThat(RU.text("archive.count", 0)).isEqualTo("Нет публикаций");
        assertThat(RU.text("archive.count", 1)).isEqualTo("1 публикация");
        assertThat(RU.text("archive.count", 3)).isEqualTo("3 публикации");
        assertThat(RU.text("archive.count", 11)).isEqualTo("11 публикаций");
        assertThat(RU.text("search.count", 21)).isEqualTo("Найдена 21 публикация");
        assertThat(RU.text("search.count", 1234)).isEqualTo("Найдено 1\u00a0234 публикации");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "editor.error.too-long, 1, Не более 1 символа.", "editor.error.too-long, 3, Не более 3 символов.",
        "editor.error.too-long, 300, Не более 300 символов.", "editor.error.too-long, 21, Не более 21 символа.",
        "editor.error.too-many, 1, Не более 1 записи.", "editor.error.too-many, 20, Не более 20 записей.",
        "menu.error.tooMany, 12, В меню может быть не более 12 ссылок.",
        "menu.error.tooMany, 31, В меню может быть не более 31 ссылки.",
        "page.error.bodyTooLarge, 2, Текст слишком длинный: не более 2 мегабайт.",
        "page.error.bodyTooLarge, 1, Текст слишком длинный: не более 1 мегабайта."})
    void limits_in_messages_agree_with_their_number(String key, int limit, String expected) {
        assertThat(RU.text(key, limit)).isEqualTo(expected);
    }

    @Test
    void numbers_on_their_own_group_digits_as_in_messages() {
        assertThat(RU.number(10_000)).isEqualTo("10\u00a0000").isEqualTo(RU.text("archive.titlePage", 10_000)
                .substring("Все сообщения, страница ".length()));
        assertThat(RU.number(999)).isEqualTo("999");
        assertThat(new Localizer("en").number(12_345)).isEqualTo("12,345");
    }
}
