package org.chancery.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import java.text.StringCharacterIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SentenceBreaksTest {
    private static final String PROSE = "The Minister met his counterpart. They discussed sanctions!"
            + " Was trade raised? It was.\nA new paragraph: «quoted.» Then more (in brackets.) And more."
            + " Россия и Великобритания обсудили торговлю. Переговоры продолжатся. Когда? Скоро.";

    private static List<Integer> forward(BreakIterator it, String text) {
        it.setText(text);
        List<Integer> found = new ArrayList<>();
        for (int b = it.first(); b != BreakIterator.DONE; b = it.next()) {
            found.add(b);
        }
        return found;
    }

    @Test
    void finds_the_boundaries_java_finds_in_ordinary_prose() {
        assertThat(forward(new SentenceBreaks(), PROSE))
                .isEqualTo(forward(BreakIterator.getSentenceInstance(Locale.ROOT), PROSE));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 10, 33, 34, 35, 60, 80, 120, 150})
    void following_and_preceding_agree_with_java(int offset) {
        var ours = new SentenceBreaks();
        var java = BreakIterator.getSentenceInstance(Locale.ROOT);
        ours.setText(PROSE);
        java.setText(PROSE);

        assertThat(ours.following(offset)).isEqualTo(java.following(offset));
        assertThat(ours.current()).isEqualTo(java.current());
        if (offset > 0) {
            assertThat(ours.preceding(offset)).isEqualTo(java.preceding(offset));
        }
    }

    @Test
    void a_line_break_or_an_ellipsis_ends_a_sentence_too() {
        // Bodies are indexed as plain text with a paragraph a line: a heading or a speaker's label has no full stop.
        String text = "Sergey Lavrov\nWe met. Talks go on… Next week.";

        assertThat(forward(new SentenceBreaks(), text)).containsExactly(0, 14, 22, 35, 45);
    }

    @Test
    void the_ends_answer_done() {
        var it = new SentenceBreaks();
        it.setText("One. Two.");

        assertThat(it.following(9)).isEqualTo(BreakIterator.DONE);
        assertThat(it.preceding(0)).isEqualTo(BreakIterator.DONE);
        assertThat(it.last()).isEqualTo(9);
        assertThat(it.previous()).isEqualTo(5);
        assertThat(it.previous()).isZero();
        assertThat(it.previous()).isEqualTo(BreakIterator.DONE);
    }

    @Test
    void offsets_are_those_of_a_character_iterator_that_does_not_start_at_zero() {
        var it = new SentenceBreaks();
        it.setText(new StringCharacterIterator("xxOne. Two.", 2, 11, 2));

        assertThat(it.first()).isEqualTo(2);
        assertThat(it.next()).isEqualTo(7);
        assertThat(it.next()).isEqualTo(11);
        assertThat(it.isBoundary(7)).isTrue();
        assertThat(it.isBoundary(6)).isFalse();
    }
}
