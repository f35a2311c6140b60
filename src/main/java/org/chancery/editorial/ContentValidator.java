package org.chancery.editorial;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.chancery.publication.PublicationType;
import org.chancery.publication.SeriesPart;

/**
 * Turns a client's {@link ContentInput} into valid {@link Content}, on its own (a new draft) or
 * over the current content (an edit). Every invalid field is reported, not only the first.
 */
final class ContentValidator {
    private final Set<String> languages;

    ContentValidator(Set<String> languages) {
        this.languages = Set.copyOf(languages);
    }

    Content create(ContentInput in) {
        return validate(null, in);
    }

    Content merge(Content current, ContentInput in) {
        return validate(current, in);
    }

    private Content validate(Content base, ContentInput in) {
        checkBodySize(in.body());
        List<FieldError> errors = new ArrayList<>();
        PublicationType type = in.type() == null && base != null ? base.type() : type(in.type(), errors);
        String lang = in.lang() == null && base != null ? base.lang() : lang(in.lang(), errors);
        String title = in.title() == null && base != null ? base.title() : title(in.title(), errors);
        String lead = in.lead() == null ? (base == null ? "" : base.lead()) : lead(in.lead(), errors);
        String body = in.body() == null ? (base == null ? "" : base.body()) : in.body();
        String place = in.place() == null ? (base == null ? null : base.place()) : place(in.place(), errors);
        LocalDate date = in.eventDate() == null ? (base == null ? null : base.eventDate()) : date(in.eventDate(), errors);
        boolean featured = in.featured() == null ? base != null && base.featured() : in.featured();
        List<String> speakers = in.speakers() == null ? (base == null ? List.of() : base.speakers())
                : lines("speakers", in.speakers(), errors);
        List<String> tags = in.tags() == null ? (base == null ? List.of() : base.tags())
                : lines("tags", in.tags(), errors).stream().distinct().toList();
        SeriesPart series = series(base == null ? null : base.series(), in, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Content(type, lang, title, lead, body, place, date, featured, series, speakers, tags);
    }

    /** Refused before anything else: an oversized body is a 413, whatever else is wrong. */
    private static void checkBodySize(String body) {
        if (body == null || body.length() * 3L <= Limits.BODY_BYTES) {
            return;
        }
        long bytes = body.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > Limits.BODY_BYTES) {
            throw EditorialException.tooLarge("the body is " + bytes + " bytes of UTF-8; the limit is "
                    + Limits.BODY_BYTES + " bytes (2 MiB)");
        }
    }

    private static PublicationType type(String code, List<FieldError> errors) {
        if (code == null || code.isBlank()) {
            errors.add(new FieldError("type", "required", "a publication type is required"));
            return null;
        }
        return PublicationType.fromCode(code.strip()).orElseGet(() -> {
            String known = Arrays.stream(PublicationType.values()).map(PublicationType::code)
                    .collect(Collectors.joining(", "));
            errors.add(new FieldError("type", "unknown", "unknown type '" + code + "'; one of: " + known));
            return null;
        });
    }

    private String lang(String lang, List<FieldError> errors) {
        if (lang == null || lang.isBlank()) {
            errors.add(new FieldError("language", "required", "a language is required"));
        } else if (!languages.contains(lang.strip())) {
            errors.add(new FieldError("language", "unknown", "the site has no language '" + lang
                    + "'; one of: " + String.join(", ", languages.stream().sorted().toList())));
        }
        return lang == null ? null : lang.strip();
    }

    private static String title(String title, List<FieldError> errors) {
        String t = title == null ? "" : title.strip();
        if (t.isEmpty()) {
            errors.add(new FieldError("title", "required", "a title is required"));
        } else if (t.length() > Limits.TITLE) {
            errors.add(tooLong("title", Limits.TITLE));
        }
        return t;
    }

    private static String lead(String lead, List<FieldError> errors) {
        String l = lead.strip();
        if (l.length() > Limits.LEAD) {
            errors.add(tooLong("lead", Limits.LEAD));
        }
        return l;
    }

    private static String place(String place, List<FieldError> errors) {
        String p = place.strip();
        if (p.length() > Limits.PLACE) {
            errors.add(tooLong("place", Limits.PLACE));
        }
        return p.isEmpty() ? null : p;
    }

    private static LocalDate date(String text, List<FieldError> errors) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError("eventDate", "invalid", "'" + text + "' is not a date of the form 2020-04-29"));
            return null;
        }
    }

    /** A series key and a part number, each kept from {@code current} when left out; an empty key clears both. */
    private static SeriesPart series(SeriesPart current, ContentInput in, List<FieldError> errors) {
        if (in.seriesKey() == null && in.seriesPart() == null) {
            return current;
        }
        String key = in.seriesKey() != null ? in.seriesKey().strip() : current == null ? "" : current.key();
        String part = in.seriesPart() != null ? in.seriesPart().strip()
                : current == null ? "" : String.valueOf(current.part());
        if (key.isEmpty()) {
            return null;
        }
        int errorsBefore = errors.size();
        if (key.length() > Limits.SERIES_KEY) {
            errors.add(tooLong("seriesKey", Limits.SERIES_KEY));
        } else if (key.contains("\n") || key.contains("\r")) {
            errors.add(new FieldError("seriesKey", "invalid", "a series key must be on one line"));
        }
        int number = partNumber(part, errors);
        return errors.size() > errorsBefore ? null : new SeriesPart(key, number);
    }

    private static int partNumber(String part, List<FieldError> errors) {
        if (part.isEmpty()) {
            errors.add(new FieldError("seriesPart", "required", "a part of a series needs its number, from 1"));
            return 0;
        }
        if (part.matches("[0-9]{1,3}") && Integer.parseInt(part) >= 1) {
            return Integer.parseInt(part);
        }
        errors.add(new FieldError("seriesPart", "invalid", "'" + part + "' is not a whole number from 1 to "
                + Limits.SERIES_PARTS));
        return 0;
    }

    /** Speakers and tags: short single lines, stored one per line. */
    private static List<String> lines(String field, List<String> items, List<FieldError> errors) {
        if (items.size() > Limits.ITEMS) {
            errors.add(new FieldError(field, "too-many", "at most " + Limits.ITEMS + " " + field + " are allowed"));
            return List.of();
        }
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String name = field + "[" + i + "]";
            String item = items.get(i) == null ? "" : items.get(i).strip();
            if (item.isEmpty()) {
                errors.add(new FieldError(name, "required", "an empty entry is not allowed"));
            } else if (item.contains("\n") || item.contains("\r")) {
                errors.add(new FieldError(name, "invalid", "an entry must be on one line"));
            } else if (item.length() > Limits.ITEM) {
                errors.add(tooLong(name, Limits.ITEM));
            } else {
                kept.add(item);
            }
        }
        return kept;
    }

    private static FieldError tooLong(String field, int max) {
        return new FieldError(field, "too-long", "at most " + max + " characters are allowed");
    }
}
