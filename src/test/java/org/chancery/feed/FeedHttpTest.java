package org.chancery.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.WireFeedInput;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chancery.account.Role;
import org.chancery.support.ApiClient;
import org.chancery.support.Staff;
import org.chancery.support.TestDatabase;
import org.chancery.support.TestSite;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xml.sax.InputSource;

/** The sample site's feeds at https://embassy.example, read back with Rome. */
class FeedHttpTest {
    private static final String BASE = "https://embassy.example";
    private static TestSite site;
    private static ApiClient editor;

    @BeforeAll
    static void start() {
        site = TestSite.start(TestDatabase.sqlite(), TestSite.SEED_INSTANT, c -> c.withBaseUrl(URI.create(BASE + "/")));
        editor = ApiClient.as(site, Staff.of(site).add("ed@embassy.test", Role.EDITOR));
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static HttpResponse<String> fetch(String path, String contentType) {
        HttpResponse<String> response = site.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(contentType);
        return response;
    }

    private static <T> T parse(String xml) {
        try {
            @SuppressWarnings("unchecked")
            T feed = (T) new WireFeedInput().build(new InputSource(new StringReader(xml)));
            return feed;
        } catch (Exception e) {
            throw new AssertionError("not a feed Rome can read: " + e.getMessage() + "\n" + xml, e);
        }
    }

    private static Channel rss(String path) {
        return parse(fetch(path, RssFeed.MEDIA_TYPE).body());
    }

    private static com.rometools.rome.feed.atom.Feed atom(String path) {
        return parse(fetch(path, AtomFeed.MEDIA_TYPE).body());
    }

    private static long publish(Map<String, Object> fields) {
        long id = editor.post("/api/v1/publications", fields).id();
        editor.post("/api/v1/publications/" + id + "/publish", Map.of("force", true, "reason", "tests"));
        return id;
    }

    @Test
    void rss_lists_the_newest_publications_first_with_absolute_links() {
        Channel channel = rss("/en/feed.xml");

        assertThat(channel.getLink()).isEqualTo(BASE + "/en/news");
        assertThat(channel.getItems()).hasSizeGreaterThanOrEqualTo(11);
        assertThat(channel.getItems()).extracting(Item::getPubDate).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(channel.getItems()).allSatisfy(item -> {
            assertThat(item.getLink()).startsWith(BASE + "/en/news/");
            assertThat(item.getGuid().getValue()).isEqualTo(item.getLink());
            assertThat(item.getTitle()).isNotBlank();
            assertThat(item.getPubDate()).isBeforeOrEqualTo(Date.from(TestSite.SEED_INSTANT));
        });
        assertThat(channel.getForeignMarkup().get(0).getAttributeValue("href")).isEqualTo(BASE + "/en/feed.xml");
    }

    @Test
    void atom_lists_the_same_with_ids_and_dates() {
        com.rometools.rome.feed.atom.Feed feed = atom("/en/atom.xml");

        assertThat(feed.getId()).isEqualTo(BASE + "/en/atom.xml");
        assertThat(feed.getAuthors().get(0).getName()).isNotBlank();
        assertThat(feed.getEntries()).hasSizeGreaterThanOrEqualTo(11).allSatisfy(entry -> {
            assertThat(entry.getId()).startsWith(BASE + "/en/news/");
            assertThat(entry.getUpdated()).isNotNull();
            assertThat(entry.getPublished()).isNotNull();
            assertThat(entry.getContents().get(0).getValue()).isNotBlank();
        });
        assertThat(feed.getEntries()).extracting(Entry::getPublished).isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void a_type_has_feeds_of_its_own() {
        Channel interviews = rss("/en/feed/interview.xml");
        com.rometools.rome.feed.atom.Feed atomInterviews = atom("/en/atom/interview.xml");

        assertThat(interviews.getItems()).isNotEmpty().allSatisfy(item ->
                assertThat(item.getCategories().get(0).getValue()).isEqualTo("Interview"));
        assertThat(interviews.getLink()).isEqualTo(BASE + "/en/news/type/interview");
        assertThat(atomInterviews.getEntries()).hasSameSizeAs(interviews.getItems())
                .allSatisfy(e -> assertThat(e.getCategories().get(0).getTerm()).isEqualTo("interview"));
        assertThat(rss("/en/feed/consular-notice.xml").getItems()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/en/feed/nonsense.xml", "/en/feed/interview", "/en/atom/interview.rss", "/xx/feed.xml"})
    void an_unknown_feed_is_a_404(String path) {
        assertThat(site.get(path).statusCode()).isEqualTo(404);
    }

    @Test
    void an_unchanged_feed_is_answered_304_to_a_client_that_has_it() {
        HttpResponse<String> first = fetch("/en/atom.xml", AtomFeed.MEDIA_TYPE);
        String etag = first.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> again = site.send(HttpRequest.newBuilder(URI.create(site.url("/en/atom.xml")))
                .header("If-None-Match", etag).build());

        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().firstValue("ETag")).hasValue(etag);
    }

    @Test
    void a_new_publication_appears_first_with_its_links_made_absolute_and_leaves_when_withdrawn() {
        Map<String, Object> fields = new HashMap<>(ApiClient.draft("Feed newcomer"));
        fields.put("body", "See [the interview](/en/news/1) and <a href=\"news/2\">this</a>.");
        long id = publish(fields);

        Channel channel = rss("/en/feed.xml");
        Item first = channel.getItems().get(0);
        assertThat(first.getTitle()).isEqualTo("Feed newcomer");
        assertThat(first.getContent().getValue()).contains("href=\"" + BASE + "/en/news/1\"")
                .contains("href=\"" + BASE + "/en/news/news/2\"");

        editor.post("/api/v1/publications/" + id + "/withdraw", Map.of("reason", "Superseded."));
        assertThat(rss("/en/feed.xml").getItems()).extracting(Item::getTitle).doesNotContain("Feed newcomer");
    }

    @Test
    void every_page_names_its_feeds_for_readers_to_discover() {
        Document home = site.page("/en/");

        assertThat(home.select("head link[rel=alternate][type=application/rss+xml]").attr("href"))
                .isEqualTo("/en/feed.xml");
        assertThat(home.select("head link[rel=alternate][type=application/atom+xml]").attr("href"))
                .isEqualTo("/en/atom.xml");
        assertThat(home.select("head link[rel=alternate]").eachAttr("title")).allSatisfy(t -> assertThat(t).isNotBlank());
    }

    @Test
    void the_archive_of_one_type_names_that_types_feeds() {
        Document interviews = site.page("/en/news?type=interview");

        assertThat(interviews.select("head link[rel=alternate][type=application/rss+xml]").eachAttr("href"))
                .containsExactly("/en/feed.xml", "/en/feed/interview.xml");
        assertThat(interviews.select("head link[rel=alternate][type=application/atom+xml]").eachAttr("href"))
                .containsExactly("/en/atom.xml", "/en/atom/interview.xml");
        assertThat(site.page("/en/news").select("head link[rel=alternate][type]")).hasSize(2);
    }

    @Test
    void without_a_configured_address_links_point_at_localhost_and_the_port() {
        try (TestSite local = TestSite.sample()) {
            HttpResponse<String> response = local.get("/en/feed.xml");
            Channel channel = parse(response.body());

            assertThat(channel.getLink()).isEqualTo("http://localhost:" + local.app().port() + "/en/news");
            assertThat(List.of(channel.getItems().get(0).getLink())).allSatisfy(link ->
                    assertThat(link).startsWith("http://localhost:" + local.app().port() + "/en/news/"));
        }
    }
}
