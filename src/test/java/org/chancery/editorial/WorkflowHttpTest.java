package org.chancery.editorial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import org.chancery.account.Role;
import org.chancery.audit.AuditEntry;
import org.chancery.audit.AuditLog;
import org.chancery.support.ApiClient;
import org.chancery.support.ApiClient.Response;
import org.chancery.support.Staff;
import org.chancery.support.TestSite;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every rule of the workflow, through the API, and what readers then see. */
class WorkflowHttpTest {
    private static final String API = "/api/v1/publications";

    private static TestSite site;
    private static Staff.Member author;
    private static Staff.Member editor;
    private static Staff.Member otherEditor;
    private static ApiClient asAuthor;
    private static ApiClient asEditor;
    private static ApiClient asOtherEditor;

    @BeforeAll
    static void start() {
        site = TestSite.sample();
        Staff staff = Staff.of(site);
        author = staff.add("ann@embassy.test", Role.AUTHOR);
        editor = staff.add("ed@embassy.test", Role.EDITOR);
        otherEditor = staff.add("eve@embassy.test", Role.EDITOR);
        asAuthor = ApiClient.as(site, author);
        asEditor = ApiClient.as(site, editor);
        asOtherEditor = ApiClient.as(site, otherEditor);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static long draft(ApiClient client, String title) {
        Response created = client.post(API, ApiClient.draft(title));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.id();
    }

    private static long submitted(ApiClient client, String title) {
        long id = draft(client, title);
        assertThat(client.post(API + "/" + id + "/submit", null).status()).isEqualTo(200);
        return id;
    }

    /** A publication submitted by the author and published by an editor; returns its public path. */
    private static Response published(String title) {
        long id = submitted(asAuthor, title);
        Response published = asEditor.post(API + "/" + id + "/publish", null);
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        return published;
    }

    private static void assertProblem(Response response, int status, String type) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.text("type")).isEqualTo("urn:chancery:problem:" + type);
        assertThat(response.json().path("status").asInt()).isEqualTo(status);
        assertThat(response.text("title")).isNotBlank();
        assertThat(response.text("detail")).isNotBlank();
    }

    @Test
    void an_author_cannot_publish_even_what_another_submitted() {
        long id = submitted(asEditor, "Author may not publish");

        Response response = asAuthor.post(API + "/" + id + "/publish", null);

        assertProblem(response, 403, "role");
        assertThat(response.text("detail")).contains("only an editor may publish");
        assertThat(asAuthor.get(API + "/" + id).text("status")).isEqualTo("submitted");
    }

    @Test
    void an_author_cannot_edit_someone_elses_draft() {
        long id = draft(asEditor, "Not the author's");

        Response response = asAuthor.patch(API + "/" + id, Map.of("version", 1, "title", "Changed"));

        assertProblem(response, 403, "role");
    }

    @Test
    void the_submitter_cannot_publish_without_force_and_reason() {
        long id = submitted(asEditor, "Own submission");

        Response response = asEditor.post(API + "/" + id + "/publish", null);

        assertProblem(response, 403, "workflow-rule");
        assertThat(response.text("detail")).contains("you submitted this publication, so another editor must publish it");
        assertThat(asEditor.get(API + "/" + id).text("status")).isEqualTo("submitted");
    }

    @Test
    void another_editor_publishes_a_submission_and_readers_see_it() {
        Response published = published("Reviewed statement");

        assertThat(published.text("status")).isEqualTo("published");
        assertThat(published.json().path("forcePublish").isNull()).isTrue();
        Document page = site.page(published.text("path"));
        assertThat(page.select("article h1.headline").text()).isEqualTo("Reviewed statement");
        assertThat(page.select(".publication-meta time").text()).isEqualTo("26.05.2020");
        assertThat(site.page("/en/").select(".latest a").eachText()).contains("Reviewed statement");
    }

    @Test
    void a_draft_must_be_submitted_before_it_is_published() {
        long id = draft(asAuthor, "Never submitted");

        assertProblem(asEditor.post(API + "/" + id + "/publish", null), 403, "workflow-rule");
    }

    @Test
    void force_publish_without_a_reason_is_invalid() {
        long id = submitted(asEditor, "Forced without reason");

        Response response = asEditor.post(API + "/" + id + "/publish", Map.of("force", true));

        assertProblem(response, 422, "invalid-fields");
        assertThat(response.json().path("errors").get(0).path("field").asText()).isEqualTo("reason");
        assertThat(response.json().path("errors").get(0).path("pointer").asText()).isEqualTo("#/reason");
    }

    @Test
    void force_publish_is_recorded_and_flagged_until_another_editor_approves() {
        long id = submitted(asEditor, "Urgent statement");

        Response forced = asEditor.post(API + "/" + id + "/publish",
                Map.of("force", true, "reason", "The minister speaks in ten minutes"));

        assertThat(forced.status()).as(forced.body()).isEqualTo(200);
        assertThat(forced.text("status")).isEqualTo("published");
        assertThat(forced.json().at("/forcePublish/reason").asText()).isEqualTo("The minister speaks in ten minutes");
        assertThat(forced.json().at("/forcePublish/by").asLong()).isEqualTo(editor.id());
        assertThat(forced.json().at("/forcePublish/awaitingApproval").asBoolean()).isTrue();
        site.page(forced.text("path"));

        assertProblem(asEditor.post(API + "/" + id + "/approve", null), 403, "workflow-rule");
        Response approved = asOtherEditor.post(API + "/" + id + "/approve", null);
        assertThat(approved.json().at("/forcePublish/awaitingApproval").asBoolean()).isFalse();
        assertThat(approved.json().at("/forcePublish/approvedBy").asLong()).isEqualTo(otherEditor.id());
        assertProblem(asOtherEditor.post(API + "/" + id + "/approve", null), 409, "state-conflict");

        assertThat(audit(id)).extracting(AuditEntry::action, AuditEntry::actor)
                .containsExactly(
                        tuple("submit", "ed@embassy.test"),
                        tuple("force-publish", "ed@embassy.test"),
                        tuple("approve-force-publish", "eve@embassy.test"));
        assertThat(audit(id).get(1).detail()).isEqualTo("The minister speaks in ten minutes");
    }

    @Test
    void withdrawn_page_stays_with_notice_date_and_reason_but_leaves_the_lists() {
        Response published = published("Superseded advice");
        long id = published.id();
        String path = published.text("path");
        assertThat(site.page("/en/news").select(".publication-list a").eachText()).contains("Superseded advice");

        assertProblem(asEditor.post(API + "/" + id + "/withdraw", Map.of()), 422, "invalid-fields");
        Response withdrawn = asEditor.post(API + "/" + id + "/withdraw",
                Map.of("reason", "This advice no longer applies; see the consular notice of 1 June."));

        assertThat(withdrawn.text("status")).isEqualTo("withdrawn");
        Document page = site.page(path);
        assertThat(page.select("main > .withdrawn-notice + article")).hasSize(1);
        assertThat(page.select(".withdrawn-notice h2").text()).isEqualTo("Withdrawn");
        assertThat(page.select(".withdrawn-notice .withdrawn-date").text())
                .isEqualTo("This publication was withdrawn on 26 May 2020.");
        assertThat(page.select(".withdrawn-notice .withdrawn-reason").text())
                .isEqualTo("This advice no longer applies; see the consular notice of 1 June.");
        assertThat(page.title()).startsWith("[Withdrawn] Superseded advice |");
        assertThat(page.select("h1")).hasSize(1);
        assertThat(site.page("/en/news").select(".publication-list a").eachText()).doesNotContain("Superseded advice");
        assertThat(site.page("/en/").select(".latest a").eachText()).doesNotContain("Superseded advice");
        assertThat(audit(id)).extracting(AuditEntry::action).containsExactly("submit", "publish", "withdraw");
    }

    @Test
    void only_published_items_can_be_withdrawn() {
        long id = submitted(asAuthor, "Still in review");

        assertProblem(asEditor.post(API + "/" + id + "/withdraw", Map.of("reason", "x")), 409, "state-conflict");
    }

    @Test
    void unpublished_address_answers_410_gone_in_the_site_layout() {
        Response published = published("Posted by mistake");

        Response unpublished = asEditor.post(API + "/" + published.id() + "/unpublish", null);

        assertThat(unpublished.text("status")).isEqualTo("unpublished");
        Document page = site.page(published.text("path"), 410);
        assertThat(page.select("header.site-header .masthead")).hasSize(1);
        assertThat(page.select("section.error.status-410 h1").text()).isEqualTo("Gone");
        assertThat(page.select("section.error p").first().text())
                .isEqualTo("This publication has been removed from the site.");
        assertThat(site.page("/en/news").select(".publication-list a").eachText()).doesNotContain("Posted by mistake");
    }

    @Test
    void unpublished_address_with_a_replacement_redirects_there_permanently() {
        Response old = published("Old address");
        Response replacement = published("New address");

        asEditor.post(API + "/" + old.id() + "/unpublish", Map.of("replacement", replacement.text("path")));

        var response = site.get(old.text("path"));
        assertThat(response.statusCode()).isEqualTo(301);
        assertThat(response.headers().firstValue("Location")).hasValue(replacement.text("path"));
    }

    @Test
    void a_replacement_elsewhere_than_this_site_or_http_is_refused() {
        Response published = published("Bad replacement");

        for (String bad : new String[] {"javascript:alert(1)", "//evil.example/x", "ftp://x.org/a", "news"}) {
            assertProblem(asEditor.post(API + "/" + published.id() + "/unpublish", Map.of("replacement", bad)),
                    422, "invalid-fields");
        }
    }

    @Test
    void an_edit_to_a_published_item_needs_a_change_note_unless_minor_and_the_note_is_shown() {
        Response published = published("Visa rules");
        String url = API + "/" + published.id();

        assertProblem(asEditor.patch(url, Map.of("version", published.version(), "lead", "New lead")),
                422, "invalid-fields");
        Response corrected = asEditor.patch(url, Map.of("version", published.version(), "lead", "Fees changed",
                "changeNote", "Corrected the visa fee"));
        Response minor = asEditor.patch(url, Map.of("version", corrected.version(), "lead", "Fees have changed",
                "minor", true));

        assertThat(minor.status()).as(minor.body()).isEqualTo(200);
        Document page = site.page(published.text("path"));
        assertThat(page.select("article p.lead").text()).isEqualTo("Fees have changed");
        assertThat(page.select(".change-notes li.change-note").eachText())
                .containsExactly("Updated 26 May 2020: Corrected the visa fee");
    }

    @Test
    void publishing_refreshes_the_archive_count_at_once() {
        String before = site.page("/en/news").select(".archive-count").text();

        published("Counted at once");

        String after = site.page("/en/news").select(".archive-count").text();
        assertThat(Integer.parseInt(after.split(" ")[0])).isEqualTo(Integer.parseInt(before.split(" ")[0]) + 1);
    }

    private static List<AuditEntry> audit(long id) {
        return new AuditLog(site.app().database().jdbi()).about("publication:" + id);
    }
}
