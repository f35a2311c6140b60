package org.chancery.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.chancery.account.Role;
import org.chancery.change.ChangeEvents.Event;
import org.chancery.change.ChangeEvents.Kind;
import org.chancery.site.PageCache;
import org.chancery.support.ApiClient;
import org.chancery.support.MutableClock;
import org.chancery.support.Staff;
import org.chancery.support.TestDatabase;
import org.chancery.support.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Public pages are kept as rendered and dropped exactly when what they show changes. To tell a
 * kept page from a fresh one, a test changes a title in the database behind the application's
 * back (no publishing event): a kept page still shows the old title, a fresh one the new.
 */
class PageCacheHttpTest {
    private static final String API = "/api/v1/publications";

    private final MutableClock clock = new MutableClock(TestSite.SEED_INSTANT);
    private TestSite site;
    private ApiClient author;
    private ApiClient editor;

    @BeforeEach
    void start() {
        site = TestSite.sampleWith(clock);
        Staff staff = Staff.of(site);
        author = ApiClient.as(site, staff.add("ann@embassy.test", Role.AUTHOR));
        editor = ApiClient.as(site, staff.add("ed@embassy.test", Role.EDITOR));
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private ApiClient.Response publish(Map<String, Object> fields) {
        long id = author.post(API, fields).id();
        author.post(API + "/" + id + "/submit", null);
        ApiClient.Response published = editor.post(API + "/" + id + "/publish", null);
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        return published;
    }

    private ApiClient.Response publish(String title) {
        return publish(ApiClient.draft(title));
    }

    /** Renames a publication in the database alone, so only a freshly rendered page shows it. */
    private void renameBehindTheScenes(long id, String title) {
        site.app().database().jdbi().useHandle(h -> h.createUpdate("UPDATE publications SET title = :t WHERE id = :id")
                .bind("t", title).bind("id", id).execute());
    }

    private String headline(String path) {
        return site.page(path).select("main h1").text();
    }

    private long hits() {
        return site.app().pageCache().cache().stats().hitCount();
    }

    @Test
    void a_page_is_rendered_once_then_answered_as_kept_with_the_same_etag() {
        String path = publish("Visa centre hours").text("path");
        HttpResponse<String> first = site.get(path);
        renameBehindTheScenes(idOf(path), "Renamed behind the scenes");
        long hitsBefore = hits();

        HttpResponse<String> second = site.get(path);

        assertThat(hits()).isEqualTo(hitsBefore + 1);
        assertThat(second.body()).isEqualTo(first.body()).contains("Visa centre hours");
        assertThat(second.headers().firstValue("ETag")).isEqualTo(first.headers().firstValue("ETag")).isPresent();
        assertThat(site.send(ConditionalGetHttpTest.ifNoneMatch(site, path, first.headers().firstValue("ETag").get()))
                .statusCode()).isEqualTo(304);
    }

    @Test
    void editing_a_shown_publication_drops_its_page_and_the_lists_but_not_an_unrelated_page() {
        String shown = publish("Visa centre hours").text("path");
        ApiClient.Response unrelated = publish("Consular fees");
        site.page(shown);
        site.page(unrelated.text("path"));
        site.page("/en/");
        renameBehindTheScenes(unrelated.id(), "Unrelated, renamed behind the scenes");

        ApiClient.Response current = editor.get(API + "/" + idOf(shown));
        editor.patch(API + "/" + idOf(shown), Map.of("version", current.version(), "title", "Visa centre opening hours",
                "minor", true));

        assertThat(headline(shown)).isEqualTo("Visa centre opening hours");
        assertThat(site.page("/en/").select(".latest").text()).contains("Visa centre opening hours");
        assertThat(headline(unrelated.text("path"))).isEqualTo("Consular fees");
    }

    @Test
    void publishing_an_unrelated_publication_leaves_a_publication_page_kept() {
        String shown = publish("Visa centre hours").text("path");
        site.page(shown);
        renameBehindTheScenes(idOf(shown), "Renamed behind the scenes");

        publish("Consular fees");

        assertThat(headline(shown)).isEqualTo("Visa centre hours");
        assertThat(site.page("/en/").text()).contains("Consular fees");
    }

    @Test
    void withdrawing_a_shown_publication_drops_its_page_at_once() {
        ApiClient.Response shown = publish("Visa centre hours");
        ApiClient.Response unrelated = publish("Consular fees");
        site.page(shown.text("path"));
        site.page(unrelated.text("path"));
        renameBehindTheScenes(unrelated.id(), "Unrelated, renamed behind the scenes");

        editor.post(API + "/" + shown.id() + "/withdraw", Map.of("reason", "Superseded by the new schedule."));

        assertThat(site.page(shown.text("path")).text()).contains("Superseded by the new schedule.");
        assertThat(site.page("/en/").text()).doesNotContain("Visa centre hours");
        assertThat(headline(unrelated.text("path"))).isEqualTo("Consular fees");
    }

    @Test
    void publishing_the_next_part_of_a_series_drops_the_page_of_the_part_before() {
        Map<String, Object> first = new HashMap<>(ApiClient.draft("Interview, part one"));
        first.put("seriesKey", "interview-2020");
        first.put("seriesPart", 1);
        String partOne = publish(first).text("path");
        assertThat(site.page(partOne).select("a[href*=part-two]")).isEmpty();

        Map<String, Object> second = new HashMap<>(ApiClient.draft("Interview, part two"));
        second.put("seriesKey", "interview-2020");
        second.put("seriesPart", 2);
        String partTwo = publish(second).text("path");

        assertThat(site.page(partOne).select("a[href=" + partTwo + "]")).isNotEmpty();
    }

    @Test
    void a_kept_page_expires_when_the_masthead_clock_reaches_the_next_minute() {
        assertThat(site.page("/en/").select(".masthead .clock").eachText()).contains("Moscow: 12:57");
        long hitsBefore = hits();

        clock.advance(Duration.ofSeconds(59));
        assertThat(site.page("/en/").select(".masthead .clock").eachText()).contains("Moscow: 12:57");
        assertThat(hits()).isEqualTo(hitsBefore + 1);

        clock.advance(Duration.ofSeconds(1));
        assertThat(site.page("/en/").select(".masthead .clock").eachText()).contains("Moscow: 12:58");
        assertThat(hits()).isEqualTo(hitsBefore + 1);
    }

    @Test
    void a_static_page_event_drops_the_static_pages_and_a_settings_or_menu_event_drops_every_page() {
        long visas = site.app().database().jdbi().withHandle(h -> h.createQuery(
                "SELECT id FROM pages WHERE lang = 'en' AND slug = 'visas'").mapTo(Long.class).one());
        String visasTitle = headline("/en/visas");
        site.page("/en/contacts");
        site.page("/en/");
        site.app().database().jdbi().useHandle(h -> h.execute("UPDATE pages SET title = 'Renamed' WHERE lang = 'en'"));
        PageCache cache = site.app().pageCache();

        cache.follow(new Event(Kind.PAGE, visas, clock.instant()));

        // every static page goes, as each shows its translations' addresses; publications and lists stay
        assertThat(headline("/en/visas")).isEqualTo("Renamed").isNotEqualTo(visasTitle);
        assertThat(headline("/en/contacts")).isEqualTo("Renamed");
        long hitsBefore = hits();
        site.page("/en/");
        assertThat(hits()).isEqualTo(hitsBefore + 1);

        for (Kind siteWide : new Kind[] {Kind.MENU, Kind.SETTINGS}) {
            site.page("/en/contacts");
            assertThat(cache.size()).isPositive();
            cache.follow(new Event(siteWide, 0, clock.instant()));
            assertThat(cache.size()).as(siteWide.name()).isZero();
        }
    }

    @Test
    void with_the_cache_off_every_page_is_rendered_afresh() {
        site.close();
        site = TestSite.start(TestDatabase.sqlite(), clock, c -> c.withPageCache(false));
        author = ApiClient.as(site, Staff.of(site).add("ann@embassy.test", Role.AUTHOR));
        editor = ApiClient.as(site, Staff.of(site).add("ed@embassy.test", Role.EDITOR));
        String path = publish("Visa centre hours").text("path");
        site.page(path);

        renameBehindTheScenes(idOf(path), "Renamed behind the scenes");

        assertThat(headline(path)).isEqualTo("Renamed behind the scenes");
        assertThat(site.app().pageCache().size()).isZero();
        assertThat(site.get(path).headers().firstValue("ETag")).isPresent();
    }

    private static long idOf(String path) {
        String last = path.substring(path.lastIndexOf('/') + 1);
        return Long.parseLong(last.substring(0, last.indexOf('-')));
    }
}
