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

    private static Document editPage(Browser browser, String title) {
        return browser.page(row(title).selectFirst(".row-title a").attr("href"));
    }

    @Test
    void an_original_names_its_translation_and_lacks_no_language() {
        Browser editor = site.signedIn("original.reader@embassy.example", Role.EDITOR);
        Document page = editPage(editor, "Vladimir Putin congratulated veterans and all Russians on Victory Day");
        Element section = page.selectFirst("section.publication-translations");

        assertThat(section.selectFirst("h2").text()).isEqualTo("Other languages");
        assertThat(section.selectFirst(".form-hint").text()).isEqualTo(
                "This publication is the original; the others are its translations.");
        Element translation = section.selectFirst("li.translation");
        assertThat(translation.selectFirst(".translation-language").text()).isEqualTo("Russian");
        assertThat(translation.selectFirst("a.edit").text())
                .isEqualTo("Владимир Путин поздравил ветеранов и всех россиян с Днём Победы");
        assertThat(translation.selectFirst("a.edit").attr("lang")).isEqualTo("ru");
        assertThat(translation.selectFirst(".status").text()).isEqualTo("Published");
        assertThat(translation.select(".flag-original")).isEmpty();
        assertThat(section.select("form.translate")).isEmpty();

        Document russian = editor.page(translation.selectFirst("a.edit").attr("href"));
        assertThat(russian.selectFirst("[name=title]").val())
                .isEqualTo("Владимир Путин поздравил ветеранов и всех россиян с Днём Победы");
    }

    @Test
    void a_translation_names_its_original() {
        Browser editor = site.signedIn("translation.reader@embassy.example", Role.EDITOR);
        Element section = editPage(editor, "Владимир Путин поздравил ветеранов и всех россиян с Днём Победы")
                .selectFirst("section.publication-translations");

        assertThat(section.select(".form-hint")).isEmpty();
        assertThat(section.select("li.translation")).hasSize(1);
        Element original = section.selectFirst("li.translation.original");
        assertThat(original.selectFirst(".translation-language").text()).isEqualTo("English");
        assertThat(original.selectFirst("a.edit").text())
                .isEqualTo("Vladimir Putin congratulated veterans and all Russians on Victory Day");
        assertThat(original.selectFirst(".flag-original").text()).isEqualTo("original");
    }

    @Test
    void an_untranslated_publication_offers_its_translation_from_its_own_page() {
        Browser editor = site.signedIn("page.translator@embassy.example", Role.EDITOR);
        String title = "Foreign Minister Sergey Lavrov’s opening remarks and answers to questions at a news conference"
                + " following the meeting of the Council of Foreign Ministers of the Commonwealth of Independent States"
                + " via video conference";
        String editPath = row(title).selectFirst(".row-title a").attr("href");
        Element section = editor.page(editPath).selectFirst("section.publication-translations");

        assertThat(section.select("li.translation")).isEmpty();
        assertThat(section.select("form.translate button").eachText()).containsExactly("Translate into Russian");

        var created = Browser.expect(editor.submit(section.selectFirst("form.translate"), java.util.Map.of()), 303);
        Document draft = editor.page(created.headers().firstValue("Location").orElseThrow());
        assertThat(draft.selectFirst("[name=language] option[selected]").val()).isEqualTo("ru");
        Element draftOriginal = draft.selectFirst("section.publication-translations li.translation.original");
        assertThat(draftOriginal.selectFirst("a.edit").attr("href")).isEqualTo(editPath);

        Element after = editor.page(editPath).selectFirst("section.publication-translations");
        assertThat(after.select("form.translate")).isEmpty();
        assertThat(after.selectFirst("li.translation .translation-language").text()).isEqualTo("Russian");
        assertThat(after.selectFirst("li.translation .status").text()).isEqualTo("Draft");
    }
}
