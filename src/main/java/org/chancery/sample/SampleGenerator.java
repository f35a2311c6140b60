package org.chancery.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.chancery.content.Slugs;
import org.chancery.publication.Publication;
import org.chancery.publication.PublicationType;
import org.chancery.publication.Status;

/**
 * Makes up published publications for benchmarks: every type, lengths from a short notice to
 * a long transcript (a log-normal number of paragraphs), dates spread over twenty years, and
 * interviews, briefings and comments as transcripts with speakers. Sentences are the sample
 * site's own, mixed with ones put together from {@link SampleWords}. The same seed makes the
 * same publications.
 */
public final class SampleGenerator {
    public static final Duration SPAN = Duration.ofDays(20 * 365);
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z“\"])");
    private static final Pattern LABEL = Pattern.compile("^[A-Z][\\w .’'-]{0,40}:\\s+");
    private static final PublicationType[] TYPES = PublicationType.values();

    private final Random random;
    private final Instant end;
    private final List<String> corpus;

    public SampleGenerator(long seed, Instant end) {
        this.random = new Random(seed);
        this.end = end;
        this.corpus = corpus();
    }

    /** Publication {@code i} of {@code n}, dated about i/n of the way through the twenty years before the end. */
    public Publication next(int i, int n) {
        Instant start = end.minus(SPAN);
        long offset = (long) (SPAN.toMillis() * ((i + random.nextDouble()) / n));
        Instant published = start.plusMillis(offset);
        PublicationType type = TYPES[random.nextInt(TYPES.length)];
        String topic = pick(SampleWords.TOPICS);
        String speaker = pick(SampleWords.SPEAKERS);
        boolean transcript = type == PublicationType.INTERVIEW || type == PublicationType.BRIEFING
                || type == PublicationType.COMMENT;
        String title = title(type, topic, speaker);
        List<String> speakers = transcript ? List.of("Question", speaker) : List.of();
        String body = transcript ? transcript(speaker, topic) : prose(topic);
        String place = random.nextInt(3) == 0 ? null : pick(SampleWords.PLACES);
        Instant created = published.minus(Duration.ofMinutes(30 + random.nextInt(600)));
        return new Publication(null, Slugs.slugify(title), type, "en", Status.PUBLISHED, title, sentence(topic),
                body, place, published.atOffset(ZoneOffset.UTC).toLocalDate().minusDays(random.nextInt(3)), published,
                false, null, speakers, created, published);
    }

    private String title(PublicationType type, String topic, String speaker) {
        return switch (type) {
            case NEWS -> capitalized(topic) + ": " + pick(SampleWords.SUBJECTS).toLowerCase() + " " + pick(SampleWords.VERBS)
                    + " it";
            case PRESS_RELEASE -> "Press release on " + topic;
            case STATEMENT -> "Statement by the Embassy on " + topic;
            case INTERVIEW -> speaker + "'s interview with " + pick(SampleWords.OUTLETS) + " on " + topic;
            case SPEECH -> speaker + "'s remarks on " + topic;
            case ARTICLE -> "Ambassador's article for " + pick(SampleWords.OUTLETS) + ": " + capitalized(topic);
            case COMMENT -> "Embassy spokesperson's comment on " + topic;
            case BRIEFING -> "Briefing by " + speaker + " on " + topic;
            case CONSULAR_NOTICE -> "Consular notice: " + topic;
            case EVENT -> "Reception dedicated to " + topic;
        };
    }

    /** Paragraphs of two to six sentences; a log-normal count, so most are short and a few very long. */
    private String prose(String topic) {
        int paragraphs = paragraphs(1.4);
        StringBuilder body = new StringBuilder();
        for (int p = 0; p < paragraphs; p++) {
            body.append(p == 0 ? "" : "\n\n").append(paragraph(topic));
        }
        return body.toString();
    }

    private String transcript(String speaker, String topic) {
        int turns = 2 * Math.max(1, paragraphs(1.6) / 2);
        StringBuilder body = new StringBuilder();
        for (int t = 0; t < turns; t++) {
            body.append(t == 0 ? "" : "\n\n").append(t % 2 == 0 ? "Question: " : speaker + ": ").append(paragraph(topic));
        }
        return body.toString();
    }

    private int paragraphs(double median) {
        return (int) Math.max(1, Math.min(120, Math.round(Math.exp(median + 0.9 * random.nextGaussian()))));
    }

    private String paragraph(String topic) {
        int sentences = 2 + random.nextInt(5);
        StringBuilder p = new StringBuilder();
        for (int s = 0; s < sentences; s++) {
            p.append(s == 0 ? "" : " ").append(random.nextBoolean() ? pick(corpus) : sentence(topic));
        }
        return p.toString();
    }

    private String sentence(String topic) {
        String about = random.nextInt(3) == 0 ? pick(SampleWords.TOPICS) : topic;
        return pick(SampleWords.SUBJECTS) + " " + pick(SampleWords.VERBS) + " " + about + " "
                + pick(SampleWords.ENDINGS) + ".";
    }

    private String pick(List<String> words) {
        return words.get(random.nextInt(words.size()));
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** The sentences of the sample site's publications, without speakers' labels. */
    private static List<String> corpus() {
        List<String> sentences = new ArrayList<>();
        for (String name : read("publications/index.txt").split("\n")) {
            if (name.isBlank() || name.startsWith("#")) {
                continue;
            }
            for (String paragraph : FrontMatter.parse(name, read("publications/" + name.strip())).body().split("\n\n")) {
                Arrays.stream(SENTENCE_END.split(LABEL.matcher(paragraph.strip()).replaceFirst("")))
                        .map(String::strip)
                        .filter(s -> s.length() >= 40 && s.length() <= 400)
                        .forEach(sentences::add);
            }
        }
        return List.copyOf(sentences);
    }

    private static String read(String path) {
        try (InputStream in = SampleGenerator.class.getResourceAsStream("/sample/" + path)) {
            if (in == null) {
                throw new IllegalStateException("the sample file " + path + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
