package org.chancery.editorial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.chancery.validation.InvalidInput;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReplacementsTest {

    @ParameterizedTest
    @ValueSource(strings = {"/en/news/12-new-statement", "https://www.gov.uk/guidance/x", "http://mid.ru/en/1",
        "/en/news?type=statement"})
    void site_paths_and_http_addresses_are_accepted(String url) {
        assertThat(Replacements.check("  " + url + " ")).isEqualTo(url);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void no_replacement_means_gone(String url) {
        assertThat(Replacements.check(url)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "//evil.example/x", "ftp://x.org/a", "news/12", "https://",
        "mailto:a@b.c", "/en/news/a b", "data:text/html,x"})
    void anything_else_is_refused(String url) {
        assertThatThrownBy(() -> Replacements.check(url)).isInstanceOf(InvalidInput.class);
    }
}
