package org.chancery.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.chancery.account.Role;
import org.chancery.support.Browser;
import org.chancery.support.TestSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The editor's list shows which publications lack a translation into each of the site's languages. */
class EditorTranslationsHttpTest {
    private static TestSite site;
    private static Document list;

    @BeforeAll
    static void start() {
        site = TestSite.sample();
        Browser editor = site.signedIn("translations.editor@embassy.example", Role.EDITOR);
        list = editor.page("/admin/publications?page=1");
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static Element row(String title) {
        return list.select("tr.publication-row").stream()
                .filter(r -> r.selectFirst(".row-title").text().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void a_translated_publication_and_its_translation_lack_nothing() {
        assertThat(row("Vladimir Putin congratulated veterans and all Russians on Victory Day")
                .select(".row-untranslated .flag")).isEmpty();
        assertThat(row("Владимир Путин поздравил ветеранов и всех россиян с Днём Победы")
                .select(".row-untranslated .flag")).isEmpty();
    }

    @Test
    void translate_starts_a_russian_draft_from_the_original_linked_to_it() {
        Browser editor = site.signedIn("translator@embassy.example", Role.EDITOR);
        Document page = editor.page("/admin/publications");
        Element row = page.select("tr.publication-row").stream().filter(r -> r.selectFirst(".row-title").text()
                .equals("Online concert dedicated to the 75th anniversary of Victory")).findFirst().orElseThrow();

        var created = Browser.expect(editor.submit(row.selectFirst("form.translate"), java.util.Map.of()), 303);
        String location = created.headers().firstValue("Location").orElseThrow();
        Document draft = editor.page(location);

        assertThat(draft.selectFirst("[name=language] option[selected]").val()).isEqualTo("ru");
        assertThat(draft.selectFirst("[name=title]").val())
                .isEqualTo("Online concert dedicated to the 75th anniversary of Victory");
        Document after = editor.page("/admin/publications");
        assertThat(after.select("tr.publication-row").stream().filter(r -> r.selectFirst(".row-title").text()
                .equals("Online concert dedicated to the 75th anniversary of Victory"))
                .flatMap(r -> r.select(".row-untranslated .flag").stream())).isEmpty();
    }

    @Test
    void an_untranslated_publication_names_the_language_it_lacks() {
        assertThat(row("Online concert dedicated to the 75th anniversary of Victory")
                .select(".row-untranslated .flag").eachText()).containsExactly("Russian");
        assertThat(list.select("th").eachText()).contains("Not yet in");
    }
}
