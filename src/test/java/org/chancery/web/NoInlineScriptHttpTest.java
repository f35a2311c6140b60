package org.chancery.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.chancery.account.Role;
import org.chancery.support.Browser;
import org.chancery.support.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Content-Security-Policy allows no inline script or style, so no page may hold one: every
 * page of the sample site a reader or an administrator can reach by links is fetched and read for
 * an executable {@code <script>} without {@code src}, an {@code on...} attribute, a
 * {@code javascript:} address, a {@code style} attribute or element.
 */
class NoInlineScriptHttpTest {
    /** Script elements the browser does not run, so the policy does not concern them. */
    private static final Set<String> DATA_BLOCKS = Set.of("application/json", "application/ld+json");
    private static TestSite site;

    @BeforeAll
    static void start() {
        site = TestSite.sample();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void no_public_page_holds_inline_script_or_style() {
        List<String> pages = crawl(List.of("/en/", "/ru/", "/en/news/type/interview", "/en/search?q=visa"),
                site::get);

        assertThat(pages).hasSizeGreaterThan(20).contains("/en/consular-services", "/en/news/page/2");
    }

    @Test
    void no_page_of_the_press_office_holds_inline_script_or_style() {
        Browser admin = site.signedIn("admin@embassy.test", Role.ADMIN);

        List<String> pages = crawl(List.of("/admin", "/admin/publications/new", "/admin/publications/1/edit",
                "/admin/publications/1/revisions"), path -> admin.get(path));

        assertThat(pages).contains("/admin/media", "/admin/pages", "/admin/masthead", "/admin/menu",
                "/admin/audit", "/admin/users");
        assertThat(crawl(List.of("/admin/sign-in"), path -> site.browser().get(path))).contains("/admin/sign-in");
    }

    /** Fetches every same-site page reachable from {@code seeds}, checking each; returns the paths of those read. */
    private static List<String> crawl(List<String> seeds, Function<String, HttpResponse<String>> get) {
        Deque<String> queue = new ArrayDeque<>(seeds);
        Set<String> seen = new HashSet<>(seeds);
        List<String> read = new ArrayList<>();
        while (!queue.isEmpty()) {
            String path = queue.poll();
            HttpResponse<String> response = get.apply(path);
            if (response.statusCode() != 200
                    || !response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                continue;
            }
            Document page = Jsoup.parse(response.body(), site.url(path));
            assertNoInlineCode(path, page);
            read.add(path);
            for (Element link : page.select("a[href]")) {
                String href = link.attr("href");
                if (href.startsWith("/") && !href.startsWith("//") && !href.startsWith("/media/")
                        && !href.startsWith("/admin/sign-out") && seen.add(href.replaceAll("#.*", ""))) {
                    queue.add(href.replaceAll("#.*", ""));
                }
            }
        }
        return read;
    }

    private static void assertNoInlineCode(String path, Document page) {
        for (Element script : page.select("script")) {
            boolean data = DATA_BLOCKS.contains(script.attr("type"));
            assertThat(data || script.hasAttr("src") && script.data().isBlank())
                    .as(path + ": inline script " + script.outerHtml()).isTrue();
            if (script.hasAttr("src")) {
                assertThat(script.attr("src")).as(path + ": script from elsewhere").startsWith("/assets/");
            }
        }
        assertThat(page.select("style")).as(path + ": <style>").isEmpty();
        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(java.util.Locale.ROOT);
                assertThat(name).as(path + ": " + element.cssSelector()).doesNotStartWith("on").isNotEqualTo("style");
                assertThat(attribute.getValue().strip().toLowerCase(java.util.Locale.ROOT))
                        .as(path + ": " + element.cssSelector() + " " + name).doesNotStartWith("javascript:");
            }
        }
    }
}
