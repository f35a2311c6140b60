package org.chancery.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.chancery.publication.Publication;
import org.chancery.publication.PublicationType;
import org.chancery.publication.Status;
import org.junit.jupiter.api.Test;

/** Generated publications look like a press office's twenty years: every type, all lengths, transcripts. */
class SampleGeneratorTest {
    private static final Instant END = Instant.parse("2020-05-26T09:57:00Z");
    private static final int N = 600;

    private static List<Publication> generate(long seed) {
        SampleGenerator generator = new SampleGenerator(seed, END);
        return IntStream.range(0, N).mapToObj(i -> generator.next(i, N)).toList();
    }

    @Test
    void every_type_appears_published_in_order_over_twenty_years() {
        List<Publication> all = generate(1);

        assertThat(all).extracting(Publication::type).containsAll(List.of(PublicationType.values()));
        assertThat(all).allMatch(p -> p.status() == Status.PUBLISHED && p.lang().equals("en"));
        assertThat(all).extracting(Publication::publishedAt).isSorted()
                .allMatch(at -> !at.isBefore(END.minus(SampleGenerator.SPAN)) && !at.isAfter(END));
        assertThat(all.get(0).publishedAt()).isBefore(END.minus(Duration.ofDays(19 * 365)));
    }

    @Test
    void lengths_range_from_a_notice_to_a_long_transcript() {
        List<Integer> lengths = generate(1).stream().map(p -> p.body().length()).sorted().toList();

        assertThat(lengths.get(0)).isLessThan(1_000);
        assertThat(lengths.get(lengths.size() - 1)).isGreaterThan(15_000);
    }

    @Test
    void interviews_briefings_and_comments_are_transcripts_of_questions_and_a_speaker() {
        List<Publication> transcripts = generate(1).stream().filter(p -> !p.speakers().isEmpty()).toList();

        assertThat(transcripts).isNotEmpty().allSatisfy(p -> {
            assertThat(p.type()).isIn(PublicationType.INTERVIEW, PublicationType.BRIEFING, PublicationType.COMMENT);
            assertThat(p.speakers()).hasSize(2).startsWith("Question");
            assertThat(p.body()).startsWith("Question: ").contains("\n\n" + p.speakers().get(1) + ": ");
        });
    }

    @Test
    void the_same_seed_makes_the_same_publications() {
        assertThat(generate(7)).extracting(Publication::title).isEqualTo(generate(7).stream().map(Publication::title).toList());
        assertThat(generate(7).get(5).title()).isNotEqualTo(generate(8).get(5).title());
    }
}
