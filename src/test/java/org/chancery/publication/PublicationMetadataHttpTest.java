package org.chancery.publication;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.chancery.account.Role;
import org.chancery.support.ApiClient;
import org.chancery.support.Staff;
import org.chancery.support.TestDatabase;
import org.chancery.support.TestSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A publication page's head: canonical address, OpenGraph and Twitter tags and NewsArticle JSON-LD. */
class PublicationMetadataHttpTest {
    private static final String BASE = "https://embassy.example";
    private static TestSite site;
    private static ApiClient editor;

    @BeforeAll
    static void start() {
        site = TestSite.start(TestDatabase.sqlite(), TestSite.SEED_INSTANT, c -> c.withBaseUrl(URI.create(BASE)));
        editor = ApiClient.as(site, Staff.of(site).add("ed@embassy.test", Role.EDITOR));
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static Document published(Map<String, Object> fields) {
        long id = editor.post("/api/v1/publications", fields).id();
        String path = editor.post("/api/v1/publications/" + id + "/publish", Map.of("force", true, "reason", "tests"))
                .text("path");
        return site.page(path);
    }

    private static String meta(Document page, String key) {
        Element tag = page.selectFirst("head meta[property=" + key + "], head meta[name=" + key + "]");
        return tag == null ? null : tag.attr("content");
    }

    private static JsonNode jsonLd(Document page) throws Exception {
        return new ObjectMapper().readTree(page.selectFirst("head script[type=application/ld+json]").data());
    }

    @Test
    void a_publication_states_its_canonical_address_and_what_previews_show() throws Exception {
        Document page = site.page("/en/news/1-foreign-minister-sergey-lavrovs-interview-with-tass-news-agency");
        String canonical = BASE + "/en/news/1-foreign-minister-sergey-lavrovs-interview-with-tass-news-agency";

        assertThat(page.select("head link[rel=canonical]").attr("href")).isEqualTo(canonical);
        assertThat(meta(page, "og:url")).isEqualTo(canonical);
        assertThat(meta(page, "og:type")).isEqualTo("article");
        assertThat(meta(page, "og:title")).isEqualTo("Foreign Minister Sergey Lavrov’s interview with TASS news agency");
        assertThat(meta(page, "og:description")).startsWith("Sergey Lavrov on diplomacy by video conference");
        assertThat(meta(page, "og:site_name")).isEqualTo(page.selectFirst(".mission").text());
        assertThat(meta(page, "article:published_time")).isEqualTo("2020-04-29T15:00:00Z");
        assertThat(meta(page, "twitter:card")).isEqualTo("summary");
        JsonNode ld = jsonLd(page);
        assertThat(ld.path("@type").asText()).isEqualTo("NewsArticle");
        assertThat(ld.path("url").asText()).isEqualTo(canonical);
        assertThat(ld.path("datePublished").asText()).isEqualTo("2020-04-29T15:00:00Z");
        assertThat(ld.path("articleSection").asText()).isEqualTo("Interview");
        assertThat(ld.at("/publisher/url").asText()).isEqualTo(BASE + "/en/");
    }

    @Test
    void a_title_with_markup_stays_text_in_every_tag() throws Exception {
        String title = "Reply </script><script>alert(1)</script> \"quoted\"";
        Map<String, Object> fields = new HashMap<>(ApiClient.draft(title));
        fields.put("lead", "");
        fields.put("body", "The body starts here and goes on.");

        Document page = published(fields);

        assertThat(page.select("script:not([src]):not(#masthead-data)")).hasSize(1);
        assertThat(meta(page, "og:title")).isEqualTo(title);
        assertThat(meta(page, "og:description")).isEqualTo("The body starts here and goes on.");
        assertThat(jsonLd(page).path("headline").asText()).isEqualTo(title);
    }

    @Test
    void pages_other_than_publications_carry_no_news_article() {
        Document archive = site.page("/en/news");

        assertThat(archive.select("script[type=application/ld+json]")).isEmpty();
        assertThat(archive.select("head link[rel=canonical]")).singleElement()
                .satisfies(link -> assertThat(link.attr("href")).isEqualTo(BASE + "/en/news"));
    }
}
