package org.chancery.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The characters no stored text may hold, found, named and stripped. */
class ControlCharactersTest {

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\u0001", "\u0008", "\u000b", "\u000c", "\u001b", "\u001f", "\ufffe", "\uffff",
        "\ud800", "\udc00", "\udc00\ud800"})
    void each_refused_character_is_found_alone_and_inside_text(String bad) {
        assertThat(ControlCharacters.indexIn(bad)).isZero();
        assertThat(ControlCharacters.indexIn("Title " + bad + " end")).isEqualTo(6);
        assertThat(ControlCharacters.isClean("ab" + bad)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "tab\there", "lines\nand\r\nreturns", "Заявление МИД", "emoji \ud83d\ude00 ok",
        "\u007f\u0085\u00a0", "\ufffd", "\ufdd0"})
    void ordinary_text_is_clean(String text) {
        assertThat(ControlCharacters.isClean(text)).isTrue();
        assertThat(ControlCharacters.strip(text)).isSameAs(text);
    }

    @Test
    void null_is_clean() {
        assertThat(ControlCharacters.isClean(null)).isTrue();
        assertThat(ControlCharacters.strip(null)).isNull();
    }

    @Test
    void a_pair_in_the_wrong_order_is_two_unpaired_halves() {
        assertThat(ControlCharacters.strip("a\ude00\ud83db")).isEqualTo("ab");
    }

    @Test
    void strip_keeps_everything_else_in_order() {
        assertThat(ControlCharacters.strip("\u0001A\u0000B\tC\ud83d\ude00\uffff\ud800")).isEqualTo("AB\tC\ud83d\ude00");
    }

    @Test
    void the_problem_names_the_field_the_character_and_its_position() {
        FieldProblem problem = ControlCharacters.problem("title", "Ti\u0001tle").orElseThrow();

        assertThat(problem.field()).isEqualTo("title");
        assertThat(problem.code()).isEqualTo("control-character");
        assertThat(problem.detail()).isEqualTo("'title' holds a control character (U+0001) at position 3:"
                + " only tab, line feed and carriage return are allowed");
        assertThat(ControlCharacters.problem("title", "Title")).isEmpty();
    }

    @Test
    void refuse_throws_invalid_input_naming_the_field() {
        assertThatThrownBy(() -> ControlCharacters.refuse("reason", "why\u0000"))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("reason"));
    }

    @Test
    void a_form_check_refuses_a_control_character_even_at_the_edge() {
        FieldCheck check = new FieldCheck();
        check.optional("label", "Label\u001f", 100);

        assertThat(check.hasProblem("label")).isTrue();
    }
}
