package org.chancery.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The OpenGraph and Twitter card tags of a publication's page. */
class OpenGraphTest {
    private static final ArticleFacts FACTS = new ArticleFacts("https://embassy.example/en/news/1-tass",
            "Interview to TASS", "On diplomacy by video.", "en", "Interview",
            Instant.parse("2020-04-29T15:00:00Z"), Instant.parse("2020-05-02T08:30:00Z"), "Embassy",
            "https://embassy.example/en/");

    private static Map<String, String> byKey(List<MetaTag> tags) {
        return tags.stream().collect(Collectors.toMap(MetaTag::key, MetaTag::content));
    }

    @Test
    void an_article_has_the_tags_link_previews_are_built_from() {
        List<MetaTag> tags = OpenGraph.tags(FACTS);

        assertThat(byKey(tags)).containsEntry("og:type", "article").containsEntry("og:title", "Interview to TASS")
                .containsEntry("og:description", "On diplomacy by video.").containsEntry("og:url", FACTS.url())
                .containsEntry("og:site_name", "Embassy").containsEntry("article:section", "Interview")
                .containsEntry("article:published_time", "2020-04-29T15:00:00Z")
                .containsEntry("article:modified_time", "2020-05-02T08:30:00Z")
                .containsEntry("twitter:card", "summary").containsEntry("twitter:title", "Interview to TASS")
                .containsEntry("twitter:description", "On diplomacy by video.");
        assertThat(tags).filteredOn(t -> t.key().startsWith("twitter:")).allMatch(t -> !t.property());
        assertThat(tags).filteredOn(t -> !t.key().startsWith("twitter:")).allMatch(MetaTag::property);
    }

    @Test
    void without_a_description_none_is_claimed() {
        ArticleFacts bare = new ArticleFacts(FACTS.url(), "T", "", "en", "News", FACTS.published(), FACTS.modified(),
                "Embassy", FACTS.siteUrl());

        assertThat(byKey(OpenGraph.tags(bare))).doesNotContainKeys("og:description", "twitter:description");
    }
}
