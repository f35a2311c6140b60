package org.chancery.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.chancery.account.Role;
import org.chancery.support.ApiClient;
import org.chancery.support.Staff;
import org.chancery.support.TestSite;
import org.junit.jupiter.api.Test;

/** A publication's page after an edit shows the new body, however close the edit came to the last save. */
class EditedPublicationPageHttpTest {
    private static final String API = "/api/v1/publications";

    @Test
    void an_edit_saved_at_the_same_instant_as_the_publication_shows_its_new_body() {
        // The site's clock is fixed, so the edit's time of update is the publication's.
        try (TestSite site = TestSite.sample()) {
            Staff staff = Staff.of(site);
            ApiClient author = ApiClient.as(site, staff.add("ann@embassy.test", Role.AUTHOR));
            ApiClient editor = ApiClient.as(site, staff.add("ed@embassy.test", Role.EDITOR));
            long id = author.post(API, ApiClient.draft("Consular hours in summer")).id();
            author.post(API + "/" + id + "/submit", null);
            ApiClient.Response published = editor.post(API + "/" + id + "/publish", null);
            String path = published.text("path");
            assertThat(site.page(path).select("article").text()).contains("The body of Consular hours in summer.");

            var edited = editor.patch(API + "/" + id, Map.of("version", published.version(),
                    "body", "Open from 9 to 12 in July and August.", "changeNote", "Summer hours"));
            assertThat(edited.status()).as(edited.body()).isEqualTo(200);

            assertThat(site.page(path).select("article").text()).contains("Open from 9 to 12 in July and August.")
                    .doesNotContain("The body of Consular hours in summer.");
        }
    }
}
