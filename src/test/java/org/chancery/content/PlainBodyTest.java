package org.chancery.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The plain text of a body, as the search index takes it: words only, turns under their speakers. */
class PlainBodyTest {
    private final BodyRenderer renderer = new BodyRenderer();

    @Test
    void markup_is_dropped_and_paragraphs_are_kept_apart() {
        PlainBody text = renderer.plainText("A **bold** [link](/en/news/1).\n\n<b>Raw</b> html &amp; more", List.of());

        assertThat(text.prelude()).isEqualTo("A bold link.\n\nRaw html & more");
        assertThat(text.turns()).isEmpty();
    }

    @Test
    void each_turn_is_under_its_speaker_without_the_label() {
        PlainBody text = renderer.plainText("Moscow, 29 April.\n\nQuestion: Why?\n\nSergey Lavrov: Because.\n\nIndeed.",
                List.of("Question", "Sergey Lavrov"));

        assertThat(text.prelude()).isEqualTo("Moscow, 29 April.");
        assertThat(text.turns()).containsExactly(new PlainBody.Turn("Question", "Why?"),
                new PlainBody.Turn("Sergey Lavrov", "Because.\n\nIndeed."));
        assertThat(text.whole()).isEqualTo("Moscow, 29 April.\n\nQuestion: Why?\n\nSergey Lavrov: Because.\n\nIndeed.");
    }

    @Test
    void an_empty_body_has_no_text() {
        assertThat(renderer.plainText("  ", List.of("Question")).whole()).isEmpty();
    }
}
