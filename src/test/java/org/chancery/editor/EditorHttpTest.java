package org.chancery.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.chancery.account.Role;
import org.chancery.editorial.EditorialItem;
import org.chancery.editorial.EditorialReads;
import org.chancery.support.Browser;
import org.chancery.support.TestSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Writing and saving publications through the editor's pages, and what a refused save shows. */
class EditorHttpTest {
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

    static Map<String, String> transcript(String title) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("type", "interview");
        fields.put("title", title);
        fields.put("lead", "The Minister answers questions.");
        fields.put("place", "Moscow");
        fields.put("eventDate", "2020-04-29");
        fields.put("speakers", "Question\r\nSergey Lavrov");
        fields.put("seriesKey", "tass-2020");
        fields.put("seriesPart", "2");
        fields.put("featured", "on");
        fields.put("tags", "tass, lavrov");
        fields.put("body", "Question: How will it end?\r\n\r\nSergey Lavrov: Well.");
        return fields;
    }

    /** Creates a publication through the new-publication form and returns its id. */
    static long create(Browser browser, Map<String, String> fields) {
        Element form = browser.page(EditorPaths.NEW).selectFirst("form.editor-form");
        HttpResponse<String> created = Browser.expect(browser.send(form, fields), 303);
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches("/admin/publications/\\d+/edit\\?done=create");
        return Long.parseLong(location.replaceAll("\\D+", " ").strip().split(" ")[0]);
    }

    static Element editorForm(Document page) {
        Element form = page.selectFirst("form.editor-form");
        assertThat(form).as("the editor form").isNotNull();
        return form;
    }

    static String value(Element form, String name) {
        return Browser.fields(form).get(name);
    }

    @Test
    void a_new_publication_is_saved_with_every_field_and_shown_again_as_written() {
        long id = create(author, transcript("Interview of Sergey Lavrov to TASS, part 2"));

        Document page = author.page(EditorPaths.edit(id) + "?done=create");
        Element form = editorForm(page);
        assertThat(page.select(".editor-notice").text()).isEqualTo("The draft has been created.");
        assertThat(value(form, "type")).isEqualTo("interview");
        assertThat(value(form, "language")).isEqualTo("en");
        assertThat(value(form, "title")).isEqualTo("Interview of Sergey Lavrov to TASS, part 2");
        assertThat(value(form, "eventDate")).isEqualTo("2020-04-29");
        assertThat(value(form, "speakers")).isEqualTo("Question\nSergey Lavrov");
        assertThat(value(form, "seriesKey")).isEqualTo("tass-2020");
        assertThat(value(form, "seriesPart")).isEqualTo("2");
        assertThat(value(form, "featured")).isEqualTo("on");
        assertThat(value(form, "tags")).isEqualTo("tass, lavrov");
        assertThat(value(form, "body")).isEqualTo("Question: How will it end?\n\nSergey Lavrov: Well.");
        assertThat(page.select(".item-status .status").text()).isEqualTo("Draft");
        assertThat(page.select(".preview-page .transcript .turn")).hasSize(2);

        EditorialItem saved = reads.find(id).orElseThrow();
        assertThat(saved.publication().series().part()).isEqualTo(2);
        assertThat(saved.tags()).containsExactly("tass", "lavrov");
        assertThat(saved.publication().speakers()).containsExactly("Question", "Sergey Lavrov");
    }

    @Test
    void an_edit_is_saved_as_a_new_revision_and_the_form_shows_it() {
        long id = create(author, transcript("Draft to edit"));
        Element form = editorForm(author.page(EditorPaths.edit(id)));

        HttpResponse<String> saved = author.send(form, Map.of("title", "Edited draft", "place", "", "featured", ""));

        Browser.expect(saved, 303);
        assertThat(saved.headers().firstValue("Location")).contains(EditorPaths.edit(id) + "?done=save");
        Element again = editorForm(author.page(EditorPaths.edit(id)));
        assertThat(value(again, "title")).isEqualTo("Edited draft");
        assertThat(value(again, "place")).isEmpty();
        assertThat(value(again, "version")).isEqualTo("2");
        assertThat(reads.revisions(id)).hasSize(2);
    }

    @Test
    void a_refused_save_shows_each_message_beside_its_field_and_keeps_everything_typed() {
        Element form = editorForm(author.page(EditorPaths.NEW));
        Map<String, String> typed = transcript("");
        typed.put("eventDate", "2020-02-30");
        typed.put("seriesPart", "second");
        typed.put("body", "Question: A long answer I must not lose.\n\nSergey Lavrov: Indeed.");

        HttpResponse<String> refused = author.send(form, typed);

        Document page = Browser.parse(Browser.expect(refused, 422));
        assertThat(page.select(".field-title .field-error").text()).isEqualTo("A title is required.");
        assertThat(page.select(".field-eventDate .field-error").text()).isEqualTo("This is not a date.");
        assertThat(page.select(".field-seriesPart .field-error").text()).isEqualTo("A part is a whole number from 1 to 999.");
        assertThat(page.select(".field-body .field-error, .field-lead .field-error")).isEmpty();
        assertThat(page.select(".error-summary li")).hasSize(3);
        Element again = editorForm(page);
        assertThat(value(again, "body")).isEqualTo("Question: A long answer I must not lose.\n\nSergey Lavrov: Indeed.");
        assertThat(value(again, "seriesPart")).isEqualTo("second");
        assertThat(value(again, "speakers")).isEqualTo("Question\nSergey Lavrov");
        assertThat(value(again, "tags")).isEqualTo("tass, lavrov");
        assertThat(value(again, "place")).isEqualTo("Moscow");
        assertThat(value(again, "featured")).isEqualTo("on");
    }

    @Test
    void the_second_of_two_saves_is_refused_with_their_changes_beside_yours_and_your_text_kept() {
        long id = create(author, transcript("Shared draft"));
        Element authorsForm = editorForm(author.page(EditorPaths.edit(id)));
        Element editorsForm = editorForm(editor.page(EditorPaths.edit(id)));
        Browser.expect(editor.send(editorsForm, Map.of("title", "Shared draft, as the editor put it")), 303);

        HttpResponse<String> second = author.send(authorsForm, Map.of("body", "Question: Mine?\n\nSergey Lavrov: Yours."));

        Document page = Browser.parse(Browser.expect(second, 409));
        assertThat(page.select(".conflict h2").text()).isEqualTo("Changed by someone else");
        Element title = page.selectFirst(".conflict-fields tr[data-field=title]");
        assertThat(title.select(".conflict-before").text()).isEqualTo("Shared draft");
        assertThat(title.select(".conflict-theirs").text()).isEqualTo("Shared draft, as the editor put it");
        assertThat(title.select(".conflict-yours").text()).isEqualTo("Shared draft");
        assertThat(page.select(".conflict-by").text()).startsWith("Last saved by ed,");
        assertThat(page.select("form.step-submit")).as("no step may leave the form behind").isEmpty();
        assertThat(page.select(".workflow-unsaved").text()).startsWith("The form holds changes that are not saved.");
        Element form = editorForm(page);
        assertThat(form.hasAttr("data-unsaved")).isTrue();
        assertThat(value(form, "body")).isEqualTo("Question: Mine?\n\nSergey Lavrov: Yours.");
        assertThat(value(form, "version")).isEqualTo("2");
        assertThat(reads.find(id).orElseThrow().publication().body()).isEqualTo("Question: How will it end?\n\nSergey Lavrov: Well.");

        Browser.expect(author.send(form, Map.of("title", "Shared draft, as the editor put it")), 303);
        EditorialItem merged = reads.find(id).orElseThrow();
        assertThat(merged.publication().title()).isEqualTo("Shared draft, as the editor put it");
        assertThat(merged.publication().body()).isEqualTo("Question: Mine?\n\nSergey Lavrov: Yours.");
    }

    @Test
    void a_body_the_conflict_touches_is_shown_line_by_line_theirs_beside_yours() {
        long id = create(author, transcript("Two bodies"));
        Element authorsForm = editorForm(author.page(EditorPaths.edit(id)));
        Element editorsForm = editorForm(editor.page(EditorPaths.edit(id)));
        Browser.expect(editor.send(editorsForm, Map.of("body", "Question: How will it end?\n\nSergey Lavrov: Badly.")), 303);

        Document page = Browser.parse(Browser.expect(author.send(authorsForm,
                Map.of("body", "Question: How will it end?\n\nSergey Lavrov: Well, in time.")), 409));

        assertThat(page.select(".conflict-fields tr[data-field=body]")).hasSize(1);
        assertThat(page.select(".conflict-body tr.diff-changed .diff-left del").text()).isEqualTo("Sergey Lavrov: Badly.");
        assertThat(page.select(".conflict-body tr.diff-changed .diff-right ins").text())
                .isEqualTo("Sergey Lavrov: Well, in time.");
    }

    @Test
    void an_author_may_read_but_not_change_someone_elses_draft() {
        long id = create(editor, transcript("The editor's own"));

        Document page = author.page(EditorPaths.edit(id));
        assertThat(page.select("fieldset.editor-fields[disabled]")).hasSize(1);
        assertThat(page.select("button.save")).isEmpty();
        assertThat(page.select(".read-only").text()).isNotBlank();

        Map<String, String> forged = new LinkedHashMap<>(Browser.fields(page.selectFirst("form.editor-form")));
        forged.putAll(transcript("Taken over"));
        Document refused = Browser.parse(Browser.expect(author.post(EditorPaths.item(id), forged), 403));
        assertThat(refused.select(".editor-notice[role=alert]").text()).startsWith("You may not change this publication");
        assertThat(value(refused.selectFirst("form.editor-form"), "title")).isNull();
        assertThat(refused.select("#f-title").val()).isEqualTo("Taken over");
        assertThat(reads.find(id).orElseThrow().publication().title()).isEqualTo("The editor's own");
    }

    @Test
    void a_form_without_its_csrf_token_is_refused_and_saves_nothing() {
        long before = reads.find(1).orElseThrow().version();
        Map<String, String> fields = new LinkedHashMap<>(transcript("Forged"));
        fields.put("version", String.valueOf(before));

        Browser.expect(author.post(EditorPaths.LIST, fields), 403);
        Browser.expect(editor.post(EditorPaths.item(1), fields), 403);
        Browser.expect(editor.post(EditorPaths.item(1) + "/withdraw", Map.of("reason", "Forged")), 403);

        assertThat(reads.find(1).orElseThrow().version()).isEqualTo(before);
    }

    @Test
    void a_text_over_a_megabyte_is_saved_through_the_form() {
        String body = "Question: Long?\n\nSergey Lavrov: " + "Очень длинный ответ. ".repeat(40_000);
        Map<String, String> fields = transcript("A very long transcript");
        fields.put("body", body);

        long id = create(author, fields);

        assertThat(reads.find(id).orElseThrow().publication().body()).isEqualTo(body);
    }

    @Test
    void a_text_over_the_limit_comes_back_in_the_form_with_the_reason() {
        String body = "x".repeat(org.chancery.editorial.Limits.BODY_BYTES + 1);
        Map<String, String> fields = transcript("Too long");
        fields.put("body", body);

        HttpResponse<String> refused = author.send(editorForm(author.page(EditorPaths.NEW)), fields);

        Document page = Browser.parse(Browser.expect(refused, 413));
        assertThat(page.select(".field-body .field-error").text()).startsWith("The text is larger than 2 MiB");
        assertThat(value(editorForm(page), "body")).isEqualTo(body);
    }
}
