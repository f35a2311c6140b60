package org.chancery.masthead;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.chancery.account.Role;
import org.chancery.audit.AuditLog;
import org.chancery.support.Browser;
import org.chancery.support.TestDatabase;
import org.chancery.support.TestSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The masthead editor at /admin/masthead, on the sample site at the seed's instant (26 May 2020,
 * 09:57 UTC): the very next public page shows what an editor saved.
 */
class MastheadEditorHttpTest {
    private TestSite site;
    private Browser editor;

    @BeforeEach
    void start() {
        site = TestSite.sample();
        editor = site.signedIn("masthead.editor@embassy.example", Role.EDITOR);
    }

    @AfterEach
    void stop() {
        site.close();
    }

    static Stream<Named<TestDatabase.Kind>> kinds() {
        return TestDatabase.kinds();
    }

    private static Element form(Document page) {
        return page.selectFirst("form.masthead-form");
    }

    /** Presses a row button of the editor's form as it is on {@code page}, with {@code typed} over its fields. */
    private static Document press(Browser browser, Document page, String button, String value, Map<String, String> typed) {
        Map<String, String> fields = new HashMap<>(typed);
        fields.put(button, value);
        return Browser.parse(Browser.expect(browser.submit(form(page), fields), 200));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void a_saved_clock_contact_line_and_counter_are_on_the_very_next_page(TestDatabase.Kind kind) {
        try (TestSite own = TestSite.start(kind.create(), TestSite.SEED_INSTANT, c -> c)) {
            Browser browser = own.signedIn("masthead.owner@embassy.example", Role.EDITOR);
            own.page("/en/");
            Document page = browser.page("/admin/masthead");
            page = press(browser, page, "add", "clocks", Map.of());
            page = press(browser, page, "add", "contacts", Map.of("clocks[2].label", "Washington",
                    "clocks[2].zone", "America/New_York"));
            page = press(browser, page, "add", "counters", Map.of("contacts[1].label", "Press office",
                    "contacts[1].email", "press@embassy.example"));

            HttpResponse<String> saved = browser.submit(form(page), Map.of("counters[2].date", "2020-05-01",
                    "counters[2].label", "the letter", "counters[2].comment", "still no answer"));

            assertThat(saved.statusCode()).isEqualTo(303);
            assertThat(saved.headers().firstValue("Location")).hasValue("/admin/masthead?saved");
            Document home = own.page("/en/");
            assertThat(home.select(".masthead .clock").eachText())
                    .containsExactly("Moscow: 12:57", "London: 10:57", "Washington: 05:57");
            assertThat(home.select(".masthead .contact").eachText())
                    .containsExactly("Consular queries: +44 (0) 203 668 7474", "Press office: press@embassy.example");
            assertThat(home.select(".masthead .contact-email").attr("href")).isEqualTo("mailto:press@embassy.example");
            assertThat(home.select(".masthead .counter").eachText()).hasSize(3)
                    .last().isEqualTo("25 days have passed since the letter - still no answer");
        }
    }

    @Test
    void the_home_zone_decides_the_date_the_site_shows() {
        Browser.expect(editor.submit("/admin/masthead", "form.masthead-form", Map.of("homeZone", "Pacific/Pago_Pago")), 303);

        Document home = site.page("/en/");

        assertThat(home.select(".masthead time.today").text()).isEqualTo("25 May 2020");
        assertThat(home.select(".masthead .counter").first().text()).startsWith("813 days have passed");
    }

    @Test
    void a_bad_zone_date_and_e_mail_are_a_422_with_messages_beside_the_fields_and_everything_typed_kept() {
        HttpResponse<String> response = editor.submit("/admin/masthead", "form.masthead-form", Map.of(
                "homeZone", "Europe/Atlantis", "clocks[1].zone", "GMT+25", "counters[0].date", "2018-02-30",
                "counters[1].date", "2020-06-01", "contacts[0].email", "consul at embassy",
                "missionName", "Embassy in London"));

        Document page = Browser.parse(Browser.expect(response, 422));
        assertThat(page.select("p.form-error").text()).contains("Nothing has been saved.");
        assertThat(message(page, "homeZone")).isEqualTo("“Europe/Atlantis” is not a time zone."
                + " Give an IANA time zone such as Europe/Moscow or Europe/London.");
        assertThat(message(page, "clocks[1].zone")).startsWith("“GMT+25” is not a time zone.");
        assertThat(message(page, "counters[0].date")).isEqualTo("“2018-02-30” is not a date."
                + " Give it as year-month-day, such as 2018-03-04.");
        assertThat(message(page, "counters[1].date")).isEqualTo("The date may not be after today (2020-05-26).");
        assertThat(message(page, "contacts[0].email")).isEqualTo("“consul at embassy” is not an e-mail address.");
        assertThat(page.select("input[name=homeZone]").val()).isEqualTo("Europe/Atlantis");
        assertThat(page.select("input[name=missionName]").val()).isEqualTo("Embassy in London");
        assertThat(page.select("input[name=counters[0].date]").val()).isEqualTo("2018-02-30");
        assertThat(page.select("input[name=contacts[0].phone]").val()).isEqualTo("+44 (0) 203 668 7474");
        assertThat(page.select("input[name=counters[1].label]").val()).isEqualTo("the death of Nikolay Glushkov on British soil");
        Document home = site.page("/en/");
        assertThat(home.select(".masthead .clock").eachText()).containsExactly("Moscow: 12:57", "London: 10:57");
        assertThat(home.title()).endsWith("| Embassy of the Russian Federation to the United Kingdom");
    }

    private static String message(Document page, String field) {
        return page.select("[name=" + field + "] + .field-error").text();
    }

    @Test
    void a_contact_line_needs_a_phone_or_an_e_mail_and_a_phone_has_digits() {
        HttpResponse<String> response = editor.submit("/admin/masthead", "form.masthead-form",
                Map.of("contacts[0].phone", "", "contacts[0].email", ""));
        Document page = Browser.parse(Browser.expect(response, 422));
        assertThat(message(page, "contacts[0].phone")).isEqualTo("Give a phone number, an e-mail address or both.");

        Document letters = Browser.parse(Browser.expect(editor.submit("/admin/masthead", "form.masthead-form",
                Map.of("contacts[0].phone", "call us")), 422));
        assertThat(message(letters, "contacts[0].phone")).startsWith("A phone number has digits");
    }

    @Test
    void rows_are_moved_and_removed_without_saving_until_save() {
        Document page = editor.page("/admin/masthead");
        page = press(editor, page, "up", "clocks:1", Map.of());
        assertThat(page.select(".clock-row input[name$=.label]").eachAttr("value")).containsExactly("London", "Moscow");
        page = press(editor, page, "remove", "counters:0", Map.of());
        assertThat(page.select(".counter-row")).hasSize(1);
        assertThat(page.select("p.form-notice").text()).startsWith("Not saved yet");
        assertThat(site.page("/en/").select(".masthead .counter")).hasSize(2);

        Browser.expect(editor.submit(form(page), Map.of()), 303);

        Document home = site.page("/en/");
        assertThat(home.select(".masthead .clock").eachText()).containsExactly("London: 10:57", "Moscow: 12:57");
        assertThat(home.select(".masthead .counter").eachText()).singleElement().asString()
                .startsWith("806 days have passed since the death of Nikolay Glushkov");
    }

    @Test
    void a_counter_that_is_not_shown_keeps_its_place_in_the_editor() {
        Map<String, String> fields = new HashMap<>();
        form(editor.page("/admin/masthead")).select("input[name], textarea[name]").forEach(input -> {
            if (!input.attr("type").equals("checkbox") || !input.attr("name").equals("counters[0].active")) {
                fields.put(input.attr("name"), input.is("textarea") ? input.text() : input.val());
            }
        });
        fields.remove("counters[0].active");

        Browser.expect(editor.post("/admin/masthead", fields), 303);

        assertThat(site.page("/en/").select(".masthead .counter")).hasSize(1);
        Document page = editor.page("/admin/masthead");
        assertThat(page.select(".counter-row")).hasSize(2);
        assertThat(page.select("input[name=counters[0].active]").hasAttr("checked")).isFalse();
        assertThat(page.select("input[name=counters[1].active]").hasAttr("checked")).isTrue();
    }

    @Test
    void empty_rows_are_left_out() {
        Document page = press(editor, editor.page("/admin/masthead"), "add", "clocks", Map.of());

        Browser.expect(editor.submit(form(page), Map.of()), 303);

        assertThat(editor.page("/admin/masthead").select(".clock-row")).hasSize(2);
    }

    @Test
    void the_russian_words_are_edited_beside_the_english_and_move_with_their_row() {
        Document page = editor.page("/admin/masthead");
        assertThat(form(page).selectFirst("input[name=clocks[0].label.ru]").val()).isEqualTo("Москва");
        assertThat(form(page).selectFirst("input[name=contacts[0].label.ru]").val()).isEqualTo("Консульские вопросы");
        assertThat(form(page).selectFirst("input[name=missionName.ru]").val()).startsWith("Посольство");

        page = press(editor, page, "up", "clocks:1", Map.of("clocks[1].label.ru", "Лондон (Великобритания)"));
        Browser.expect(editor.submit(form(page), Map.of("contacts[0].label.ru", "Консульский отдел",
                "counters[0].comment.ru", "")), 303);

        Document ru = site.page("/ru/");
        assertThat(ru.select(".masthead .clock").eachText())
                .containsExactly("Лондон (Великобритания): 10:57", "Москва: 12:57");
        assertThat(ru.selectFirst(".contact-label").text()).isEqualTo("Консульский отдел:");
        assertThat(ru.select(".masthead .counter").first().text())
                .isEqualTo("814 дней прошло с момента инцидента в Солсбери"
                        + " - no credible information or response from the British authorities");
        assertThat(site.page("/en/").select(".masthead .clock").eachText())
                .containsExactly("London: 10:57", "Moscow: 12:57");
    }

    @Test
    void a_save_is_audited_with_what_changed() {
        Browser.expect(editor.submit("/admin/masthead", "form.masthead-form",
                Map.of("contacts[0].phone", "+44 20 0000 0000", "clocks[1].label", "London, UK")), 303);

        assertThat(new AuditLog(site.app().database().jdbi()).about("settings:masthead"))
                .extracting(e -> e.actor() + " " + e.action() + " " + e.detail())
                .containsExactly("masthead.editor@embassy.example settings.masthead clocks, contact lines");
    }

    @Test
    void an_author_may_neither_see_nor_save_the_masthead() {
        Browser author = site.signedIn("masthead.author@embassy.example", Role.AUTHOR);
        String token = author.page("/admin").select("form.sign-out input[name=_csrf]").val();

        assertThat(author.get("/admin/masthead").statusCode()).isEqualTo(403);
        assertThat(author.post("/admin/masthead", Map.of("_csrf", token, "missionName", "Taken over",
                "homeZone", "Europe/London")).statusCode()).isEqualTo(403);
        assertThat(site.page("/en/").select(".masthead .clock")).hasSize(2);
    }

    @Test
    void a_masthead_form_without_its_csrf_token_is_refused() {
        HttpResponse<String> response = editor.post("/admin/masthead", Map.of("missionName", "Forged",
                "homeZone", "Europe/London"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(site.page("/en/").title()).doesNotContain("Forged");
    }
}
