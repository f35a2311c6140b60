package org.chancery.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * The analyzer of each language's index: words are lower-cased, common words dropped and the
 * rest reduced to their stems, so "pandemics" finds "pandemic" (English: Porter stemmer;
 * Russian: Snowball). A language without its own analyzer is split into words only.
 */
public final class Analyzers {
    private Analyzers() {
    }

    public static Analyzer forLanguage(String lang) {
        return switch (lang) {
            case "en" -> new EnglishAnalyzer();
            case "ru" -> new RussianAnalyzer();
            default -> new StandardAnalyzer();
        };
    }
}
