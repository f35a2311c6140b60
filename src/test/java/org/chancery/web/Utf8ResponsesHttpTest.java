package org.chancery.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Map;
import org.chancery.account.Role;
import org.chancery.support.ApiClient;
import org.chancery.support.ApiClient.Response;
import org.chancery.support.Staff;
import org.chancery.support.TestSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every text the site answers says it is UTF-8 and is: Cyrillic arrives as Cyrillic, in pages, JSON and problems. */
class Utf8ResponsesHttpTest {
    private static final String API = "/api/v1/publications";
    private static final String TITLE = "Заявление МИД России";

    private static TestSite site;
    private static ApiClient author;

    @BeforeAll
    static void start() {
        site = TestSite.sample();
        author = ApiClient.as(site, Staff.of(site).add("ann@embassy.test", Role.AUTHOR));
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void a_version_conflict_names_the_current_russian_title_in_cyrillic() {
        Response created = author.post(API, Map.of("type", "statement", "language", "ru", "title", TITLE,
                "lead", "Вводка", "body", "Текст."));
        long id = created.id();
        author.patch(API + "/" + id, Map.of("version", 1, "title", TITLE + " (2)"));

        Response conflict = author.patch(API + "/" + id, Map.of("version", 1, "title", "Другое"));

        assertThat(conflict.status()).as(conflict.body()).isEqualTo(409);
        assertThat(normal(conflict.contentType())).isEqualTo("application/problem+json;charset=utf-8");
        assertThat(conflict.json().path("current").path("title").asText()).isEqualTo(TITLE + " (2)");
    }

    @Test
    void a_refused_field_is_named_with_its_cyrillic_value() {
        Response refused = author.post(API, Map.of("type", "statement", "language", "ru", "title", TITLE,
                "тип", "x"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().path("errors").get(0).path("field").asText()).isEqualTo("тип");
    }

    @Test
    void json_answers_are_utf8() {
        Response created = author.post(API, Map.of("type", "statement", "language", "ru", "title", TITLE));

        assertThat(normal(created.contentType())).isEqualTo("application/json;charset=utf-8");
        assertThat(created.text("title")).isEqualTo(TITLE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/en/", "/ru/", "/ru/news", "/ru/search?q=%D0%BC%D0%B8%D0%B4", "/ru/feed.xml",
        "/ru/atom.xml", "/sitemap.xml", "/robots.txt", "/api/v1/publications?lang=ru", "/api/v1/openapi.json",
        "/api/v1/publications/99999", "/ru/no-such-page", "/healthz", "/readyz", "/admin/sign-in"})
    void every_text_answer_declares_utf8(String path) {
        HttpResponse<String> response = site.get(path);

        assertThat(response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT))
                .as(path).contains("charset=utf-8");
    }

    private static String normal(String contentType) {
        return contentType.toLowerCase(Locale.ROOT).replace(" ", "");
    }

    @Test
    void css_and_script_assets_declare_utf8() {
        String css = site.page("/en/").select("link[rel=stylesheet]").attr("href");
        HttpResponse<String> response = site.get(css);

        assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("charset=utf-8");
    }
}
