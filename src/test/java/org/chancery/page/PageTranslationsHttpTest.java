package org.chancery.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.chancery.account.Role;
import org.chancery.support.Browser;
import org.chancery.support.TestSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Static pages in several languages: the editor names each page's translations and starts new ones. */
class PageTranslationsHttpTest {
    private static TestSite site;
    private static Browser editor;

    @BeforeAll
    static void start() {
        site = TestSite.sample();
        editor = site.signedIn("translator@embassy.example", Role.EDITOR);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    /** Creates an English page and returns the address of its edit form. */
    private static String createdInEnglish(String title, String slug, String body) {
        HttpResponse<String> response = Browser.expect(editor.submit("/admin/pages/new", "form.page-form",
                Map.of("lang", "en", "title", title, "slug", slug, "body", body)), 303);
        String location = response.headers().firstValue("Location").orElseThrow();
        return location.substring(0, location.indexOf('?'));
    }

    private static Element row(Document list, String path) {
        return list.select("tr.page-row").stream().filter(r -> r.select("a.public").attr("href").equals(path))
                .findFirst().orElseThrow();
    }

    @Test
    void the_list_shows_each_pages_language_and_links_its_translation() {
        Document list = editor.page("/admin/pages");

        Element english = row(list, "/en/visas");
        Element russian = row(list, "/ru/visas");
        assertThat(english.select(".row-language").text()).isEqualTo("English");
        assertThat(russian.select(".row-language").text()).isEqualTo("Russian");
        assertThat(english.select("a.translation").eachAttr("hreflang")).containsExactly("ru");
        assertThat(english.selectFirst("a.translation").attr("href"))
                .isEqualTo(russian.selectFirst("a.edit").attr("href"));
        assertThat(english.select("a.translate")).isEmpty();
    }

    @Test
    void the_form_of_a_translated_page_names_its_other_language_versions() {
        String englishEditor = row(editor.page("/admin/pages"), "/en/visas").selectFirst("a.edit").attr("href");

        Document form = editor.page(englishEditor);

        assertThat(form.select("select[name=lang] option[selected]").text()).isEqualTo("English");
        assertThat(form.select(".page-translations li.translation a.public").eachAttr("href"))
                .containsExactly("/ru/visas");
        assertThat(form.select(".page-translations li.translation a.edit").text()).isEqualTo("Визы");
    }

    @Test
    void translate_opens_a_prefilled_form_that_saves_a_linked_page_in_the_other_language() {
        String edit = createdInEnglish("Legal aid", "legal-aid", "Lawyers who speak Russian.");
        Element row = row(editor.page("/admin/pages"), "/en/legal-aid");
        assertThat(row.select("a.translate").text()).isEqualTo("Translate into Russian");

        Document form = editor.page(row.selectFirst("a.translate").attr("href"));

        assertThat(form.select("select[name=lang] option[selected]").val()).isEqualTo("ru");
        assertThat(form.select("input[name=title]").val()).isEqualTo("Legal aid");
        assertThat(form.select("textarea[name=body]").text()).isEqualTo("Lawyers who speak Russian.");
        assertThat(form.select("input[name=translationOf]").val()).isEqualTo(edit.substring(edit.lastIndexOf('/') + 1));
        assertThat(form.select(".page-translations a.public").eachAttr("href")).containsExactly("/en/legal-aid");
        site.page("/ru/legal-aid", 404);

        Browser.expect(editor.submit(form.selectFirst("form.page-form"),
                Map.of("title", "Юридическая помощь", "body", "Адвокаты, говорящие по-русски.")), 303);

        Document russian = site.page("/ru/legal-aid");
        assertThat(russian.select("main h1").text()).isEqualTo("Юридическая помощь");
        assertThat(russian.select("nav.languages a").eachAttr("href")).containsExactly("/en/legal-aid");
        assertThat(russian.select("link[rel=alternate][hreflang=en]").eachAttr("href")).containsExactly(site.url("/en/legal-aid"));
        Document english = site.page("/en/legal-aid");
        assertThat(english.select("nav.languages a").eachAttr("href")).containsExactly("/ru/legal-aid");
        assertThat(editor.page(edit).select(".page-translations a.public").eachAttr("href"))
                .containsExactly("/ru/legal-aid");
    }

    @Test
    void a_second_page_in_the_same_language_of_a_group_is_refused_beside_the_language() {
        String edit = createdInEnglish("Notarial acts", "notarial-acts", "Powers of attorney.");
        String translate = edit.replace("/admin/pages/", "/admin/pages/new?translationOf=") + "&lang=ru";
        Document form = editor.page(translate);
        Browser.expect(editor.submit(form.selectFirst("form.page-form"), Map.of("title", "Нотариат")), 303);

        HttpResponse<String> again = editor.submit(editor.page(translate).selectFirst("form.page-form"),
                Map.of("title", "Нотариальные действия", "slug", "notarialnye-deystviya"));

        Document refused = Browser.parse(Browser.expect(again, 422));
        assertThat(refused.select("select[name=lang] + .field-error").text())
                .isEqualTo("This page already has a version in that language: /ru/notarial-acts.");
        site.page("/ru/notarialnye-deystviya", 404);
    }

    @Test
    void deleting_an_original_leaves_its_translation_translatable_again() {
        String edit = createdInEnglish("Closures", "closures-2020", "Closed on 12 June.");
        Document form = editor.page(edit.replace("/admin/pages/", "/admin/pages/new?translationOf=") + "&lang=ru");
        Browser.expect(editor.submit(form.selectFirst("form.page-form"), Map.of("title", "Нерабочие дни")), 303);
        Browser.expect(editor.submit(edit + "/delete", "form.page-delete", Map.of()), 303);

        Document russian = site.page("/ru/closures-2020");
        assertThat(russian.select("nav.languages a").eachAttr("href")).containsExactly("/en/");
        assertThat(row(editor.page("/admin/pages"), "/ru/closures-2020").select("a.translate").text())
                .isEqualTo("Translate into English");
    }

    @Test
    void a_translation_needs_a_page_and_another_language() {
        String visas = row(editor.page("/admin/pages"), "/en/visas").selectFirst("a.edit").attr("href");
        String id = visas.substring(visas.lastIndexOf('/') + 1);

        editor.page("/admin/pages/new?translationOf=999999&lang=ru", 404);
        editor.page("/admin/pages/new?translationOf=" + id + "&lang=en", 400);
        editor.page("/admin/pages/new?translationOf=" + id + "&lang=xx", 400);
        editor.page("/admin/pages/new?translationOf=abc&lang=ru", 400);
    }
}
