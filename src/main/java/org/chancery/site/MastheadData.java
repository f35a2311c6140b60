package org.chancery.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.chancery.masthead.Masthead;
import org.chancery.web.Localizer;

/**
 * What a page's script needs to keep the masthead true in the reader's browser, as JSON for a
 * {@code <script type="application/json">} element: the language, the home zone, the date's
 * pattern, and each counter's event date with its sentence for every plural category of the
 * language (the number left as {@link #NUMBER}). A page saved or exported long ago still shows
 * today's date, clocks and counters. {@code <}, {@code >} and {@code &} are escaped, so no text
 * can end the script element. One is kept by {@link Pages}, remembering the last JSON of each
 * language: every page of a minute shows the same masthead.
 */
public final class MastheadData {
    /** Stands for the number of days in the counters' sentences. */
    public static final String NUMBER = "{days}";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SAMPLES = 200;
    private final Map<String, Map<String, Integer>> examples = new ConcurrentHashMap<>();
    private final Map<String, Made> last = new ConcurrentHashMap<>();

    private record Made(Masthead masthead, String json) {
    }

    public String json(Masthead m, Localizer t) {
        Made made = last.get(t.lang());
        if (made != null && made.masthead().equals(m)) {
            return made.json();
        }
        String json = make(m, t);
        last.put(t.lang(), new Made(m, json));
        return json;
    }

    private String make(Masthead m, Localizer t) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("lang", t.lang());
        data.put("homeZone", m.homeZone());
        data.put("dateFormat", t.text("format.date.long"));
        List<Map<String, Object>> counters = new ArrayList<>();
        for (Masthead.CounterReading c : m.counters()) {
            // Ordered maps only: the same masthead must give the same bytes in every run (static exports compare them).
            Map<String, Object> counter = new LinkedHashMap<>();
            counter.put("eventDate", c.eventDate().toString());
            counter.put("text", sentences(c, t));
            counters.add(counter);
        }
        data.put("counters", counters);
        try {
            return JSON.writeValueAsString(data).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The counter's sentence for each plural category the language gives whole numbers. */
    private Map<String, String> sentences(Masthead.CounterReading c, Localizer t) {
        Map<String, String> byCategory = new LinkedHashMap<>();
        examples.computeIfAbsent(t.lang(), MastheadData::examples).forEach((category, n) ->
                byCategory.put(category, c.comment().isEmpty()
                        ? t.text("masthead.counter", n, c.label(), NUMBER)
                        : t.text("masthead.counterWithComment", n, c.label(), NUMBER, c.comment())));
        return byCategory;
    }

    /** The smallest whole number of each plural category of a language: "one" 1, "few" 2, "many" 0 in Russian. */
    private static Map<String, Integer> examples(String lang) {
        PluralRules rules = PluralRules.forLocale(ULocale.forLanguageTag(lang));
        Map<String, Integer> examples = new LinkedHashMap<>();
        for (int n = 0; n < SAMPLES; n++) {
            examples.putIfAbsent(rules.select(n), n);
        }
        return Collections.unmodifiableMap(examples);
    }
}
