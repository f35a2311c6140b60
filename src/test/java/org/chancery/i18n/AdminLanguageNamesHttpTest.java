package org.chancery.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.chancery.account.Role;
import org.chancery.support.Browser;
import org.chancery.support.TestDatabase;
import org.chancery.support.TestSite;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The press office sees languages by their names in its own language, never by their codes. */
class AdminLanguageNamesHttpTest {
    private static TestSite site;
    private static Browser admin;

    @BeforeAll
    static void start() {
        site = TestSite.start(TestDatabase.sqlite(), TestSite.SEED_INSTANT, c -> c.withLanguages(List.of("ru", "en")));
        admin = site.signedIn("language.names@embassy.example", Role.ADMIN);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void the_publication_list_names_languages_in_its_column_and_filter() {
        Document list = admin.page("/admin/publications");

        assertThat(list.select(".row-language").eachText()).contains("русский", "английский")
                .doesNotContain("ru", "en");
        assertThat(list.select("select[name=language] option[value=en]").text()).isEqualTo("английский");
        assertThat(list.select("select[name=language] option[value=ru]").text()).isEqualTo("русский");
    }

    @Test
    void the_publication_form_names_its_languages() {
        Document list = admin.page("/admin/publications");
        Document form = admin.page(list.selectFirst(".row-title a").attr("href"));

        assertThat(form.select("select[name=language] option").eachText()).containsExactly("русский", "английский");
    }

    @Test
    void the_menu_editor_and_the_audit_log_name_the_menu_language() {
        Document menu = admin.page("/admin/menu?lang=en");

        assertThat(menu.select("p.languages a").eachText()).containsExactly("русский", "английский");
        assertThat(menu.selectFirst("p.form-hint").text()).startsWith("Язык: английский.").doesNotContain("«en»");

        Browser.expect(admin.submit("/admin/menu?lang=en", "form.menu-form", Map.of("items[0].label", "Home")), 303);
        assertThat(admin.page("/admin/audit").select("td.subject").eachText()).contains("Меню сайта, язык: английский");
    }
}
