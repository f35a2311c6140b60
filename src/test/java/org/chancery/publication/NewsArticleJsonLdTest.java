package org.chancery.publication;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A publication as schema.org NewsArticle JSON-LD, parsed back with Jackson. */
class NewsArticleJsonLdTest {
    private static final ArticleFacts FACTS = new ArticleFacts("https://embassy.example/en/news/1-tass",
            "Interview to TASS", "On diplomacy by video.", "en", "Interview",
            Instant.parse("2020-04-29T15:00:00Z"), Instant.parse("2020-05-02T08:30:00Z"), "Embassy",
            "https://embassy.example/en/");

    private static JsonNode parse(String json) throws Exception {
        return new ObjectMapper().readTree(json);
    }

    @Test
    void it_states_type_headline_dates_address_language_and_publisher() throws Exception {
        JsonNode ld = parse(new NewsArticleJsonLd().of(FACTS));

        assertThat(ld.path("@context").asText()).isEqualTo("https://schema.org");
        assertThat(ld.path("@type").asText()).isEqualTo("NewsArticle");
        assertThat(ld.path("headline").asText()).isEqualTo("Interview to TASS");
        assertThat(ld.path("description").asText()).isEqualTo("On diplomacy by video.");
        assertThat(ld.path("datePublished").asText()).isEqualTo("2020-04-29T15:00:00Z");
        assertThat(ld.path("dateModified").asText()).isEqualTo("2020-05-02T08:30:00Z");
        assertThat(ld.path("url").asText()).isEqualTo(FACTS.url());
        assertThat(ld.at("/mainEntityOfPage/@id").asText()).isEqualTo(FACTS.url());
        assertThat(ld.path("inLanguage").asText()).isEqualTo("en");
        assertThat(ld.path("articleSection").asText()).isEqualTo("Interview");
        assertThat(ld.at("/publisher/@type").asText()).isEqualTo("Organization");
        assertThat(ld.at("/publisher/name").asText()).isEqualTo("Embassy");
        assertThat(ld.at("/author/name").asText()).isEqualTo("Embassy");
    }

    @Test
    void markup_in_the_text_cannot_close_the_script_element() throws Exception {
        String title = "</script><script>alert('x')</script> & \u2028";
        ArticleFacts facts = new ArticleFacts(FACTS.url(), title, "", "en", "Comment", FACTS.published(),
                FACTS.modified(), "Embassy <Office>", FACTS.siteUrl());

        String json = new NewsArticleJsonLd().of(facts);

        assertThat(json).doesNotContain("<", ">", "&", "\u2028");
        assertThat(parse(json).path("headline").asText()).isEqualTo(title);
        assertThat(parse(json).has("description")).isFalse();
    }

    @Test
    void a_long_title_is_cut_at_a_word_to_fit_a_headline() {
        String title = "word ".repeat(40).strip();

        String headline = NewsArticleJsonLd.headline(title);

        assertThat(headline).hasSizeLessThanOrEqualTo(NewsArticleJsonLd.HEADLINE_LIMIT).endsWith("word…");
    }
}
