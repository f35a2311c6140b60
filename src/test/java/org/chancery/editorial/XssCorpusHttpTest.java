package org.chancery.editorial;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.chancery.account.Role;
import org.chancery.support.ApiClient;
import org.chancery.support.ApiClient.Response;
import org.chancery.support.Staff;
import org.chancery.support.TestSite;
import org.chancery.support.Xss;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A corpus of known XSS payloads ({@link Xss}), sent through the write API in every
 * field readers see and published: on the public page none of them is executable.
 */
class XssCorpusHttpTest {
    private static final String API = "/api/v1/publications";

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
        return Xss.payloads();
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

        Xss.assertNothingExecutable(page);
        assertThat(page.select("article p.lead").text()).isEqualTo(payload.strip().replaceAll("\\s+", " "));
    }
}
