package org.chancery.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.chancery.account.Role;
import org.chancery.support.ApiClient;
import org.chancery.support.Browser;
import org.chancery.support.Staff;
import org.chancery.support.TestSite;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code /admin/publications}: every publication in any state, filtered, searched and paged. */
class PublicationListHttpTest {
    private static TestSite site;
    private static Staff.Member ed;
    private static Browser author;

    @BeforeAll
    static void start() {
        site = TestSite.sample();
        Staff staff = Staff.of(site);
        ed = staff.add("ed@embassy.test", Role.EDITOR);
        var api = ApiClient.as(site, ed);
        IntStream.rangeClosed(1, 20).forEach(n -> api.post("/api/v1/publications", ApiClient.draft("Visa notice " + n)));
        author = site.signedIn("ann@embassy.test", Role.AUTHOR);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void the_press_office_home_leads_to_the_list_and_to_a_new_publication() {
        Document home = author.page("/admin");

        assertThat(home.select(".admin-nav a[href=/admin/publications]")).hasSize(1);
        assertThat(home.select(".primary-action a").eachAttr("href"))
                .containsExactly("/admin/publications", "/admin/publications/new");
    }

    @Test
    void an_author_sees_everyone_s_publications_in_every_state_in_pages() {
        Document first = author.page(EditorPaths.LIST);

        assertThat(first.select(".list-count").text()).isEqualTo("33 publications");
        assertThat(first.select("tr.publication-row")).hasSize(25);
        assertThat(first.select("tr.publication-row .row-title").first().text()).isEqualTo("Visa notice 20");
        assertThat(first.select("tr.publication-row .row-author").first().text()).isEqualTo("ed");
        assertThat(first.select(".row-status .status").eachText()).contains("Draft", "Published");
        String next = first.selectFirst("a.pager-next").attr("href");
        assertThat(next).isEqualTo("/admin/publications?page=2");
        assertThat(author.page(next).select("tr.publication-row")).hasSize(8);
        Browser.expect(author.get(EditorPaths.LIST + "?page=3"), 404);
    }

    @Test
    void filters_and_a_title_search_narrow_the_list_and_the_pager_keeps_them() {
        Document drafts = author.page(EditorPaths.LIST + "?status=draft&title=VISA+NOTICE+1&author=" + ed.id());

        assertThat(drafts.select(".row-title").eachText()).containsExactlyInAnyOrder("Visa notice 1",
                "Visa notice 10", "Visa notice 11", "Visa notice 12", "Visa notice 13", "Visa notice 14",
                "Visa notice 15", "Visa notice 16", "Visa notice 17", "Visa notice 18", "Visa notice 19");
        assertThat(drafts.select("select[name=status] option[selected]").val()).isEqualTo("draft");
        assertThat(drafts.select("input[name=title]").val()).isEqualTo("VISA NOTICE 1");
        assertThat(drafts.select("a.list-reset")).hasSize(1);

        Document interviews = author.page(EditorPaths.LIST + "?type=interview&language=en&status=published");
        assertThat(interviews.select(".row-type").eachText()).isNotEmpty().containsOnly("Interview");
        assertThat(interviews.select(".row-author").eachText()).containsOnly("—");

        Document none = author.page(EditorPaths.LIST + "?title=100%25");
        assertThat(none.select(".empty").text()).isEqualTo("No publications match these filters.");
        assertThat(author.page(EditorPaths.LIST + "?status=draft&page=1").selectFirst("a.pager-next")).isNull();
    }

    @Test
    void an_unknown_filter_value_is_a_bad_request_that_names_it() {
        Document page = Browser.parse(Browser.expect(author.get(EditorPaths.LIST + "?status=lost"), 400));

        assertThat(page.select(".error p").first().text()).isEqualTo("The filter “status” has no value “lost”.");
        Browser.expect(author.get(EditorPaths.LIST + "?type=memo"), 400);
        Browser.expect(author.get(EditorPaths.LIST + "?author=someone"), 400);
    }

    @Test
    void without_a_session_the_list_sends_to_sign_in() {
        var response = site.get(EditorPaths.LIST);

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).contains("/admin/sign-in?return=%2Fadmin%2Fpublications");
    }
}
