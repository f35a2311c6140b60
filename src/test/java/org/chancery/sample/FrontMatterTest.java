package org.chancery.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;

class FrontMatterTest {

    @Test
    void fields_and_body_are_split_at_the_closing_line() {
        FrontMatter f = FrontMatter.parse("a.md", """
                ---
                type: interview
                title: Lavrov: an interview
                published:   2020-04-29T18:00:00+03:00\s\s
                ---

                Question: How are you?

                Answer: Fine.
                """);

        assertThat(f.fields()).containsOnly(
                entry("type", "interview"),
                entry("title", "Lavrov: an interview"),
                entry("published", "2020-04-29T18:00:00+03:00"));
        assertThat(f.body()).isEqualTo("Question: How are you?\n\nAnswer: Fine.");
    }

    @Test
    void windows_line_ends_read_like_unix_ones() {
        FrontMatter f = FrontMatter.parse("a.md", "---\r\ntype: news\r\nlang: en\r\n---\r\nFirst.\r\n\r\nSecond.\r\n");

        assertThat(f.fields()).containsOnlyKeys("type", "lang").containsEntry("lang", "en");
        assertThat(f.body()).isEqualTo("First.\n\nSecond.");
    }

    @Test
    void blank_lines_and_comments_in_the_front_matter_are_skipped() {
        FrontMatter f = FrontMatter.parse("a.md", "---\n# the kind\ntype: news\n\nlang: en\n---\nBody");

        assertThat(f.fields()).containsOnlyKeys("type", "lang");
    }

    @Test
    void a_later_dashes_line_belongs_to_the_body() {
        FrontMatter f = FrontMatter.parse("a.md", "---\ntype: news\n---\nAbove\n---\nBelow\n");

        assertThat(f.fields()).containsOnlyKeys("type");
        assertThat(f.body()).isEqualTo("Above\n---\nBelow");
    }

    @Test
    void missing_closing_line_is_refused_naming_the_file() {
        assertThatThrownBy(() -> FrontMatter.parse("broken.md", "---\ntype: news\nlang: en\nBody\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("broken.md: the front matter has no closing '---' line");
    }

    @Test
    void text_without_an_opening_line_is_refused_naming_the_file() {
        assertThatThrownBy(() -> FrontMatter.parse("plain.md", "type: news\n---\nBody\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("plain.md: does not start with a '---' line");
    }

    @Test
    void line_without_a_key_is_refused_naming_the_file_and_the_line() {
        assertThatThrownBy(() -> FrontMatter.parse("bad.md", "---\ntype: news\njust words\n---\nBody\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bad.md: not a 'key: value' line: just words");
        assertThatThrownBy(() -> FrontMatter.parse("bad.md", "---\n: no key\n---\nBody\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("bad.md: ");
    }

    @Test
    void required_field_must_be_present_and_not_empty() {
        FrontMatter f = FrontMatter.parse("a.md", "---\ntype: news\nlead:\n---\nBody\n");

        assertThat(f.required("type")).isEqualTo("news");
        assertThatThrownBy(() -> f.required("title")).hasMessage("missing 'title'");
        assertThatThrownBy(() -> f.required("lead")).hasMessage("missing 'lead'");
    }

    @Test
    void optional_field_is_null_when_absent_or_empty() {
        FrontMatter f = FrontMatter.parse("a.md", "---\nplace: Moscow\nlead:\n---\nBody\n");

        assertThat(f.optional("place")).isEqualTo("Moscow");
        assertThat(f.optional("lead")).isNull();
        assertThat(f.optional("series")).isNull();
    }

    @Test
    void a_closing_line_at_the_very_end_of_the_file_is_found() {
        FrontMatter f = FrontMatter.parse("a.md", "---\ntype: news\n---");

        assertThat(f.fields()).containsEntry("type", "news");
        assertThat(f.body()).isEmpty();
    }

    @Test
    void an_empty_front_matter_gives_no_fields() {
        FrontMatter f = FrontMatter.parse("a.md", "---\n---\nBody\n");

        assertThat(f.fields()).isEmpty();
        assertThat(f.body()).isEqualTo("Body");
    }
}
