package org.chancery.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import org.chancery.account.Role;
import org.chancery.account.User;
import org.chancery.support.ApiClient;
import org.chancery.support.ApiClient.Response;
import org.chancery.support.Browser;
import org.chancery.support.MutableClock;
import org.chancery.support.Staff;
import org.chancery.support.TestDatabase;
import org.chancery.support.TestSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The audit log viewer at /admin/audit: who did what, when (in the home zone, Europe/Moscow),
 * newest first, a page at a time, filtered by action and actor; for administrators only.
 */
class AuditLogHttpTest {
    private static final String API = "/api/v1/publications";

    /**
     * The sample site of the tests that leave the clock alone; each signs in users of its own, and
     * only the page it creates counts.
     */
    private static TestSite site;

    @BeforeAll
    static void start() {
        site = TestSite.sample();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    static Stream<Named<TestDatabase.Kind>> kinds() {
        return TestDatabase.kinds();
    }

    private static TestSite site(TestDatabase.Kind kind, MutableClock clock) {
        return TestSite.start(kind.create(), clock, c -> c);
    }

    private static Response ok(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response;
    }

    /** A publication written and submitted by {@code author}, as its id. */
    private static long submitted(ApiClient author, String title) {
        Response created = author.post(API, ApiClient.draft(title));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        ok(author.post(API + "/" + created.id() + "/submit", null));
        return created.id();
    }

    private static Elements entries(Document page) {
        return page.select("table.audit tr.audit-entry");
    }

    private static String text(Element entry) {
        return entry.select("td.when").text() + " | " + entry.select("td.who").text() + " | "
                + entry.select("td.what").text() + " | " + entry.select("td.subject").text() + " | "
                + entry.select("td.detail").text();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void publishing_withdrawals_settings_pages_and_users_are_listed_newest_first(TestDatabase.Kind kind) {
        MutableClock clock = new MutableClock(TestSite.SEED_INSTANT);
        try (TestSite site = site(kind, clock)) {
            Staff staff = Staff.of(site);
            ApiClient author = ApiClient.as(site, staff.add("ann@embassy.test", Role.AUTHOR));
            ApiClient editor = ApiClient.as(site, staff.add("ed@embassy.test", Role.EDITOR));
            Browser admin = site.signedIn("root@embassy.test", Role.ADMIN);
            long published = submitted(author, "Statement on consular fees");
            ok(editor.post(API + "/" + published + "/publish", null));
            clock.advance(Duration.ofMinutes(1));
            ok(editor.post(API + "/" + published + "/withdraw", Map.of("reason", "Superseded by the new fees")));
            clock.advance(Duration.ofMinutes(1));
            long forced = submitted(editor, "Urgent notice");
            ok(editor.post(API + "/" + forced + "/publish", Map.of("force", true, "reason", "Embassy closed today")));
            clock.advance(Duration.ofMinutes(1));
            Browser.expect(admin.submit("/admin/masthead", "form.masthead-form", Map.of("missionName", "Embassy")), 303);
            clock.advance(Duration.ofMinutes(1));
            User added = site.addUser("new.editor@embassy.test", Role.EDITOR);
            site.app().database().jdbi().useHandle(h -> new AuditLog(site.app().database().jdbi()).record(h,
                    new AuditEntry(clock.instant(), null, "cli", "user.add", "user:" + added.id(), "editor")));

            Document page = admin.page("/admin/audit");

            assertThat(page.select("table.audit th").first().text()).isEqualTo("When (Europe/Moscow time)");
            assertThat(entries(page)).extracting(AuditLogHttpTest::text).containsExactly(
                    "26.05.2020 13:01 | cli | User added | new.editor@embassy.test | editor",
                    "26.05.2020 13:00 | root root@embassy.test | Masthead changed | Masthead | mission name",
                    "26.05.2020 12:59 | ed ed@embassy.test | Force-published | Publication " + forced
                            + ": Urgent notice | Embassy closed today",
                    "26.05.2020 12:59 | ed ed@embassy.test | Submitted for review | Publication " + forced
                            + ": Urgent notice | ",
                    "26.05.2020 12:58 | ed ed@embassy.test | Withdrawn | Publication " + published
                            + ": Statement on consular fees | Superseded by the new fees",
                    "26.05.2020 12:57 | ed ed@embassy.test | Published | Publication " + published
                            + ": Statement on consular fees | ",
                    "26.05.2020 12:57 | ann ann@embassy.test | Submitted for review | Publication " + published
                            + ": Statement on consular fees | ");
            Element withdrawn = entries(page).get(4);
            assertThat(withdrawn.select("td.subject a").attr("href")).startsWith("/en/news/" + published + "-");
            assertThat(withdrawn.select("td.when time").attr("datetime")).isEqualTo("2020-05-26T12:58+03:00");
            assertThat(entries(page).get(1).select("td.subject a").attr("href")).isEqualTo("/admin/masthead");
            assertThat(withdrawn.select("td.who a").attr("href")).isEqualTo("/admin/audit?actor=ed%40embassy.test");

            Document withdrawals = admin.page("/admin/audit?action=withdraw");
            assertThat(entries(withdrawals)).extracting(AuditLogHttpTest::text).singleElement().asString()
                    .contains("Withdrawn");
            assertThat(withdrawals.select("select[name=action] option[selected]").val()).isEqualTo("withdraw");
            assertThat(withdrawals.select("select[name=action] option").eachAttr("value"))
                    .contains("", "publish", "force-publish", "withdraw", "settings.masthead", "user.add");

            Document byAnn = admin.page("/admin/audit?actor=ANN@embassy.test");
            assertThat(entries(byAnn)).extracting(e -> e.select("td.what").text()).containsExactly("Submitted for review");
            assertThat(byAnn.select("input[name=actor]").val()).isEqualTo("ann@embassy.test");

            Document both = admin.page("/admin/audit?action=submit&actor=ed%40embassy.test");
            assertThat(entries(both)).extracting(e -> e.select("td.subject").text())
                    .containsExactly("Publication " + forced + ": Urgent notice");
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void the_log_is_read_fifty_entries_at_a_time_older_ones_after_the_last_shown(TestDatabase.Kind kind) {
        MutableClock clock = new MutableClock(TestSite.SEED_INSTANT);
        try (TestSite site = site(kind, clock)) {
            AuditLog log = new AuditLog(site.app().database().jdbi());
            Instant start = Instant.parse("2020-05-01T00:00:00Z");
            site.app().database().jdbi().useTransaction(h -> {
                for (int i = 1; i <= 120; i++) {
                    // three entries a minute, so a page may end between entries of the same instant
                    Instant at = start.plus(Duration.ofMinutes(i / 3));
                    log.record(h, new AuditEntry(at, null, i % 2 == 0 ? "scheduler" : "cli", i % 2 == 0
                            ? "publish-scheduled" : "token.revoke", "entry:" + i, "number " + i));
                }
            });
            Browser admin = site.signedIn("root@embassy.test", Role.ADMIN);

            Document first = admin.page("/admin/audit");
            Document second = admin.page(first.select("nav.pager a.older").attr("href"));
            Document third = admin.page(second.select("nav.pager a.older").attr("href"));

            assertThat(entries(first)).hasSize(50);
            assertThat(details(first)).first().isEqualTo("number 120");
            assertThat(details(first)).last().isEqualTo("number 71");
            assertThat(details(second)).hasSize(50).first().isEqualTo("number 70");
            assertThat(details(third)).hasSize(20).last().isEqualTo("number 1");
            assertThat(first.select("nav.pager a.newest")).isEmpty();
            assertThat(third.select("nav.pager a.older")).isEmpty();
            assertThat(third.select("nav.pager a.newest").attr("href")).isEqualTo("/admin/audit");

            Document scheduler = admin.page("/admin/audit?actor=scheduler");
            Document schedulerOlder = admin.page(scheduler.select("nav.pager a.older").attr("href"));
            assertThat(scheduler.select("nav.pager a.older").attr("href")).startsWith("/admin/audit?actor=scheduler&before=");
            assertThat(details(scheduler)).hasSize(50).first().isEqualTo("number 120");
            assertThat(details(schedulerOlder)).hasSize(10).last().isEqualTo("number 2");
        }
    }

    private static java.util.List<String> details(Document page) {
        return entries(page).stream().map(e -> e.select("td.detail").text()).toList();
    }

    @Test
    void authors_and_editors_may_not_read_the_log() {
        assertThat(site.signedIn("author@embassy.test", Role.AUTHOR).get("/admin/audit").statusCode()).isEqualTo(403);
        assertThat(site.signedIn("editor@embassy.test", Role.EDITOR).get("/admin/audit").statusCode()).isEqualTo(403);
        assertThat(site.signedIn("admin@embassy.test", Role.ADMIN).get("/admin/audit").statusCode()).isEqualTo(200);
        assertThat(site.browser().get("/admin/audit").statusCode()).isEqualTo(303);
    }

    @Test
    void a_malformed_position_is_a_400_and_an_unknown_action_lists_nothing() {
        Browser admin = site.signedIn("auditor@embassy.test", Role.ADMIN);

        assertThat(admin.get("/admin/audit?before=yesterday").statusCode()).isEqualTo(400);
        Document none = admin.page("/admin/audit?action=" + URLEncoder.encode("<script>", StandardCharsets.UTF_8));
        assertThat(none.select("p.empty").text()).isEqualTo("No entries.");
    }

    @Test
    void a_deleted_page_is_named_without_a_link() {
        Browser admin = site.signedIn("pages.admin@embassy.test", Role.ADMIN);
        Browser.expect(admin.submit("/admin/pages/new", "form.page-form", Map.of("title", "Gone soon",
                "slug", "gone-soon", "body", "Text.")), 303);
        String edit = admin.page("/admin/pages").select("table.pages a.edit:contains(Gone soon)").attr("href");
        Browser.expect(admin.submit(edit + "/delete", "form.page-delete", Map.of()), 303);

        Elements rows = entries(admin.page("/admin/audit?action=page.create"));

        String id = edit.substring(edit.lastIndexOf('/') + 1);
        assertThat(rows.select("td.subject").text()).isEqualTo("Page " + id + ", since deleted");
        assertThat(rows.select("td.subject a")).isEmpty();
    }
}
