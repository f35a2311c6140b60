package org.chancery.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class SlugsTest {

    @Test
    void english_title_becomes_hyphenated_lowercase_and_apostrophes_join_words() {
        assertThat(Slugs.slugify("Foreign Minister Sergey Lavrov’s interview with TASS news agency"))
                .isEqualTo("foreign-minister-sergey-lavrovs-interview-with-tass-news-agency");
    }

    @Test
    void ascii_apostrophe_is_dropped_without_separator() {
        assertThat(Slugs.slugify("Minister's remarks")).isEqualTo("ministers-remarks");
    }

    @Test
    void cyrillic_title_is_transliterated_to_ascii() {
        String slug = Slugs.slugify("Интервью Министра иностранных дел России С.В.Лаврова");

        assertThat(slug).matches("[a-z0-9]+(-[a-z0-9]+)*");
        assertThat(slug).startsWith("intervu-ministra-").endsWith("-lavrova");
        assertThat(slug).contains("-s-v-");
    }

    @Test
    void accented_latin_loses_its_diacritics() {
        assertThat(Slugs.slugify("Déclaration de l’Ambassade à Genève")).isEqualTo("declaration-de-lambassade-a-geneve");
    }

    @Test
    void runs_of_punctuation_and_spaces_become_one_hyphen() {
        assertThat(Slugs.slugify("  Press release -- No. 12 / 2024 (updated!!!)  "))
                .isEqualTo("press-release-no-12-2024-updated");
    }

    @Test
    void long_title_is_cut_at_a_hyphen_boundary_within_the_limit() {
        String title = "Statement by the Ministry on the outcome of the negotiations held in the capital "
                + "between the delegations of both countries";

        String slug = Slugs.slugify(title);

        assertThat(slug).hasSizeLessThanOrEqualTo(Slugs.MAX_LENGTH).doesNotEndWith("-");
        assertThat(title.toLowerCase().replace(" ", "-")).startsWith(slug + "-");
    }

    @Test
    void cut_keeps_a_word_that_ends_exactly_at_the_limit() {
        String word = "a".repeat(39);
        String slug = Slugs.slugify(word + " " + word + " " + "tail");

        assertThat(slug).isEqualTo(word + "-" + word).hasSize(79);
        assertThat(Slugs.slugify("b".repeat(40) + " " + "c".repeat(39) + " more")).hasSize(80);
    }

    @Test
    void single_word_longer_than_the_limit_is_cut_hard() {
        assertThat(Slugs.slugify("x".repeat(100))).isEqualTo("x".repeat(Slugs.MAX_LENGTH));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "!!! ??? ...", "’’’", "—", "☃★"})
    void empty_or_symbol_only_title_becomes_item(String title) {
        assertThat(Slugs.slugify(title)).isEqualTo("item");
    }

    @Test
    void digits_are_kept() {
        assertThat(Slugs.slugify("COVID-19: update 2")).isEqualTo("covid-19-update-2");
    }
}
