package org.chancery.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chancery.support.Eventually.eventually;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.chancery.account.Role;
import org.chancery.support.ApiClient;
import org.chancery.support.MutableClock;
import org.chancery.support.Staff;
import org.chancery.support.TestSite;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The index follows publishing: what readers may see is found soon after, and nothing else is. */
class FollowPublishingHttpTest {
    private static final String API = "/api/v1/publications";

    private final MutableClock clock = new MutableClock(TestSite.SEED_INSTANT);
    private TestSite site;
    private ApiClient author;
    private ApiClient editor;

    @BeforeEach
    void start() {
        site = TestSite.sampleWith(clock).indexed();
        Staff staff = Staff.of(site);
        author = ApiClient.as(site, staff.add("ann@embassy.test", Role.AUTHOR));
        editor = ApiClient.as(site, staff.add("ed@embassy.test", Role.EDITOR));
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private List<String> titlesFound(String query) {
        Document page = site.page("/en/search?q=" + query);
        return page.select(".hit-title").eachText();
    }

    /** Asks the search page until the index, which follows publishing on its own thread, has caught up. */
    private void assertFoundOnceIndexed(String query, boolean expectFound) {
        eventually(() -> assertThat(!titlesFound(query).isEmpty()).as("'%s' found", query).isEqualTo(expectFound));
    }

    private long publishedDraft(String title, String body) {
        long id = author.post(API, Map.of("type", "statement", "language", "en", "title", title, "body", body)).id();
        author.post(API + "/" + id + "/submit", null);
        assertThat(titlesFound("quokka")).isEmpty();
        assertThat(editor.post(API + "/" + id + "/publish", null).status()).isEqualTo(200);
        return id;
    }

    @Test
    void a_draft_is_not_found_and_a_published_item_is_found() {
        long id = author.post(API, Map.of("type", "statement", "language", "en", "title", "Quokka day",
                "body", "The quokka is a marsupial.")).id();
        site.indexed();
        assertThat(titlesFound("quokka")).isEmpty();

        author.post(API + "/" + id + "/submit", null);
        editor.post(API + "/" + id + "/publish", null);

        assertFoundOnceIndexed("quokka", true);
    }

    @Test
    void an_edit_is_found_by_its_new_words_and_no_longer_by_the_old() {
        long id = publishedDraft("Wombat day", "The quokka is a marsupial.");
        assertFoundOnceIndexed("quokka", true);
        long version = editor.get(API + "/" + id).version();

        editor.patch(API + "/" + id, Map.of("version", version, "body", "The numbat is a marsupial.", "minor", true));

        assertFoundOnceIndexed("numbat", true);
        assertFoundOnceIndexed("quokka", false);
    }

    @Test
    void a_withdrawn_item_is_gone() {
        long id = publishedDraft("Quokka notice", "The quokka is a marsupial.");
        assertFoundOnceIndexed("quokka", true);

        editor.post(API + "/" + id + "/withdraw", Map.of("reason", "Superseded."));

        assertFoundOnceIndexed("quokka", false);
    }

    @Test
    void an_unpublished_item_is_gone() {
        long id = publishedDraft("Quokka notice", "The quokka is a marsupial.");
        assertFoundOnceIndexed("quokka", true);

        editor.post(API + "/" + id + "/unpublish", null);

        assertFoundOnceIndexed("quokka", false);
    }

    @Test
    void a_scheduled_item_is_found_once_the_scheduler_publishes_it() {
        long id = author.post(API, Map.of("type", "statement", "language", "en", "title", "Quokka schedule",
                "body", "The quokka is a marsupial.")).id();
        author.post(API + "/" + id + "/submit", null);
        editor.post(API + "/" + id + "/schedule", Map.of("at", "2020-05-26T10:00:00Z"));
        site.indexed();
        assertThat(titlesFound("quokka")).isEmpty();

        clock.advance(Duration.ofMinutes(5));
        site.app().scheduler().publishDue();

        assertFoundOnceIndexed("quokka", true);
    }
}
