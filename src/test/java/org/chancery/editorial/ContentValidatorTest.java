package org.chancery.editorial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.chancery.publication.PublicationType;
import org.chancery.publication.SeriesPart;
import org.chancery.validation.FieldProblem;
import org.chancery.validation.InvalidInput;
import org.junit.jupiter.api.Test;

class ContentValidatorTest {
    private final ContentValidator validator = new ContentValidator(Set.of("en"));

    private static ContentInput input(String type, String lang, String title) {
        return new ContentInput(type, lang, title, null, null, null, null, null, null, null, null, null);
    }

    private static List<String> fields(Runnable action) {
        try {
            action.run();
        } catch (InvalidInput e) {
            return e.problems().stream().map(FieldProblem::field).toList();
        }
        throw new AssertionError("no InvalidInput");
    }

    @Test
    void new_content_needs_type_language_and_title_and_takes_defaults_for_the_rest() {
        Content c = validator.create(input("speech", "en", "  Speech at the reception  "));

        assertThat(c).isEqualTo(new Content(PublicationType.SPEECH, "en", "Speech at the reception", "", "", null,
                null, false, null, List.of(), List.of()));
        assertThat(fields(() -> validator.create(ContentInput.empty()))).containsExactly("type", "language", "title");
    }

    @Test
    void every_invalid_field_is_reported_at_once() {
        var in = new ContentInput("memo", "fr", "x".repeat(301), "l".repeat(2001), null, "p".repeat(201),
                "2020-02-30", null, List.of("Question", " ", "two\nlines"), List.of("t".repeat(101)), "s".repeat(101), "0");

        assertThat(fields(() -> validator.create(in))).containsExactly("type", "language", "title", "lead", "place",
                "eventDate", "speakers[1]", "speakers[2]", "tags[0]", "seriesKey", "seriesPart");
    }

    @Test
    void an_edit_keeps_what_it_leaves_out_and_clears_place_and_date_with_empty_text() {
        Content current = new Content(PublicationType.INTERVIEW, "en", "Title", "Lead", "Body", "Moscow",
                LocalDate.of(2020, 4, 29), true, new SeriesPart("tass-2020", 1), List.of("Question"), List.of("tass"));

        Content edited = validator.merge(current, new ContentInput(null, null, "New title", null, null, "", "", null,
                null, List.of("tass", "tass", "lavrov"), null, "2"));

        assertThat(edited).isEqualTo(new Content(PublicationType.INTERVIEW, "en", "New title", "Lead", "Body", null,
                null, true, new SeriesPart("tass-2020", 2), List.of("Question"), List.of("tass", "lavrov")));
    }

    @Test
    void an_empty_series_key_takes_the_publication_out_of_its_series() {
        Content current = validator.create(new ContentInput("news", "en", "Title", null, null, null, null, null, null,
                null, "tass-2020", "1"));

        assertThat(current.series()).isEqualTo(new SeriesPart("tass-2020", 1));
        assertThat(validator.merge(current, new ContentInput(null, null, null, null, null, null, null, null, null,
                null, "", "1")).series()).isNull();
        assertThat(fields(() -> validator.merge(current, new ContentInput(null, null, null, null, null, null, null,
                null, null, null, null, "two")))).containsExactly("seriesPart");
    }

    @Test
    void a_body_over_two_mebibytes_of_utf8_is_too_large_whatever_else_is_wrong() {
        String cyrillic = "б".repeat(Limits.BODY_BYTES / 2);
        var fits = new ContentInput("news", "en", "Title", null, cyrillic, null, null, null, null, null, null, null);
        var over = new ContentInput("memo", "en", "", null, cyrillic + "x", null, null, null, null, null, null, null);

        assertThat(validator.create(fits).body()).hasSize(Limits.BODY_BYTES / 2);
        assertThatThrownBy(() -> validator.create(over)).isInstanceOfSatisfying(EditorialException.class,
                e -> assertThat(e.kind()).isEqualTo(EditorialException.Kind.TOO_LARGE));
    }

    @Test
    void too_many_speakers_are_refused() {
        Content current = validator.create(input("news", "en", "Title"));
        var in = new ContentInput(null, null, null, null, null, null, null, null,
                Collections.nCopies(Limits.ITEMS + 1, "Speaker"), null, null, null);

        assertThat(fields(() -> validator.merge(current, in))).containsExactly("speakers");
    }
}
