package org.chancery.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.ibm.icu.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.chancery.config.Languages;

/**
 * Every visible word of one language, from {@code i18n/messages_<lang>.properties}. Messages
 * with arguments are ICU MessageFormat patterns (plural rules from CLDR); messages without
 * arguments are shown as written. Date patterns are messages too, so each language sets its own.
 */
public final class Localizer {
    static final String BUNDLE = Languages.BUNDLE;
    /** How many formatted messages are kept: every page formats the masthead's counters and more again. */
    private static final int KEPT_MESSAGES = 4096;

    private final String lang;
    private final Locale locale;
    private final ResourceBundle bundle;
    private final DateTimeFormatter longDate;
    private final DateTimeFormatter shortDate;
    private final DateTimeFormatter eventDate;
    private final DateTimeFormatter time;
    private final Cache<Formatted, String> formatted = Caffeine.newBuilder().maximumSize(KEPT_MESSAGES).build();

    /** A message and its arguments, all plain values, so equal keys format to equal text. */
    private record Formatted(String key, List<Object> args) {
    }

    public Localizer(String lang) {
        this.lang = lang;
        this.locale = Locale.forLanguageTag(lang);
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
        this.longDate = formatter("format.date.long");
        this.shortDate = formatter("format.date.short");
        this.eventDate = formatter("format.date.event");
        this.time = formatter("format.time");
    }

    private DateTimeFormatter formatter(String key) {
        return DateTimeFormatter.ofPattern(bundle.getString(key), locale);
    }

    public String lang() {
        return lang;
    }

    public Locale locale() {
        return locale;
    }

    /** The message {@code key}; with arguments, formatted as an ICU message. */
    public String text(String key, Object... args) {
        String pattern = bundle.getString(key);
        if (args.length == 0) {
            return pattern;
        }
        if (!Arrays.stream(args).allMatch(Localizer::plain)) {
            return new MessageFormat(pattern, locale).format(args);
        }
        // Formatting a plural pattern costs more than rendering the rest of a masthead: keep the result.
        return formatted.get(new Formatted(key, Arrays.asList(args.clone())),
                k -> new MessageFormat(pattern, locale).format(args));
    }

    /** An argument whose value alone decides its formatted text. */
    private static boolean plain(Object arg) {
        return arg instanceof String || arg instanceof Integer || arg instanceof Long;
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** "26 May 2020": the masthead's date. */
    public String longDate(LocalDate date) {
        return longDate.format(date);
    }

    /** "16.05.2020": dates in lists. */
    public String shortDate(LocalDate date) {
        return shortDate.format(date);
    }

    /** "April 29, 2020": the date after a headline's place. */
    public String eventDate(LocalDate date) {
        return eventDate.format(date);
    }

    /** The month's name as it stands alone ("May"), for choices in forms. */
    public String monthName(int month) {
        return java.time.Month.of(month).getDisplayName(java.time.format.TextStyle.FULL_STANDALONE, locale);
    }

    /** The name of the language {@code other} in this language: "Russian", "русский". */
    public String languageName(String other) {
        return Locale.forLanguageTag(other).getDisplayLanguage(locale);
    }

    /** The language's name in itself, capitalized ("English", "Русский"): for the switcher and for labels. */
    public static String nameInItself(String lang) {
        Locale own = Locale.forLanguageTag(lang);
        String name = own.getDisplayLanguage(own);
        return name.isEmpty() ? lang : name.substring(0, 1).toUpperCase(own) + name.substring(1);
    }

    /**
     * A count or a page number as the language writes it ("10,000", "10 000"), through the same ICU
     * formatting as the numbers inside messages. Not for years, which are never grouped.
     */
    public String number(long n) {
        return text("format.number", n);
    }

    /** "12:57": clocks. */
    public String time(LocalTime t) {
        return time.format(t);
    }
}
