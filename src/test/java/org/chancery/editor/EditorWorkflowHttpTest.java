package org.chancery.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import org.chancery.account.Role;
import org.chancery.editorial.EditorialItem;
import org.chancery.editorial.EditorialReads;
import org.chancery.publication.Status;
import org.chancery.support.Browser;
import org.chancery.support.MutableClock;
import org.chancery.support.TestSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The workflow's buttons on the editor page: who sees which, what they do, and how refusals come back. */
class EditorWorkflowHttpTest {
    private static final MutableClock CLOCK = new MutableClock(TestSite.SEED_INSTANT);

    private static TestSite site;
    private static Browser author;
    private static Browser editor;
    private static Browser otherEditor;
    private static EditorialReads reads;

    @BeforeAll
    static void start() {
        site = TestSite.sampleWith(CLOCK);
        author = site.signedIn("ann@embassy.test", Role.AUTHOR);
        editor = site.signedIn("ed@embassy.test", Role.EDITOR);
        otherEditor = site.signedIn("eve@embassy.test", Role.EDITOR);
        reads = new EditorialReads(site.app().database().jdbi());
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static long draft(Browser browser, String title) {
        return EditorHttpTest.create(browser, EditorHttpTest.transcript(title));
    }

    /** Presses a step's button on the publication's page, with {@code fields} typed into its form. */
    private static HttpResponse<String> step(Browser browser, long id, String step, Map<String, String> fields) {
        Element form = browser.page(EditorPaths.edit(id)).selectFirst("form.step-" + step);
        assertThat(form).as("the " + step + " form").isNotNull();
        return browser.send(form, fields);
    }

    private static Document done(Browser browser, long id, String step, Map<String, String> fields) {
        HttpResponse<String> response = Browser.expect(step(browser, id, step, fields), 303);
        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(location).isEqualTo(EditorPaths.edit(id) + "?done=" + step);
        return browser.page(location);
    }

    private static EditorialItem item(long id) {
        return reads.find(id).orElseThrow();
    }

    @Test
    void an_author_submits_but_is_offered_no_publishing_and_a_forged_publish_is_refused() {
        long id = draft(author, "Submitted by its author");

        Document page = done(author, id, "submit", Map.of());

        assertThat(page.select(".editor-notice").text()).isEqualTo("Submitted for review.");
        assertThat(page.select(".item-status .status").text()).isEqualTo("Submitted");
        assertThat(page.select("form.step-publish, form.step-force-publish, form.step-schedule")).isEmpty();
        String csrf = page.selectFirst("form.editor-form input[name=_csrf]").val();
        Browser.expect(author.post(EditorPaths.item(id) + "/publish", Map.of("_csrf", csrf)), 403);
        assertThat(item(id).status()).isEqualTo(Status.SUBMITTED);
    }

    @Test
    void an_editor_publishes_what_someone_else_submitted_and_readers_find_it() {
        long id = draft(author, "Published by a second person");
        done(author, id, "submit", Map.of());

        Document page = done(editor, id, "publish", Map.of());

        assertThat(page.select(".item-status .status").text()).isEqualTo("Published");
        String path = page.selectFirst("a.item-view").attr("href");
        assertThat(site.page(path).select("h1.headline").text()).startsWith("Published by a second person");
    }

    @Test
    void whoever_submitted_is_not_offered_publishing_and_is_told_why_when_they_try() {
        long id = draft(editor, "Submitted by an editor");
        Document page = done(editor, id, "submit", Map.of());
        assertThat(page.select("form.step-publish")).isEmpty();
        assertThat(page.select("form.step-force-publish")).hasSize(1);
        String csrf = page.selectFirst("form.editor-form input[name=_csrf]").val();

        HttpResponse<String> refused = editor.post(EditorPaths.item(id) + "/publish", Map.of("_csrf", csrf));

        Document shown = Browser.parse(Browser.expect(refused, 403));
        assertThat(shown.select(".editor-notice[role=alert]").text()).startsWith("This needs a second person");
        assertThat(shown.select("form.editor-form")).hasSize(1);
    }

    @Test
    void a_force_publish_needs_a_reason_and_stays_flagged_until_another_editor_approves() {
        long id = draft(author, "Embargoed statement");

        HttpResponse<String> noReason = step(editor, id, "force-publish", Map.of("reason", "  "));
        Document refused = Browser.parse(Browser.expect(noReason, 422));
        assertThat(refused.select("form.step-force-publish .field-error").text()).isEqualTo("A reason is required.");
        assertThat(item(id).status()).isEqualTo(Status.DRAFT);

        Document forced = done(editor, id, "force-publish", Map.of("reason", "The embargo ends at 9:00"));
        assertThat(forced.select(".item-status .flag-awaiting").text()).isEqualTo("Awaiting approval");
        assertThat(forced.select(".item-forced").text()).contains("ed", "The embargo ends at 9:00");
        assertThat(forced.select("form.step-approve")).as("not for whoever forced it").isEmpty();
        assertThat(editor.page(EditorPaths.LIST + "?awaiting=on").select("tr[data-id=" + id + "] .flag-awaiting"))
                .hasSize(1);

        Document approved = done(otherEditor, id, "approve", Map.of());
        assertThat(approved.select(".flag-awaiting")).isEmpty();
        assertThat(approved.select(".item-forced").text()).contains("Approved by eve.");
        assertThat(editor.page(EditorPaths.LIST + "?awaiting=on").select("tr[data-id=" + id + "]")).isEmpty();
    }

    @Test
    void a_schedule_is_read_in_the_home_zone_and_published_when_it_falls_due() {
        long id = draft(author, "Scheduled for the morning");
        done(author, id, "submit", Map.of());
        Element schedule = editor.page(EditorPaths.edit(id)).selectFirst("form.step-schedule");
        assertThat(schedule.select("label").text()).contains("Europe/Moscow");

        // 27 May 2020 10:00 in Moscow is 07:00 UTC.
        Document page = done(editor, id, "schedule", Map.of("at", "2020-05-27T10:00"));

        assertThat(item(id).workflow().scheduledAt()).isEqualTo(Instant.parse("2020-05-27T07:00:00Z"));
        assertThat(page.select(".item-scheduled").text()).isEqualTo("27 May 2020, 10:00 (Europe/Moscow)");
        assertThat(editor.page(EditorPaths.LIST).select("tr[data-id=" + id + "] .flag-scheduled").text())
                .isEqualTo("27 May 2020, 10:00");
        site.app().scheduler().publishDue();
        assertThat(item(id).status()).isEqualTo(Status.SCHEDULED);

        CLOCK.set(Instant.parse("2020-05-27T07:00:00Z"));
        try {
            assertThat(site.app().scheduler().publishDue()).isEqualTo(1);
        } finally {
            CLOCK.set(TestSite.SEED_INSTANT);
        }
        assertThat(item(id).status()).isEqualTo(Status.PUBLISHED);
    }

    @Test
    void a_time_in_the_past_is_refused_beside_the_schedule_field_with_the_time_kept() {
        long id = draft(author, "Scheduled too late");
        done(author, id, "submit", Map.of());

        HttpResponse<String> refused = step(editor, id, "schedule", Map.of("at", "2020-05-26T12:00"));

        Document page = Browser.parse(Browser.expect(refused, 422));
        assertThat(page.select("form.step-schedule .field-error").text()).isEqualTo("Choose a time in the future.");
        assertThat(page.select("form.step-schedule input[name=at]").val()).isEqualTo("2020-05-26T12:00");
    }

    @Test
    void an_edit_to_a_published_item_needs_a_change_note_or_the_minor_mark() {
        long id = draft(author, "Corrected later");
        done(author, id, "submit", Map.of());
        Document published = done(editor, id, "publish", Map.of());
        Element form = published.selectFirst("form.editor-form");
        assertThat(form.select("textarea[name=changeNote], input[name=minor]")).hasSize(2);

        HttpResponse<String> noNote = editor.send(form, Map.of("lead", "A corrected lead."));
        Document refused = Browser.parse(Browser.expect(noNote, 422));
        assertThat(refused.select(".field-changeNote .field-error").text()).startsWith("Readers can see this publication");
        assertThat(refused.select("#f-lead").text()).isEqualTo("A corrected lead.");

        Browser.expect(editor.send(refused.selectFirst("form.editor-form"),
                Map.of("changeNote", "Corrected the lead")), 303);
        assertThat(item(id).publication().lead()).isEqualTo("A corrected lead.");
        String path = Browser.parse(editor.get(EditorPaths.edit(id))).selectFirst("a.item-view").attr("href");
        assertThat(site.page(path).select(".change-note").text()).contains("Corrected the lead");
    }

    @Test
    void an_editor_withdraws_with_a_reason_then_unpublishes_to_a_replacement() {
        long id = draft(author, "Outdated notice");
        done(author, id, "submit", Map.of());
        String path = done(editor, id, "publish", Map.of()).selectFirst("a.item-view").attr("href");

        HttpResponse<String> noReason = step(editor, id, "withdraw", Map.of("reason", ""));
        assertThat(Browser.parse(Browser.expect(noReason, 422)).select("form.step-withdraw .field-error").text())
                .isEqualTo("A reason is required.");
        Document withdrawn = done(editor, id, "withdraw", Map.of("reason", "Superseded by the notice of 1 June"));
        assertThat(withdrawn.select(".item-withdrawn").text()).contains("Superseded by the notice of 1 June");
        assertThat(site.page(path).select(".withdrawn-reason").text()).isEqualTo("Superseded by the notice of 1 June");

        HttpResponse<String> bad = step(editor, id, "unpublish", Map.of("replacement", "javascript:alert(1)"));
        Document refused = Browser.parse(Browser.expect(bad, 422));
        assertThat(refused.select("form.step-unpublish .field-error").text()).startsWith("A path on this site");
        assertThat(refused.select("form.step-unpublish input[name=replacement]").val()).isEqualTo("javascript:alert(1)");

        Document gone = done(editor, id, "unpublish", Map.of("replacement", "/en/news"));
        assertThat(gone.select(".item-status .status").text()).isEqualTo("Unpublished");
        assertThat(site.get(path).statusCode()).isEqualTo(301);
        assertThat(site.get(path).headers().firstValue("Location")).contains("/en/news");
    }

    @Test
    void a_step_refused_by_the_state_comes_back_as_the_page_with_the_reason() {
        long id = draft(author, "Never published");
        String csrf = editor.page(EditorPaths.edit(id)).selectFirst("form.editor-form input[name=_csrf]").val();

        HttpResponse<String> refused = editor.post(EditorPaths.item(id) + "/withdraw",
                Map.of("_csrf", csrf, "reason", "Not yet out"));

        Document page = Browser.parse(Browser.expect(refused, 409));
        assertThat(page.select(".editor-notice[role=alert]").text())
                .isEqualTo("This is not possible while the publication is Draft.");
        assertThat(page.select("form.step-withdraw")).isEmpty();
        assertThat(item(id).status()).isEqualTo(Status.DRAFT);
    }

    @Test
    void a_publication_that_does_not_exist_is_a_404_page() {
        Browser.expect(editor.get(EditorPaths.edit(99_999)), 404);
        Browser.expect(editor.get("/admin/publications/abc/edit"), 404);
    }
}
