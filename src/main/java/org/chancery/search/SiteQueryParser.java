package org.chancery.search;

import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.Query;

/**
 * Lucene's classic query syntax over the site's fields: words without a field name search the
 * default fields with their boosts; {@code title:}, {@code lead:}, {@code body:}, {@code place:}
 * and {@code tag:} name one field. {@link QueryReader} escapes any other "name:" beforehand.
 */
final class SiteQueryParser extends MultiFieldQueryParser {
    /** The field names readers may write, and the index field each stands for. */
    static final Map<String, String> READER_FIELDS = Map.of(
            "title", IndexFields.TITLE, "lead", IndexFields.LEAD, "body", IndexFields.BODY,
            "place", IndexFields.PLACE, "tag", IndexFields.TAGS, "tags", IndexFields.TAGS);

    SiteQueryParser(List<String> fields, Map<String, Float> boosts, Analyzer analyzer, Operator operator) {
        super(fields.toArray(String[]::new), analyzer, boosts);
        setDefaultOperator(operator);
    }

    private static String resolve(String field) {
        return field == null ? null : READER_FIELDS.getOrDefault(field, field);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
        return super.getFieldQuery(resolve(field), queryText, slop);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
        return super.getFieldQuery(resolve(field), queryText, quoted);
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
        return super.getFuzzyQuery(resolve(field), termStr, minSimilarity);
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
        return super.getPrefixQuery(resolve(field), termStr);
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
        return super.getWildcardQuery(resolve(field), termStr);
    }

    @Override
    protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
            boolean endInclusive) throws ParseException {
        return super.getRangeQuery(resolve(field), part1, part2, startInclusive, endInclusive);
    }
}
