package org.chancery.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.chancery.support.TestSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The home page against the seed: the text of the embassy's real home page of 26 May 2020.
 * Every expected line is read from the seed file, so a passing test means the page says what
 * the real one said.
 */
class HomePageHttpTest {
    private static final String SEED_NAME = "embassy-home-2020-05-26.txt";
    private static final Pattern LISTED_LINE = Pattern.compile("\\d{2}\\.\\d{2}\\.\\d{4} - .+");
    private static final String TO_BE_CONTINUED = "To be continued...";

    private static TestSite site;
    private static Document home;
    private static List<String> seed;

    @BeforeAll
    static void start() {
        seed = seedLines();
        site = TestSite.sample();
        home = site.page("/en/");
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void masthead_shows_the_seed_date_clocks_contact_line_and_counters() {
        int contactLabel = seed.indexOf("Consular queries:");
        String contact = seed.get(contactLabel) + " " + seed.get(contactLabel + 1);
        List<String> counters = seed.stream()
                .filter(line -> line.contains("days have passed since"))
                .flatMap(line -> Arrays.stream(line.split("\\s{2,}")))
                .toList();

        assertThat(home.select(".masthead time.today").text()).isEqualTo(seed.get(0)).isEqualTo("26 May 2020");
        assertThat(home.select(".masthead .clock").eachText()).containsExactly(seed.get(1), seed.get(2))
                .containsExactly("Moscow: 12:57", "London: 10:57");
        assertThat(home.select(".masthead .contact").eachText()).containsExactly(contact)
                .containsExactly("Consular queries: +44 (0) 203 668 7474");
        assertThat(home.select(".masthead .counter").eachText()).isEqualTo(counters).hasSize(2);
        assertThat(counters.get(0)).startsWith("814 days have passed since the Salisbury incident - ");
        assertThat(counters.get(1)).startsWith("806 days have passed since the death of Nikolay Glushkov");
    }

    @Test
    void featured_interview_shows_the_seed_headline_and_the_whole_transcript() {
        int firstQuestion = indexOf(line -> line.startsWith("Question: "));
        String headline = seed.get(firstQuestion - 1);
        List<String> transcript = seed.subList(firstQuestion, seed.indexOf(TO_BE_CONTINUED));
        Element featured = home.selectFirst("section.featured");

        assertThat(featured.select(".headline").text()).isEqualTo(headline)
                .isEqualTo("Foreign Minister Sergey Lavrov’s interview with TASS news agency, Moscow, April 29, 2020");
        assertThat(featured.select(".transcript .turn p").eachText()).isEqualTo(transcript);
        Elements turns = featured.select(".transcript .turn");
        assertThat(turns.first().id()).isEqualTo("q1");
        assertThat(turns.first().select(".speaker").text()).isEqualTo("Question:");
        assertThat(turns.get(1).select(".speaker").text()).isEqualTo("Sergey Lavrov:");
        assertThat(turns.select(".turn-question").eachAttr("id")).containsExactly("q1", "q2", "q3", "q4", "q5");
    }

    @Test
    void featured_interview_is_part_one_and_to_be_continued_while_part_two_is_unpublished() {
        Element featured = home.selectFirst("section.featured");

        assertThat(featured.select(".series-part").text()).isEqualTo("Part 1");
        assertThat(featured.select(".to-be-continued").text()).isEqualTo(TO_BE_CONTINUED).isIn(seed);
        assertThat(featured.select("a.series-next")).isEmpty();
    }

    @Test
    void latest_list_shows_the_seed_headlines_newest_first_without_the_featured_one() {
        List<String> expected = seed.stream().filter(LISTED_LINE.asMatchPredicate()).toList();
        Elements items = home.select("section.latest li.listed");
        String featuredHref = home.select("section.featured .headline a").attr("href");

        assertThat(expected).hasSize(10);
        assertThat(items.select(".listed-headline").eachText()).isEqualTo(expected);
        assertThat(items.select(".listed-headline a").eachAttr("href")).doesNotContain(featuredHref);
        assertThat(items.select(".listed-headline time").eachAttr("datetime"))
                .isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void latest_list_shows_the_seed_lead_under_each_headline() {
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < seed.size() - 1; i++) {
            if (LISTED_LINE.matcher(seed.get(i)).matches()) {
                expected.add(seed.get(i + 1));
            }
        }
        List<String> shown = home.select("section.latest li.listed").stream()
                .map(item -> item.select(".lead").text())
                .toList();

        assertThat(shown).isEqualTo(expected);
    }

    @Test
    void all_messages_link_leads_to_the_archive() {
        Element link = home.selectFirst("section.latest .all-messages a");

        assertThat(link.text()).isEqualTo(seed.get(seed.size() - 1)).isEqualTo("all messages");
        assertThat(link.attr("href")).isEqualTo("/en/news");
    }

    @Test
    void masthead_shows_a_three_hour_gap_in_british_winter_time() {
        try (TestSite winter = TestSite.sampleAt(Instant.parse("2021-01-15T12:00:00Z"))) {
            Document page = winter.page("/en/");

            assertThat(page.select(".masthead .clock").eachText()).containsExactly("Moscow: 15:00", "London: 12:00");
            assertThat(page.select(".masthead time.today").text()).isEqualTo("15 January 2021");
        }
    }

    @Test
    void masthead_shows_moscow_date_when_london_is_still_on_the_day_before() {
        try (TestSite lateEvening = TestSite.sampleAt(Instant.parse("2020-05-25T22:30:00Z"))) {
            Document page = lateEvening.page("/en/");

            assertThat(page.select(".masthead time.today").text()).isEqualTo("26 May 2020");
            assertThat(page.select(".masthead time.today").attr("datetime")).isEqualTo("2020-05-26");
            assertThat(page.select(".masthead .clock").eachText()).containsExactly("Moscow: 01:30", "London: 23:30");
            assertThat(counterDays(page)).containsExactly("814", "806");
        }
    }

    @Test
    void counters_count_on_with_the_clock() {
        try (TestSite yearLater = TestSite.sampleAt(Instant.parse("2021-05-26T09:57:00Z"))) {
            Document page = yearLater.page("/en/");

            assertThat(counterDays(page)).containsExactly(String.valueOf(814 + 365), String.valueOf(806 + 365));
            assertThat(page.select(".masthead .counter").first().text())
                    .isEqualTo("1179 days have passed since the Salisbury incident"
                            + " - no credible information or response from the British authorities");
        }
    }

    private static int indexOf(Predicate<String> line) {
        return IntStream.range(0, seed.size()).filter(i -> line.test(seed.get(i))).findFirst().orElseThrow();
    }

    /** The number each counter starts with. */
    private static List<String> counterDays(Document page) {
        return page.select(".masthead .counter").eachText().stream().map(text -> text.split(" ")[0]).toList();
    }

    /**
     * The seed's non-blank lines, stripped. It is looked for on the test classpath first, then in
     * the shared folder beside the project, where the design documents keep it.
     */
    private static List<String> seedLines() {
        try (InputStream in = HomePageHttpTest.class.getResourceAsStream("/seed/" + SEED_NAME)) {
            String text;
            if (in != null) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } else {
                Path shared = Path.of("..", "shared", "seed", SEED_NAME);
                assertThat(shared).as("the seed page (put it in src/test/resources/seed/)").exists();
                text = Files.readString(shared, StandardCharsets.UTF_8);
            }
            // The page lays its masthead out with no-break spaces; they are spacing, not text.
            return text.lines()
                    .map(line -> line.replace('\u00A0', ' ').strip())
                    .filter(line -> !line.isEmpty())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
