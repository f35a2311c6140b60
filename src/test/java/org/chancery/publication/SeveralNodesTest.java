package org.chancery.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chancery.support.Eventually.eventually;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.chancery.account.Role;
import org.chancery.account.SessionService.Session;
import org.chancery.admin.Auth;
import org.chancery.content.Paths;
import org.chancery.editorial.ScheduleClaim;
import org.chancery.editorial.Scheduler;
import org.chancery.support.ApiClient;
import org.chancery.support.Browser;
import org.chancery.support.Eventually;
import org.chancery.support.MutableClock;
import org.chancery.support.Staff;
import org.chancery.support.TestDatabase;
import org.chancery.support.TestImages;
import org.chancery.support.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two nodes on one PostgreSQL database: what is published, edited or withdrawn on one is served
 * and found on the other soon after, even where the other had the page cached; a node that
 * was down catches up; scheduled publishing happens once, and goes on when the node publishing is
 * lost; and a session started on one node is valid on the other.
 *
 * <p>Each node's scheduler also checks on its own every {@link Scheduler#PERIOD}, so the tests
 * count what was published in the database rather than what one call returned.
 */
class SeveralNodesTest {
    private static final String API = "/api/v1/publications";
    private static final Instant NOW = TestSite.SEED_INSTANT;

    private final MutableClock clock = new MutableClock(NOW);
    /** The media directory both nodes share, as two servers would over NFS. */
    @TempDir
    Path media;
    private TestSite a;
    private TestSite b;
    private ApiClient author;
    private ApiClient editor;

    @BeforeEach
    void start_two_nodes() {
        Assumptions.assumeTrue(TestDatabase.postgresUrl() != null, "PostgreSQL is not configured");
        TestDatabase database = TestDatabase.postgres();
        a = TestSite.start(database, clock, c -> c.withMediaDir(media));
        b = TestSite.start(database.sharedByAnotherNode(), clock, c -> c.withMediaDir(media));
        b.indexed();
        Staff staff = Staff.of(a);
        author = ApiClient.as(a, staff.add("ann@embassy.test", Role.AUTHOR));
        editor = ApiClient.as(a, staff.add("ed@embassy.test", Role.EDITOR));
    }

    @AfterEach
    void stop_both() {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
    }

    @Test
    void published_edited_and_withdrawn_on_one_node_are_served_and_found_on_the_other() {
        ApiClient.Response published = publish("Quarterly consular statistics");
        String path = published.text("path");
        eventually(() -> assertThat(b.get(path).statusCode()).isEqualTo(200));
        eventually(() -> assertThat(hits(b, "quarterly")).contains("Quarterly consular statistics"));
        assertThat(b.page(Paths.archive("en")).select("a").eachText()).contains("Quarterly consular statistics");

        var edited = editor.patch(API + "/" + published.id(), Map.of("version", published.version(),
                "title", "Quarterly consular figures", "changeNote", "A clearer title"));
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        eventually(() -> assertThat(hits(b, "figures")).contains("Quarterly consular figures"));

        var withdrawn = editor.post(API + "/" + published.id() + "/withdraw", Map.of("reason", "Superseded"));
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        eventually(() -> assertThat(hits(b, "figures")).doesNotContain("Quarterly consular figures"));
        eventually(() -> assertThat(b.page(path).text()).contains("Superseded"));
    }

    @Test
    void a_node_that_was_down_catches_up_when_it_returns() {
        String[] path = new String[1];
        b.restart(() -> path[0] = publish("Visa centre closed on Monday").text("path"));
        b.page(path[0]);
        b.indexed();
        assertThat(hits(b, "monday")).contains("Visa centre closed on Monday");
        ApiClient.Response later = publish("Visa centre open again");
        eventually(() -> assertThat(hits(b, "again")).contains("Visa centre open again"));
        assertThat(b.get(later.text("path")).statusCode()).isEqualTo(200);
    }

    @Test
    void scheduled_publishing_happens_once_across_nodes_and_survives_the_loss_of_one() {
        Instant at = NOW.plus(Duration.ofHours(1));
        ApiClient.Response first = scheduled("Embargoed statement", at);
        clock.set(at);
        var onA = CompletableFuture.supplyAsync(() -> a.app().scheduler().publishDue());
        var onB = CompletableFuture.supplyAsync(() -> b.app().scheduler().publishDue());
        assertThat(onA.join() + onB.join()).as("a background check may have come first").isLessThanOrEqualTo(1);
        eventually(() -> assertThat(timesPublished(first.id())).isEqualTo(1));
        eventually(() -> assertThat(b.get(first.text("path")).statusCode()).isEqualTo(200));

        ApiClient.Response second = scheduled("Second embargoed statement", at.plus(Duration.ofHours(1)));
        b.close();
        b = null;
        clock.set(at.plus(Duration.ofHours(1)));
        a.app().scheduler().publishDue();
        eventually(() -> assertThat(timesPublished(second.id())).isEqualTo(1));
        assertThat(a.get(second.text("path")).statusCode()).isEqualTo(200);
    }

    @Test
    void when_the_node_holding_the_scheduling_claim_is_lost_the_other_publishes_at_its_next_check()
            throws Exception {
        Instant at = NOW.plus(Duration.ofHours(1));
        ApiClient.Response due = scheduled("Statement due while a node fails", at);
        CountDownLatch claimed = new CountDownLatch(1);
        CountDownLatch never = new CountDownLatch(1);
        var claimOnA = new ScheduleClaim(a.app().database().jdbi(), a.app().database().dialect());
        var roundOnA = CompletableFuture.runAsync(() -> claimOnA.whileHeld(() -> {
            claimed.countDown();
            awaitQuietly(never);
            return List.of();
        }));
        try {
            assertThat(claimed.await(10, TimeUnit.SECONDS)).as("node A holds the claim").isTrue();
            clock.set(at);
            assertThat(b.app().scheduler().publishDue()).as("B may not publish while A holds the claim").isZero();
            assertThat(timesPublished(due.id())).isZero();

            // A is lost mid-round: it checks no more, and its connection dies without letting go of the claim.
            a.app().scheduler().close();
            TestDatabase.execute(TestDatabase.postgresUrl(), "SELECT pg_terminate_backend(pid) FROM pg_locks"
                    + " WHERE locktype = 'advisory' AND granted"
                    + " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())");

            eventually(Scheduler.PERIOD.plus(Eventually.PATIENCE),
                    () -> assertThat(timesPublished(due.id())).isEqualTo(1));
            assertThat(b.get(due.text("path")).statusCode()).isEqualTo(200);
        } finally {
            never.countDown();
            roundOnA.handle((done, failure) -> done).join();
        }
    }

    @Test
    void a_page_cached_on_one_node_shows_an_edit_or_a_publication_made_on_the_other() {
        ApiClient.Response published = publish("Consular hours in summer");
        String path = published.text("path");
        eventually(() -> assertThat(b.get(path).statusCode()).isEqualTo(200));
        b.get(path);
        b.get(Paths.archive("en"));
        assertThat(b.page(Paths.archive("en")).select("a").eachText()).doesNotContain("Visa fees from July");

        var edited = editor.patch(API + "/" + published.id(), Map.of("version", published.version(),
                "body", "The consular section is open from 9 to 12 in July and August.",
                "changeNote", "Summer hours"));
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        eventually(() -> assertThat(b.page(path).text()).contains("open from 9 to 12 in July and August"));

        publish("Visa fees from July");
        eventually(() -> assertThat(b.page(Paths.archive("en")).select("a").eachText())
                .contains("Visa fees from July"));
    }

    @Test
    void a_static_page_a_menu_and_the_masthead_edited_on_one_node_show_on_the_other() {
        Browser admin = a.signedIn("ada@embassy.test", Role.ADMIN);
        b.get("/en/").body();
        assertThat(b.get("/en/visa-hours").statusCode()).isEqualTo(404);
        assertThat(b.get("/sitemap.xml").body()).doesNotContain("/en/visa-hours");

        Browser.expect(admin.submit("/admin/pages/new", "form.page-form",
                Map.of("lang", "en", "title", "Visa hours", "slug", "visa-hours", "body", "Weekdays, 9 to 12.")), 303);
        eventually(() -> assertThat(b.get("/en/visa-hours").statusCode()).isEqualTo(200));
        eventually(() -> assertThat(b.get("/sitemap.xml").body()).contains("/en/visa-hours"));

        Browser.expect(admin.submit("/admin/menu", "form.menu-form",
                Map.of("items[0].label", "Visa hours", "items[0].url", "/en/visa-hours")), 303);
        eventually(() -> assertThat(b.page("/en/").select("nav.site-nav a").eachText()).contains("Visa hours"));

        Browser.expect(admin.submit("/admin/masthead", "form.masthead-form",
                Map.of("missionName", "Embassy of Testland")), 303);
        eventually(() -> assertThat(b.page("/en/").title()).endsWith("Embassy of Testland"));
        eventually(() -> assertThat(b.get("/en/feed.xml").body()).contains("Embassy of Testland"));
    }

    @Test
    void a_file_uploaded_on_one_node_is_listed_and_served_by_the_other() {
        Browser onA = a.signedIn("mia@embassy.test", Role.AUTHOR);
        byte[] png = TestImages.png(60, 40);
        String csrf = onA.page("/admin/media").select("meta[name=csrf-token]").attr("content");

        Browser.expect(onA.upload("/admin/media", Map.of("_csrf", csrf), "Embassy.png", png), 303);

        Browser onB = b.browser().signIn("mia@embassy.test");
        List<String> listed = onB.page("/admin/media").select("tr.media-file a.media-url").eachAttr("href");
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0)).endsWith("-embassy.png");
        var served = b.get(listed.get(0));
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type")).hasValue("image/png");
    }

    @Test
    void a_session_started_on_one_node_is_valid_on_the_other() {
        var user = a.addUser("sam@embassy.test", Role.EDITOR);
        Session session = a.app().accounts().sessions().start(user);
        assertThat(b.app().accounts().sessions().find(session.token())).map(s -> s.user().id())
                .contains(user.id());
        b.app().accounts().sessions().end(session.token());
        assertThat(a.app().accounts().sessions().find(session.token())).isEmpty();
    }

    @Test
    void a_session_signed_in_over_http_on_one_node_opens_admin_pages_and_posts_forms_on_the_other() {
        a.addUser("sam@embassy.test", Role.EDITOR);
        Browser onA = a.browser().signIn("sam@embassy.test");
        String cookie = Auth.SESSION_COOKIE + "=" + onA.cookie(Auth.SESSION_COOKIE).orElseThrow();
        String csrf = onA.page("/admin").select("form.sign-out input[name=_csrf]").val();

        assertThat(b.get("/admin/publications").statusCode()).as("without the cookie").isEqualTo(303);
        HttpResponse<String> list = b.send(HttpRequest.newBuilder(URI.create(b.url("/admin/publications")))
                .header("Cookie", cookie).GET().build());
        assertThat(list.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(list.body());
        assertThat(page.select("form.sign-out input[name=_csrf]").val()).as("the session's CSRF token").isEqualTo(csrf);

        HttpResponse<String> signedOut = b.send(HttpRequest.newBuilder(URI.create(b.url("/admin/sign-out")))
                .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf)).build());
        assertThat(signedOut.statusCode()).as("a form posted on B with the token A gave").isEqualTo(303);
        assertThat(onA.get("/admin/publications").statusCode()).as("signed out on A too").isEqualTo(303);
    }

    private ApiClient.Response publish(String title) {
        long id = author.post(API, ApiClient.draft(title)).id();
        author.post(API + "/" + id + "/submit", null);
        ApiClient.Response published = editor.post(API + "/" + id + "/publish", null);
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        return published;
    }

    private ApiClient.Response scheduled(String title, Instant at) {
        long id = author.post(API, ApiClient.draft(title)).id();
        author.post(API + "/" + id + "/submit", null);
        ApiClient.Response scheduled = editor.post(API + "/" + id + "/schedule", Map.of("at", at.toString()));
        assertThat(scheduled.status()).as(scheduled.body()).isEqualTo(200);
        return scheduled;
    }

    /** How many times the publication was published, by its change log rows; the same on every node. */
    private int timesPublished(long id) {
        return a.app().database().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM change_log"
                + " WHERE publication_id = :id AND kind = 'PUBLISHED'").bind("id", id).mapTo(Integer.class).one());
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<String> hits(TestSite site, String query) {
        return site.page("/en/search?q=" + query).select(".hit-title").eachText();
    }
}
