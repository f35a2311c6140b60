package org.chancery.editorial;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.chancery.account.Role;
import org.chancery.support.ApiClient;
import org.chancery.support.ApiClient.Response;
import org.chancery.support.Staff;
import org.chancery.support.TestSite;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A corpus of known XSS payloads ({@code xss/payloads.txt}), sent through the write API in every
 * field readers see and published: on the public page none of them is executable.
 */
class XssCorpusHttpTest {
    private static final String API = "/api/v1/publications";
    private static final String DANGEROUS = "script, iframe, frame, svg, math, style, object, embed, form, input, button,"
            + " textarea, select, meta, base, link, template, video, audio, source, noscript, details, body";

    private static TestSite site;
    private static ApiClient author;
    private static ApiClient editor;

    @BeforeAll
    static void start() {
        site = TestSite.sample();
        Staff staff = Staff.of(site);
        author = ApiClient.as(site, staff.add("ann@embassy.test", Role.AUTHOR));
        editor = ApiClient.as(site, staff.add("ed@embassy.test", Role.EDITOR));
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    static List<String> payloads() {
        try (InputStream in = XssCorpusHttpTest.class.getResourceAsStream("/xss/payloads.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void payload_published_through_the_api_is_never_executable_on_the_public_page(String payload) {
        Response created = author.post(API, Map.of("type", "interview", "language", "en",
                "title", "Title " + payload, "lead", payload, "place", payload.substring(0, Math.min(200, payload.length())),
                "speakers", List.of("Question", "Sergey Lavrov"),
                "body", payload + "\n\nQuestion: " + payload + "\n\nSergey Lavrov: fine\n\n" + payload));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        author.post(API + "/" + created.id() + "/submit", null);
        assertThat(editor.post(API + "/" + created.id() + "/publish", null).status()).isEqualTo(200);

        Document page = site.page(created.text("path"));

        assertThat(page.select("script:not([type=application/ld+json])")).hasSize(1)
                .allSatisfy(s -> assertThat(s.attr("src")).isEqualTo("/assets/clock.js"));
        // The page's JSON-LD is data, never run; its text escapes every angle bracket.
        assertThat(page.select("script[type=application/ld+json]")).hasSize(1)
                .allSatisfy(s -> assertThat(s.data()).doesNotContain("<", ">"));
        assertThat(page.select("main").select(DANGEROUS)).isEmpty();
        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                if (!isPreviewText(element, attribute)) {
                    assertSafe(attribute);
                }
            }
        }
        assertThat(page.select("article p.lead").text()).isEqualTo(payload.strip().replaceAll("\\s+", " "));
    }

    /** The title and description quoted for link previews: text in a meta element, never a link or markup. */
    private static boolean isPreviewText(Element element, Attribute attribute) {
        String kind = element.hasAttr("property") ? element.attr("property") : element.attr("name");
        return element.nameIs("meta") && attribute.getKey().equals("content")
                && Set.of("og:title", "og:description", "twitter:title", "twitter:description").contains(kind);
    }

    private static void assertSafe(Attribute attribute) {
        String key = attribute.getKey().toLowerCase(Locale.ROOT);
        String value = attribute.getValue().replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
        assertThat(key).as("attribute").doesNotStartWith("on").isNotEqualTo("style").isNotEqualTo("formaction")
                .isNotEqualTo("srcdoc");
        assertThat(value).as(key + "=" + value).doesNotContain("javascript:").doesNotContain("vbscript:");
        if (key.equals("href") || key.equals("src")) {
            assertThat(value).doesNotStartWith("data:");
        }
    }
}
