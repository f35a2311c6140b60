package org.chancery.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser.Operator;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Reads what a reader typed into a Lucene query, never failing: words, "phrases in quotes",
 * AND/OR/NOT, brackets, {@code title:} and the other field names of {@link SiteQueryParser},
 * and {@code speaker:"Sergey Lavrov"}, which searches only what that speaker said (a part of
 * the name will do). A query that cannot be read as written is repaired (a quotation mark or
 * bracket closed, a dangling operator dropped, see {@link QueryRepair}) or, failing that, read
 * as plain words; the reading says so, and what it searched for instead.
 */
final class QueryReader {
    /**
     * @param query       the query to run, the speaker filter included
     * @param text        what was searched for, as the reader may type it
     * @param problem     present when that is not what was typed
     * @param said        the speakers' fields searched, for snippets; empty when no speaker was named
     */
    record Reading(Query query, String text, Optional<SyntaxProblem> problem, List<String> said) {
    }

    private static final Pattern SPEAKER = Pattern.compile(
            "(?i)(?<![\\p{L}\\p{N}_])speaker:(?:\"([^\"]*)\"?|([^\\s\"()]+))");
    private static final Pattern FIELD_NAME = Pattern.compile("(?<![\\p{L}\\p{N}_.\\\\-])([\\p{L}\\p{N}_.-]+):");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Analyzer analyzer;

    QueryReader(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /**
     * Reads {@code input}; words not joined by an operator must all match under {@link Operator#AND},
     * any of them under {@link Operator#OR}. {@code speakerKeys} gives the speakers in the index,
     * asked for only when a speaker is named.
     */
    Reading read(String input, Operator operator, Supplier<Set<String>> speakerKeys) {
        List<String> speakers = new ArrayList<>();
        String rest = SPEAKER.matcher(input).replaceAll(m -> {
            String name = m.group(1) != null ? m.group(1) : m.group(2);
            if (!name.isBlank()) {
                speakers.add(SPACES.matcher(name.strip()).replaceAll(" "));
            }
            return " ";
        }).strip();
        List<String> said = speakers.isEmpty() ? List.of() : speakerFields(speakers, speakerKeys.get());
        String prefix = speakers.stream().map(s -> "speaker:\"" + s + "\" ").reduce("", String::concat);
        Map<String, Float> boosts = said.isEmpty() ? IndexFields.TEXT_BOOSTS : uniform(said);
        List<String> fields = List.copyOf(boosts.keySet());

        Parsed parsed = rest.isEmpty()
                ? new Parsed(new MatchAllDocsQuery(), "", Optional.empty())
                : parseWithFallbacks(rest, fields, boosts, operator);
        Query query = speakers.isEmpty() ? parsed.query() : withSpeakers(parsed.query(), said);
        String text = parsed.problem().isEmpty() ? input.strip() : (prefix + parsed.text()).strip();
        return new Reading(query, text, parsed.problem(), said);
    }

    private record Parsed(Query query, String text, Optional<SyntaxProblem> problem) {
    }

    private Parsed parseWithFallbacks(String text, List<String> fields, Map<String, Float> boosts, Operator op) {
        try {
            return new Parsed(parse(text, fields, boosts, op), text, Optional.empty());
        } catch (ParseException | IndexSearcher.TooManyClauses e) {
            // read it again below, repaired
        }
        QueryRepair.Repaired repaired = QueryRepair.repair(text);
        Optional<SyntaxProblem> problem = Optional.of(repaired.problem());
        try {
            return new Parsed(parse(repaired.text(), fields, boosts, op), repaired.text(), problem);
        } catch (ParseException | IndexSearcher.TooManyClauses e) {
            // read it as plain words below
        }
        String words = QueryRepair.plainWords(text);
        try {
            Query plain = words.isEmpty() ? new MatchNoDocsQuery() : parse(words, fields, boosts, op);
            return new Parsed(plain, words, problem);
        } catch (ParseException | IndexSearcher.TooManyClauses e) {
            return new Parsed(new MatchNoDocsQuery(), words, problem);
        }
    }

    private Query parse(String text, List<String> fields, Map<String, Float> boosts, Operator op)
            throws ParseException {
        Query query = new SiteQueryParser(fields, boosts, analyzer, op).parse(prepare(text));
        // A query of stop words only ("the") leaves nothing to search for.
        return query == null ? new MatchNoDocsQuery() : query;
    }

    /** Nobody means a regular expression with a slash or a field with "Note:"; both become plain text. */
    static String prepare(String text) {
        String slashes = text.replace("/", "\\/");
        return FIELD_NAME.matcher(slashes).replaceAll(m -> SiteQueryParser.READER_FIELDS.containsKey(m.group(1))
                ? Matcher.quoteReplacement(m.group())
                : Matcher.quoteReplacement(m.group(1) + "\\:"));
    }

    /** The fields of the speakers named: the exact name, or every speaker whose name holds all its words. */
    private static List<String> speakerFields(List<String> speakers, Set<String> speakerKeys) {
        List<String> fields = new ArrayList<>();
        for (String speaker : speakers) {
            String key = IndexFields.speakerKey(speaker);
            List<String> words = Arrays.asList(key.split(" "));
            List<String> matching = speakerKeys.contains(key) ? List.of(key) : speakerKeys.stream()
                    .filter(k -> Arrays.asList(k.split(" ")).containsAll(words))
                    .sorted()
                    .toList();
            (matching.isEmpty() ? List.of(key) : matching).forEach(k -> fields.add(IndexFields.said(k)));
        }
        return fields.stream().distinct().toList();
    }

    private static Map<String, Float> uniform(List<String> fields) {
        Map<String, Float> boosts = new LinkedHashMap<>();
        fields.forEach(f -> boosts.put(f, 1f));
        return boosts;
    }

    private static Query withSpeakers(Query text, List<String> said) {
        BooleanQuery.Builder speakers = new BooleanQuery.Builder();
        said.forEach(field -> speakers.add(new TermQuery(new Term(IndexFields.SPEAKER,
                IndexFields.speakerKeyOf(field))), Occur.SHOULD));
        return new BooleanQuery.Builder()
                .add(text, Occur.MUST)
                .add(speakers.build(), Occur.FILTER)
                .build();
    }
}
