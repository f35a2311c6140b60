package org.chancery.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The English sentences of refused input, as the API and the command line give them. */
class DetailsTest {

    private static Properties read(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    @Test
    void a_limit_is_written_as_plain_digits() {
        FieldProblem problem = FieldProblem.of("lead", "too-long", "editor.error.too-long", 2000);

        assertThat(problem.detail()).isEqualTo("at most 2000 characters are allowed");
    }

    @Test
    void a_quoted_argument_keeps_its_quotes() {
        FieldProblem problem = FieldProblem.of("colour", "unknown", "editor.error.unknown", "colour");

        assertThat(problem.detail()).isEqualTo("there is no field 'colour'");
    }

    @Test
    void a_key_without_a_sentence_names_the_field_and_the_key() {
        FieldProblem problem = FieldProblem.of("slug", "invalid", "page.error.slugFormat");

        assertThat(problem.detail()).isEqualTo("slug: page.error.slugFormat");
    }

    @Test
    void the_message_of_refused_input_is_its_sentences_on_one_line() {
        InvalidInput e = new InvalidInput(List.of(
                FieldProblem.of("title", "required", "editor.error.title.required"),
                FieldProblem.of("email", "invalid-email", "account.error.invalid-email", "x@")));

        assertThat(e.getMessage()).isEqualTo("a title is required; 'x@' is not an e-mail address");
    }

    @Test
    void an_argument_may_be_null() {
        assertThat(FieldProblem.of("email", "invalid-email", "account.error.invalid-email", (Object) null).detail())
                .isEqualTo("'null' is not an e-mail address");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ru"})
    void every_sentence_is_of_a_key_the_forms_show_too(String lang) throws IOException {
        Properties details = read(Path.of("src/main/resources/validation/details.properties"));
        Properties bundle = read(Path.of("src/main/resources/i18n/messages_" + lang + ".properties"));

        assertThat(bundle.stringPropertyNames()).containsAll(details.stringPropertyNames());
    }
}
