package org.chancery.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a refused query is mended, and what the reader is told was wrong. */
class QueryRepairTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"world order               | \"world order\"     | QUOTE",
        "(pandemic                   | (pandemic)          | BRACKET",
        "pandemic)                   | pandemic            | BRACKET",
        "\"a (b\" (c                  | \"a (b\" (c)         | BRACKET",
        "pandemic AND                | pandemic            | SYNTAX",
        "OR pandemic                 | pandemic            | SYNTAX",
        "pandemic title:             | pandemic            | SYNTAX",
        "pandemic AND NOT            | pandemic            | SYNTAX"})
    void a_refused_query_is_mended_and_its_fault_named(String typed, String mended, SyntaxProblem problem) {
        QueryRepair.Repaired repaired = QueryRepair.repair(typed);

        assertThat(repaired.text()).isEqualTo(mended);
        assertThat(repaired.problem()).isEqualTo(problem);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "[a TO {b}]! ^2 | a TO b 2",
        "x AND y OR NOT z | x and y or not z",
        "title:\"world\" | title world"})
    void as_a_last_resort_only_the_words_are_kept(String typed, String words) {
        assertThat(QueryRepair.plainWords(typed)).isEqualTo(words);
    }
}
