package org.chancery.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.chancery.account.Role;
import org.chancery.support.Browser;
import org.chancery.support.TestSite;
import org.chancery.support.Xss;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same corpus of XSS payloads as through the API, typed into the editor's form by an author,
 * submitted, published by an editor: neither the public page nor the editor's own page runs any.
 */
class EditorXssCorpusHttpTest {
    private static TestSite site;
    private static Browser author;
    private static Browser editor;

    @BeforeAll
    static void start() {
        site = TestSite.sample();
        author = site.signedIn("ann@embassy.test", Role.AUTHOR);
        editor = site.signedIn("ed@embassy.test", Role.EDITOR);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    static List<String> payloads() {
        return Xss.payloads();
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void payload_typed_into_the_editor_is_never_executable_once_published(String payload) {
        Map<String, String> fields = EditorHttpTest.transcript("Title " + payload);
        fields.put("lead", payload);
        fields.put("place", payload.substring(0, Math.min(200, payload.length())));
        fields.put("seriesKey", "");
        fields.put("seriesPart", "");
        fields.put("featured", "");
        fields.put("body", payload + "\r\n\r\nQuestion: " + payload + "\r\n\r\nSergey Lavrov: fine\r\n\r\n" + payload);
        long id = EditorHttpTest.create(author, fields);
        press(author, id, "submit");
        Document published = press(editor, id, "publish");

        Document page = site.page(published.selectFirst("a.item-view").attr("href"));

        Xss.assertNothingExecutable(page);
        assertThat(page.select("article p.lead").text()).isEqualTo(payload.strip().replaceAll("\\s+", " "));
        Xss.assertNothingExecutableAround(editor.page(EditorPaths.edit(id)));
    }

    private static Document press(Browser browser, long id, String step) {
        Element form = browser.page(EditorPaths.edit(id)).selectFirst("form.step-" + step);
        assertThat(form).as("the " + step + " form").isNotNull();
        var response = Browser.expect(browser.send(form, Map.of()), 303);
        return browser.page(response.headers().firstValue("Location").orElseThrow());
    }
}
