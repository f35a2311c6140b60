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
import org.chancery.validation.ControlCharacters;
import org.chancery.validation.FieldProblem;
import org.chancery.validation.InvalidInput;

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
        List<FieldProblem> errors = controlCharacters(in);
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
            throw new InvalidInput(errors);
        }
        return new Content(type, lang, title, lead, body, place, date, featured, series, speakers, tags);
    }

    /** Every text field that holds a control character, whatever else may be wrong with it. */
    private static List<FieldProblem> controlCharacters(ContentInput in) {
        List<FieldProblem> errors = new ArrayList<>();
        ControlCharacters.check(errors, "type", in.type());
        ControlCharacters.check(errors, "language", in.lang());
        ControlCharacters.check(errors, "title", in.title());
        ControlCharacters.check(errors, "lead", in.lead());
        ControlCharacters.check(errors, "body", in.body());
        ControlCharacters.check(errors, "place", in.place());
        ControlCharacters.check(errors, "eventDate", in.eventDate());
        ControlCharacters.check(errors, "seriesKey", in.seriesKey());
        ControlCharacters.check(errors, "seriesPart", in.seriesPart());
        entries(errors, "speakers", in.speakers());
        entries(errors, "tags", in.tags());
        return errors;
    }

    private static void entries(List<FieldProblem> errors, String field, List<String> items) {
        for (int i = 0; items != null && i < items.size(); i++) {
            ControlCharacters.check(errors, field + "[" + i + "]", items.get(i));
        }
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

    private static PublicationType type(String code, List<FieldProblem> errors) {
        if (code == null || code.isBlank()) {
            errors.add(FieldProblem.of("type", "required", "editor.error.type.required"));
            return null;
        }
        return PublicationType.fromCode(code.strip()).orElseGet(() -> {
            String known = Arrays.stream(PublicationType.values()).map(PublicationType::code)
                    .collect(Collectors.joining(", "));
            errors.add(FieldProblem.of("type", "unknown", "editor.error.type.unknown", code, known));
            return null;
        });
    }

    private String lang(String lang, List<FieldProblem> errors) {
        if (lang == null || lang.isBlank()) {
            errors.add(FieldProblem.of("language", "required", "editor.error.language.required"));
        } else if (!languages.contains(lang.strip())) {
            errors.add(FieldProblem.of("language", "unknown", "editor.error.language.unknown", lang,
                    String.join(", ", languages.stream().sorted().toList())));
        }
        return lang == null ? null : lang.strip();
    }

    private static String title(String title, List<FieldProblem> errors) {
        String t = title == null ? "" : title.strip();
        if (t.isEmpty()) {
            errors.add(FieldProblem.of("title", "required", "editor.error.title.required"));
        } else if (t.length() > Limits.TITLE) {
            errors.add(tooLong("title", Limits.TITLE));
        }
        return t;
    }

    private static String lead(String lead, List<FieldProblem> errors) {
        String l = lead.strip();
        if (l.length() > Limits.LEAD) {
            errors.add(tooLong("lead", Limits.LEAD));
        }
        return l;
    }

    private static String place(String place, List<FieldProblem> errors) {
        String p = place.strip();
        if (p.length() > Limits.PLACE) {
            errors.add(tooLong("place", Limits.PLACE));
        }
        return p.isEmpty() ? null : p;
    }

    private static LocalDate date(String text, List<FieldProblem> errors) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.add(FieldProblem.of("eventDate", "invalid", "editor.error.eventDate.invalid", text));
            return null;
        }
    }

    /** A series key and a part number, each kept from {@code current} when left out; an empty key clears both. */
    private static SeriesPart series(SeriesPart current, ContentInput in, List<FieldProblem> errors) {
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
            errors.add(FieldProblem.of("seriesKey", "invalid", "editor.error.seriesKey.invalid"));
        }
        int number = partNumber(part, errors);
        return errors.size() > errorsBefore ? null : new SeriesPart(key, number);
    }

    private static int partNumber(String part, List<FieldProblem> errors) {
        if (part.isEmpty()) {
            errors.add(FieldProblem.of("seriesPart", "required", "editor.error.seriesPart.required"));
            return 0;
        }
        if (part.matches("[0-9]{1,3}") && Integer.parseInt(part) >= 1) {
            return Integer.parseInt(part);
        }
        errors.add(FieldProblem.of("seriesPart", "invalid", "editor.error.seriesPart.invalid", part,
                Limits.SERIES_PARTS));
        return 0;
    }

    /** Speakers and tags: short single lines, stored one per line. */
    private static List<String> lines(String field, List<String> items, List<FieldProblem> errors) {
        if (items.size() > Limits.ITEMS) {
            errors.add(FieldProblem.of(field, "too-many", "editor.error.too-many", Limits.ITEMS, field));
            return List.of();
        }
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String name = field + "[" + i + "]";
            String item = items.get(i) == null ? "" : items.get(i).strip();
            if (item.isEmpty()) {
                errors.add(FieldProblem.of(name, "required", "editor.error.entry.required"));
            } else if (item.contains("\n") || item.contains("\r")) {
                errors.add(FieldProblem.of(name, "invalid", "editor.error." + field + ".invalid"));
            } else if (item.length() > Limits.ITEM) {
                errors.add(tooLong(name, Limits.ITEM));
            } else {
                kept.add(item);
            }
        }
        return kept;
    }

    private static FieldProblem tooLong(String field, int max) {
        return FieldProblem.of(field, "too-long", "editor.error.too-long", max);
    }
}
