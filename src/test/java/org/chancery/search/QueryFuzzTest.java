package org.chancery.search;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Instant;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Whatever a reader types, the search answers: odd syntax and random punctuation never make it fail. */
class QueryFuzzTest {
    private static TestIndex index;

    @BeforeAll
    static void fill() {
        index = TestIndex.english().add(
                TestIndex.item(1, "World order", "The world order after the pandemic.", Instant.parse("2020-05-01T10:00:00Z")),
                TestIndex.transcript(2, "Interview", "Question: Why?\n\nSergey Lavrov: Because of multilateralism.",
                        Instant.parse("2020-04-29T10:00:00Z"), "Question", "Sergey Lavrov"));
    }

    @AfterAll
    static void close() {
        index.close();
    }

    static Stream<String> queries() {
        Stream<String> odd = Stream.of("a~999", "a^-1", "\"a b\"~99999", "[* TO *]", "{a TO}", "?", "a AND OR b", "NOT",
                "-", "+", "title:(", "(".repeat(500), "world^", "speaker:", "speaker:\"", "speaker:\"\" order",
                "speaker:(Lavrov) order", "title:\"world", "*world", "w*d", "/wor.d/", "https://example.org/a?b=c",
                "lead:[a TO z]", "tag:", "\\\\", "\u0000", "world \uD83D\uDE00 order", "a OR b OR c ".repeat(200),
                "place:~", "body:/", "&& || !", "\"\"\"", "((world) order))", "year:2020", "type:interview");
        Random random = new Random(7);
        String alphabet = "ab \"():*?~^[]{}!+-&|\\/:speaker";
        Stream<String> random100 = Stream.generate(() -> {
            StringBuilder s = new StringBuilder();
            int length = 1 + random.nextInt(30);
            for (int i = 0; i < length; i++) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            return s.toString();
        }).limit(300);
        return Stream.concat(odd, random100);
    }

    @ParameterizedTest
    @MethodSource("queries")
    void any_query_is_answered(String query) {
        String text = query.length() > SearchQuery.MAX_LENGTH ? query.substring(0, SearchQuery.MAX_LENGTH) : query;
        assertThatCode(() -> index.search(text)).doesNotThrowAnyException();
    }
}
