package org.chancery.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.chancery.account.Role;
import org.chancery.support.Browser;
import org.chancery.support.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The preview: the public page's own rendering of what the form holds, saving nothing. */
class PreviewHttpTest {
    private static final String SCRIPTED = "Question: Is this safe?<script>alert('x')</script>\n\n"
            + "Sergey Lavrov: It is. <img src=\"x.png\" onerror=\"alert('y')\"> [link](javascript:alert('z'))";

    private static TestSite site;
    private static Browser author;

    @BeforeAll
    static void start() {
        site = TestSite.sample();
        author = site.signedIn("ann@embassy.test", Role.AUTHOR);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static long publications() {
        return site.app().database().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM publications")
                .mapTo(Long.class).one());
    }

    private static Map<String, String> typed(String body) {
        Map<String, String> fields = EditorHttpTest.transcript("Interview of Sergey Lavrov to TASS");
        fields.put("body", body);
        return fields;
    }

    @Test
    void the_preview_button_shows_the_transcript_as_readers_would_and_the_form_as_typed() {
        long before = publications();
        Element form = author.page(EditorPaths.NEW).selectFirst("form.editor-form");

        HttpResponse<String> response = author.send(form, EditorPaths.PREVIEW, typed(SCRIPTED));

        Document page = Browser.parse(Browser.expect(response, 200));
        Element article = page.selectFirst(".preview-page article.publication");
        assertThat(article.select(".transcript .turn")).hasSize(2);
        assertThat(article.select(".turn .speaker").eachText()).containsExactly("Question:", "Sergey Lavrov:");
        assertThat(article.select("h1.headline").text())
                .isEqualTo("Interview of Sergey Lavrov to TASS, Moscow, April 29, 2020");
        assertThat(article.select(".series-part").text()).isEqualTo("Part 2");
        assertThat(EditorHttpTest.value(page.selectFirst("form.editor-form"), "body")).isEqualTo(SCRIPTED);
        assertThat(publications()).isEqualTo(before);
    }

    @Test
    void the_preview_leaves_out_scripts_handlers_and_script_links() {
        Element form = author.page(EditorPaths.NEW).selectFirst("form.editor-form");

        Document page = Browser.parse(author.send(form, EditorPaths.PREVIEW, typed(SCRIPTED)));

        Element article = page.selectFirst(".preview-page article");
        assertThat(article.select("script")).isEmpty();
        assertThat(article.select("[onerror]")).isEmpty();
        assertThat(article.select("a[href^=javascript]")).isEmpty();
        assertThat(page.select("script:not([src])")).isEmpty();
    }

    @Test
    void the_editors_script_gets_the_article_alone_with_the_csrf_header() {
        long before = publications();
        Document blank = author.page(EditorPaths.NEW);
        String token = blank.selectFirst("meta[name=csrf-token]").attr("content");
        Map<String, String> fields = typed(SCRIPTED);

        HttpResponse<String> response = author.postMultipart(EditorPaths.PREVIEW, fields);
        assertThat(response.statusCode()).as("without the token").isEqualTo(403);
        response = send(fields, token);

        Document fragment = Jsoup.parseBodyFragment(Browser.expect(response, 200).body());
        assertThat(fragment.body().child(0).is("article.publication")).isTrue();
        assertThat(fragment.select(".transcript .turn")).hasSize(2);
        assertThat(fragment.select("script, [onerror]")).isEmpty();
        assertThat(publications()).isEqualTo(before);
    }

    @Test
    void a_saved_publication_is_previewed_at_its_own_date_with_what_the_form_holds() {
        long id = EditorHttpTest.create(author, typed("Question: Saved?\n\nSergey Lavrov: Yes."));
        Element form = author.page(EditorPaths.edit(id)).selectFirst("form.editor-form");

        Document page = Browser.parse(author.send(form, EditorPaths.PREVIEW,
                Map.of("body", "Question: Changed?\n\nSergey Lavrov: Not yet saved.")));

        assertThat(page.select(".preview-page .turn").last().text()).isEqualTo("Sergey Lavrov: Not yet saved.");
        assertThat(page.select("form.editor-form").attr("action")).isEqualTo(EditorPaths.item(id));
        assertThat(EditorHttpTest.value(page.selectFirst("form.editor-form"), "version")).isEqualTo("1");
        assertThat(author.page(EditorPaths.edit(id)).select(".preview-page .turn").last().text())
                .isEqualTo("Sergey Lavrov: Yes.");
    }

    private static HttpResponse<String> send(Map<String, String> fields, String token) {
        return author.postMultipart(EditorPaths.PREVIEW, fields, "X-CSRF-Token", token, "X-Preview", "fragment");
    }
}
