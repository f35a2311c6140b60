package org.chancery.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.chancery.masthead.ClockSetting;
import org.chancery.masthead.ContactLine;
import org.chancery.masthead.DayCounter;
import org.chancery.masthead.SiteSettings;
import org.chancery.page.ReservedSlugs;
import org.chancery.page.StaticPage;
import org.chancery.publication.Publication;
import org.chancery.publication.PublicationType;
import org.chancery.publication.SeriesPart;
import org.chancery.publication.Status;
import org.junit.jupiter.api.Test;

class SampleSiteTest {
    private static final Instant NOW = Instant.parse("2020-05-26T09:57:00Z");
    private static final String TASS = "2020-04-29-lavrov-tass-interview.md";

    // Turning a file into a publication needs only the clock, not the database.
    private final SampleSite site = new SampleSite(null, null, null, Clock.fixed(NOW, ZoneOffset.UTC));

    private static String resource(String path) throws IOException {
        try (InputStream in = SampleSiteTest.class.getResourceAsStream("/sample/" + path)) {
            assertThat(in).as("classpath /sample/" + path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> indexedFiles() throws IOException {
        return Arrays.stream(resource("publications/index.txt").split("\n"))
                .map(String::strip)
                .filter(name -> !name.isEmpty() && !name.startsWith("#"))
                .toList();
    }

    private Publication publication(String name) throws IOException {
        return site.publication(name, FrontMatter.parse(name, resource("publications/" + name)));
    }

    private List<Publication> allPublications() throws IOException {
        List<Publication> all = new ArrayList<>();
        for (String name : indexedFiles()) {
            all.add(publication(name));
        }
        return all;
    }

    private static SiteSettings sampleSettings() throws IOException {
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(SampleSiteTest.class.getResourceAsStream("/sample/site.properties"),
                StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return SampleSite.parseSettings(p);
    }

    @Test
    void index_lists_every_sample_file_once() throws IOException {
        List<String> files;
        try (Stream<Path> list = Files.list(Path.of("src/main/resources/sample/publications"))) {
            files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md")).toList();
        }

        assertThat(indexedFiles()).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(files);
    }

    @Test
    void every_sample_file_becomes_a_published_publication() throws IOException {
        List<Publication> all = allPublications();

        assertThat(all).hasSize(indexedFiles().size()).isNotEmpty();
        assertThat(all).allSatisfy(p -> {
            assertThat(p.id()).isNull();
            assertThat(p.status()).isEqualTo(Status.PUBLISHED);
            assertThat(p.lang()).isIn("en", "ru");
            assertThat(p.slug()).matches("[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(p.body()).isNotBlank();
            assertThat(p.publishedAt()).isBefore(NOW);
            assertThat(p.createdAt()).isEqualTo(NOW);
            assertThat(p.updatedAt()).isEqualTo(NOW);
        });
        assertThat(all).extracting(Publication::slug).doesNotHaveDuplicates();
    }

    @Test
    void every_sample_page_is_indexed_and_has_an_address_of_its_own() throws IOException {
        List<String> indexed = Arrays.stream(resource("pages/index.txt").split("\n")).map(String::strip)
                .filter(name -> !name.isEmpty()).toList();
        List<String> files;
        try (Stream<Path> list = Files.list(Path.of("src/main/resources/sample/pages"))) {
            files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md")).toList();
        }
        List<StaticPage> pages = new ArrayList<>();
        for (String name : indexed) {
            pages.add(site.page(name, FrontMatter.parse(name, resource("pages/" + name))));
        }

        assertThat(indexed).containsExactlyInAnyOrderElementsOf(files).contains("consular-services.md", "visas.md");
        assertThat(pages).allSatisfy(p -> {
            assertThat(p.lang()).isIn("en", "ru");
            assertThat(p.slug()).matches("[a-z0-9]+(-[a-z0-9]+)*").isNotIn(ReservedSlugs.ALL);
            assertThat(p.body()).isNotBlank();
            assertThat(p.updatedAt()).isEqualTo(NOW);
        });
        assertThat(pages).extracting(StaticPage::path).doesNotHaveDuplicates();
        assertThat(pages).filteredOn(p -> p.lang().equals("ru")).extracting(StaticPage::slug)
                .containsExactlyInAnyOrderElementsOf(pages.stream().filter(p -> p.lang().equals("en"))
                        .map(StaticPage::slug).toList());
    }

    @Test
    void exactly_one_sample_publication_is_featured() throws IOException {
        assertThat(allPublications()).filteredOn(Publication::featured)
                .extracting(Publication::title)
                .containsExactly("Foreign Minister Sergey Lavrov’s interview with TASS news agency");
    }

    @Test
    void tass_interview_is_a_transcript_and_the_first_part_of_its_series() throws IOException {
        Publication p = publication(TASS);

        assertThat(p.type()).isEqualTo(PublicationType.INTERVIEW);
        assertThat(p.slug()).isEqualTo("foreign-minister-sergey-lavrovs-interview-with-tass-news-agency");
        assertThat(p.speakers()).containsExactly("Question", "Sergey Lavrov");
        assertThat(p.series()).isEqualTo(new SeriesPart("lavrov-tass-2020", 1));
        assertThat(p.place()).isEqualTo("Moscow");
        assertThat(p.eventDate()).isEqualTo(LocalDate.of(2020, 4, 29));
        assertThat(p.publishedAt()).isEqualTo(Instant.parse("2020-04-29T15:00:00Z"));
        assertThat(p.body()).startsWith("Question: This is our first online interview.");
    }

    @Test
    void publication_without_optional_fields_has_no_place_series_or_speakers() throws IOException {
        Publication p = publication("2020-05-08-putin-letter-to-boris-johnson.md");

        assertThat(p.type()).isEqualTo(PublicationType.STATEMENT);
        assertThat(p.place()).isNull();
        assertThat(p.eventDate()).isNull();
        assertThat(p.series()).isNull();
        assertThat(p.speakers()).isEmpty();
        assertThat(p.featured()).isFalse();
    }

    @Test
    void unknown_type_is_refused_naming_the_file() {
        FrontMatter f = FrontMatter.parse("odd.md",
                "---\ntype: rumour\nlang: en\ntitle: T\npublished: 2020-05-01T10:00:00+03:00\n---\nBody\n");

        assertThatThrownBy(() -> site.publication("odd.md", f))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("sample file odd.md: unknown type rumour");
    }

    @Test
    void series_without_part_is_refused_naming_the_file() {
        FrontMatter f = FrontMatter.parse("odd.md", "---\ntype: news\nlang: en\ntitle: T\n"
                + "published: 2020-05-01T10:00:00+03:00\nseries: s\n---\nBody\n");

        assertThatThrownBy(() -> site.publication("odd.md", f))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("sample file odd.md: missing 'part'");
    }

    @Test
    void sample_settings_give_two_clocks_a_contact_line_and_two_counters() throws IOException {
        SiteSettings s = sampleSettings();

        assertThat(s.missionName()).isEqualTo("Embassy of the Russian Federation to the United Kingdom");
        assertThat(s.homeZone()).isEqualTo(ZoneId.of("Europe/Moscow"));
        assertThat(s.missionName("ru")).isEqualTo("Посольство Российской Федерации в Соединённом Королевстве");
        assertThat(s.clocks()).containsExactly(
                new ClockSetting("Moscow", ZoneId.of("Europe/Moscow"), Map.of("ru", "Москва")),
                new ClockSetting("London", ZoneId.of("Europe/London"), Map.of("ru", "Лондон")));
        assertThat(s.contacts()).containsExactly(new ContactLine("Consular queries", "+44 (0) 203 668 7474", "",
                Map.of("ru", "Консульские вопросы")));
        assertThat(s.counters()).extracting(c -> c.label("ru")).containsExactly("момента инцидента в Солсбери",
                "момента гибели Николая Глушкова на британской территории");
        assertThat(s.counters()).extracting(c -> c.label("en"))
                .containsExactly("the Salisbury incident", "the death of Nikolay Glushkov on British soil");
        assertThat(s.counters()).extracting(DayCounter::eventDate)
                .containsExactly(LocalDate.of(2018, 3, 4), LocalDate.of(2018, 3, 12));
        assertThat(s.counters()).allSatisfy(c -> {
            assertThat(c.active()).isTrue();
            assertThat(c.comment()).isEqualTo("no credible information or response from the British authorities");
        });
    }

    @Test
    void sample_counters_stand_at_814_and_806_days_on_26_may_2020() throws IOException {
        assertThat(sampleSettings().counters()).extracting(c -> c.daysUntil(LocalDate.of(2020, 5, 26)))
                .containsExactly(814L, 806L);
    }
}
