package org.chancery.sitemap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.chancery.account.Role;
import org.chancery.support.Browser;
import org.chancery.support.TestDatabase;
import org.chancery.support.TestSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** /sitemap.xml and /robots.txt of the sample site at https://embassy.example. */
class SitemapHttpTest {
    private static TestSite site;

    @BeforeAll
    static void start() {
        site = TestSite.start(TestDatabase.sqlite(), TestSite.SEED_INSTANT,
                c -> c.withBaseUrl(URI.create("https://embassy.example")));
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void the_sitemap_lists_home_archive_static_pages_and_every_publication_with_its_last_change() {
        HttpResponse<String> response = site.get("/sitemap.xml");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/xml; charset=utf-8");
        assertThat(response.headers().firstValue("ETag")).isPresent();
        List<SitemapUrl> urls = SitemapDocs.entries(SitemapDocs.parse(response.body()));
        assertThat(urls).hasSize(23).allSatisfy(u -> assertThat(u.lastmod()).isNotNull());
        assertThat(urls.subList(0, 4)).extracting(SitemapUrl::loc).containsExactly("https://embassy.example/en/",
                "https://embassy.example/en/news", "https://embassy.example/ru/", "https://embassy.example/ru/news");
        assertThat(urls).filteredOn(u -> u.loc().startsWith("https://embassy.example/ru/news/")).hasSize(2);
        assertThat(urls.subList(4, 10)).extracting(SitemapUrl::loc).containsExactly(
                "https://embassy.example/en/consular-services", "https://embassy.example/en/contacts",
                "https://embassy.example/en/visas", "https://embassy.example/ru/consular-services",
                "https://embassy.example/ru/contacts", "https://embassy.example/ru/visas");
        urls.forEach(u -> assertThat(site.get(URI.create(u.loc()).getPath()).statusCode())
                .as(u.loc()).isEqualTo(200));
        assertThat(site.get("/sitemaps/1.xml").statusCode()).isEqualTo(404);
    }

    @Test
    void a_static_page_created_in_the_press_office_is_in_the_next_sitemap() {
        try (TestSite own = TestSite.start(TestDatabase.sqlite(), TestSite.SEED_INSTANT,
                c -> c.withBaseUrl(URI.create("https://embassy.example")))) {
            own.get("/sitemap.xml");
            Browser editor = own.signedIn("ed@embassy.test", Role.EDITOR);

            Browser.expect(editor.submit("/admin/pages/new", "form.page-form", Map.of("lang", "en",
                    "slug", "opening-hours", "title", "Opening hours", "body", "Monday to Friday.")), 303);

            List<SitemapUrl> urls = SitemapDocs.entries(SitemapDocs.parse(own.get("/sitemap.xml").body()));
            assertThat(urls).extracting(SitemapUrl::loc).contains("https://embassy.example/en/opening-hours");
        }
    }

    @Test
    void robots_txt_keeps_crawlers_out_of_the_press_office_api_and_search_and_names_the_sitemap() {
        HttpResponse<String> response = site.get("/robots.txt");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).matches("text/plain; ?charset=utf-8");
        assertThat(response.body().lines()).containsExactly("User-agent: *", "Disallow: /admin", "Disallow: /api/",
                "Disallow: /en/search", "Disallow: /ru/search", "", "Sitemap: https://embassy.example/sitemap.xml");
    }
}
