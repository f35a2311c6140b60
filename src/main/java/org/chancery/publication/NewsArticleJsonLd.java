package org.chancery.publication;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A publication as a schema.org {@code NewsArticle} in JSON-LD, the form search engines read
 * for headline, dates and publisher. The JSON escapes {@code <}, {@code >}, {@code &} and the
 * line separators, so a title such as {@code </script>} cannot end the script element it sits in.
 */
public final class NewsArticleJsonLd {
    /** Search engines show at most this many characters of a headline. */
    static final int HEADLINE_LIMIT = 110;

    private final ObjectMapper json = new ObjectMapper();

    public NewsArticleJsonLd() {
        json.getFactory().setCharacterEscapes(new ScriptSafe());
    }

    public String of(ArticleFacts a) {
        Map<String, Object> organization = new LinkedHashMap<>();
        organization.put("@type", "Organization");
        organization.put("name", a.siteName());
        organization.put("url", a.siteUrl());
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "NewsArticle");
        ld.put("headline", headline(a.headline()));
        if (!a.description().isEmpty()) {
            ld.put("description", a.description());
        }
        ld.put("url", a.url());
        // An ordered map, as above: Map.of's order changes from run to run, and an export compares bytes.
        Map<String, Object> mainEntity = new LinkedHashMap<>();
        mainEntity.put("@type", "WebPage");
        mainEntity.put("@id", a.url());
        ld.put("mainEntityOfPage", mainEntity);
        ld.put("datePublished", a.published().toString());
        ld.put("dateModified", a.modified().toString());
        ld.put("inLanguage", a.lang());
        ld.put("articleSection", a.section());
        ld.put("author", organization);
        ld.put("publisher", organization);
        ld.put("isAccessibleForFree", true);
        try {
            return json.writeValueAsString(ld);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String headline(String title) {
        if (title.length() <= HEADLINE_LIMIT) {
            return title;
        }
        int space = title.lastIndexOf(' ', HEADLINE_LIMIT - 1);
        return title.substring(0, space > 0 ? space : HEADLINE_LIMIT - 1).stripTrailing() + "…";
    }

    /** JSON escapes that keep it inert inside HTML: {@code <}, {@code >} and {@code &} as {@code \\uXXXX}. */
    private static final class ScriptSafe extends CharacterEscapes {
        private final int[] ascii = standardAsciiEscapesForJSON();

        ScriptSafe() {
            ascii['<'] = ESCAPE_STANDARD;
            ascii['>'] = ESCAPE_STANDARD;
            ascii['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch == 0x2028 || ch == 0x2029 ? new SerializedString(String.format("\\u%04x", ch)) : null;
        }
    }
}
