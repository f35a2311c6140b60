package org.chancery.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.chancery.account.Role;
import org.chancery.editorial.EditorialReads;
import org.chancery.support.Browser;
import org.chancery.support.TestSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A publication's history: every save listed, two side by side, and restoring one as a new revision. */
class RevisionsHttpTest {
    private static TestSite site;
    private static Browser author;
    private static Browser editor;
    private static EditorialReads reads;

    @BeforeAll
    static void start() {
        site = TestSite.sample();
        author = site.signedIn("ann@embassy.test", Role.AUTHOR);
        editor = site.signedIn("ed@embassy.test", Role.EDITOR);
        reads = new EditorialReads(site.app().database().jdbi());
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    /** A draft saved three times: the title changed, then a line of the body. */
    private static long history(String title) {
        long id = EditorHttpTest.create(author, EditorHttpTest.transcript(title));
        save(id, Map.of("title", title + ", revised"));
        save(id, Map.of("body", "Question: How will it end?\n\nSergey Lavrov: Well, in the end."));
        return id;
    }

    private static void save(long id, Map<String, String> fields) {
        Element form = author.page(EditorPaths.edit(id)).selectFirst("form.editor-form");
        Browser.expect(author.send(form, fields), 303);
    }

    @Test
    void every_save_is_listed_newest_first_with_who_when_and_a_link_to_compare() {
        long id = history("Listed");

        Document page = author.page(EditorPaths.revisions(id));

        assertThat(page.select("tr.revision .revision-number").eachText()).containsExactly("3", "2", "1");
        assertThat(page.select("tr.revision .revision-author").eachText()).containsOnly("ann@embassy.test");
        assertThat(page.select("tr.revision .revision-time").first().text()).isEqualTo("26 May 2020, 12:57");
        assertThat(page.select("tr.revision[data-number=1] a.revision-compare")).isEmpty();
        assertThat(page.select("tr.revision[data-number=3] a.revision-compare").attr("href"))
                .isEqualTo(EditorPaths.compare(id, 2, 3));
        assertThat(page.select("tr.revision[data-number=3] .flag-current")).hasSize(1);
        assertThat(author.page(EditorPaths.edit(id)).select("a.item-revisions").attr("href"))
                .isEqualTo(EditorPaths.revisions(id));
    }

    @Test
    void two_revisions_are_shown_side_by_side_with_changes_marked() {
        long id = history("Compared");

        Document page = author.page(EditorPaths.compare(id, 1, 3));

        assertThat(page.select(".diff h2").text()).isEqualTo("Revision 1 and revision 3");
        Element title = page.selectFirst(".diff-fields tr[data-field=title]");
        assertThat(title.select("th").text()).isEqualTo("Title");
        assertThat(title.select(".diff-left del").text()).isEqualTo("Compared");
        assertThat(title.select(".diff-right ins").text()).isEqualTo("Compared, revised");
        assertThat(page.select(".diff-lines tr.diff-same .diff-left").first().text()).isEqualTo("Question: How will it end?");
        assertThat(page.select(".diff-lines tr.diff-changed .diff-left del").text()).isEqualTo("Sergey Lavrov: Well.");
        assertThat(page.select(".diff-lines tr.diff-changed .diff-right ins").text())
                .isEqualTo("Sergey Lavrov: Well, in the end.");
        assertThat(page.select("select[name=from] option[selected]").val()).isEqualTo("1");
        assertThat(page.select("select[name=to] option[selected]").val()).isEqualTo("3");
        Browser.expect(author.get(EditorPaths.compare(id, 1, 9)), 404);
        Browser.expect(author.get(EditorPaths.revisions(id) + "?from=one&to=3"), 400);
    }

    @Test
    void restoring_saves_the_old_content_as_a_new_revision() {
        long id = history("Restored");
        Element restore = author.page(EditorPaths.revisions(id)).selectFirst("tr.revision[data-number=1] form.restore-form");

        HttpResponse<String> response = author.send(restore, Map.of());

        Browser.expect(response, 303);
        assertThat(response.headers().firstValue("Location")).contains(EditorPaths.edit(id) + "?done=restore");
        var item = reads.find(id).orElseThrow();
        assertThat(item.publication().title()).isEqualTo("Restored");
        assertThat(item.publication().body()).isEqualTo("Question: How will it end?\n\nSergey Lavrov: Well.");
        Document page = author.page(EditorPaths.revisions(id));
        assertThat(page.select("tr.revision .revision-number").eachText()).containsExactly("4", "3", "2", "1");
        assertThat(page.select("tr.revision[data-number=4] .flag-restored").text()).isEqualTo("restores revision 1");
    }

    @Test
    void restoring_over_a_published_item_asks_for_a_change_note_and_keeps_what_was_typed() {
        long id = history("Restored in public");
        Browser.expect(author.send(author.page(EditorPaths.edit(id)).selectFirst("form.step-submit"), Map.of()), 303);
        Browser.expect(editor.send(editor.page(EditorPaths.edit(id)).selectFirst("form.step-publish"), Map.of()), 303);
        Element restore = editor.page(EditorPaths.revisions(id)).selectFirst("tr.revision[data-number=2] form.restore-form");

        HttpResponse<String> refused = editor.send(restore, Map.of("changeNote", " "));

        Document page = Browser.parse(Browser.expect(refused, 422));
        Element row = page.selectFirst("tr.revision[data-number=2]");
        assertThat(row.select("details.restore[open]")).hasSize(1);
        assertThat(row.select(".field-error").text()).startsWith("Readers can see this publication");
        Browser.expect(editor.send(row.selectFirst("form.restore-form"), Map.of("changeNote", "Restored the body")),
                303);
        assertThat(reads.find(id).orElseThrow().publication().body())
                .isEqualTo("Question: How will it end?\n\nSergey Lavrov: Well.");
    }

    @Test
    void a_restore_begun_before_someone_else_saved_is_refused_as_a_conflict() {
        long id = history("Restore raced");
        Element restore = author.page(EditorPaths.revisions(id)).selectFirst("tr.revision[data-number=1] form.restore-form");
        save(id, Map.of("lead", "Saved in between."));

        Document page = Browser.parse(Browser.expect(author.send(restore, Map.of()), 409));

        assertThat(page.select(".editor-notice[role=alert]").text()).startsWith("Someone else changed this publication");
        assertThat(page.select("tr.revision[data-number=1] input[name=version]").val()).isEqualTo("4");
        assertThat(reads.find(id).orElseThrow().publication().lead()).isEqualTo("Saved in between.");
    }

    @Test
    void an_author_sees_the_history_of_another_s_draft_but_is_offered_no_restore() {
        long id = EditorHttpTest.create(editor, EditorHttpTest.transcript("The editor's history"));

        Document page = author.page(EditorPaths.revisions(id));

        assertThat(page.select("tr.revision")).hasSize(1);
        assertThat(page.select("form.restore-form")).isEmpty();
    }

    @Test
    void a_comparison_names_every_field_that_changed() {
        long id = EditorHttpTest.create(author, EditorHttpTest.transcript("Every field"));
        save(id, Map.ofEntries(Map.entry("type", "statement"), Map.entry("title", "Every field changed"),
                Map.entry("lead", "Another lead."), Map.entry("place", "London"), Map.entry("eventDate", "2020-05-01"),
                Map.entry("speakers", ""), Map.entry("seriesKey", "other-series"), Map.entry("seriesPart", "3"),
                Map.entry("featured", ""), Map.entry("tags", "visa"), Map.entry("body", "Plain text.")));

        Document page = author.page(EditorPaths.compare(id, 1, 2));

        assertThat(page.select(".diff-fields tr").eachAttr("data-field")).containsExactly("type", "title", "lead",
                "place", "eventDate", "featured", "seriesKey", "seriesPart", "speakers", "tags");
        assertThat(page.select(".diff-fields tbody th").eachText()).containsExactly("Type", "Title", "Lead", "Place",
                "Date of the event", "Featured on the home page", "Series", "Part", "Speakers", "Tags");
        assertThat(page.select(".diff-fields tr[data-field=type] td").eachText()).containsExactly("Interview",
                "Statement");
        assertThat(page.select(".diff-fields tr[data-field=featured] td").eachText()).containsExactly("yes", "no");
    }
}
