package org.chancery.editorial;

import com.github.difflib.text.DiffRowGenerator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** Compares two versions of content, field by field and (for the body) line by line. */
final class Comparison {
    private static final Map<String, Function<Content, String>> FIELDS = fields();

    // The generator only holds its settings, so one serves every call. Lines stay as written
    // (no HTML escaping): templates and JSON escape them where they are shown.
    private static final DiffRowGenerator LINES = DiffRowGenerator.create()
            .showInlineDiffs(false)
            .lineNormalizer(Function.identity())
            .build();

    private Comparison() {
    }

    private static Map<String, Function<Content, String>> fields() {
        Map<String, Function<Content, String>> f = new LinkedHashMap<>();
        f.put("type", c -> c.type().code());
        f.put("language", Content::lang);
        f.put("title", Content::title);
        f.put("lead", Content::lead);
        f.put("place", c -> Objects.toString(c.place(), ""));
        f.put("eventDate", c -> Objects.toString(c.eventDate(), ""));
        f.put("featured", c -> String.valueOf(c.featured()));
        f.put("seriesKey", c -> c.series() == null ? "" : c.series().key());
        f.put("seriesPart", c -> c.series() == null ? "" : String.valueOf(c.series().part()));
        f.put("speakers", c -> String.join("\n", c.speakers()));
        f.put("tags", c -> String.join("\n", c.tags()));
        f.put("body", Content::body);
        return f;
    }

    /** Every field whose value differs, the body included, in a fixed order. */
    static List<FieldChange> changes(Content before, Content after) {
        return changes(before, after, true);
    }

    static RevisionDiff diff(Revision from, Revision to) {
        return new RevisionDiff(from.summary(), to.summary(), changes(from.content(), to.content(), false),
                rows(from.content().body(), to.content().body()));
    }

    private static List<FieldChange> changes(Content before, Content after, boolean withBody) {
        List<FieldChange> changes = new ArrayList<>();
        FIELDS.forEach((name, value) -> {
            String a = value.apply(before);
            String b = value.apply(after);
            if (!a.equals(b) && (withBody || !name.equals("body"))) {
                changes.add(new FieldChange(name, a, b));
            }
        });
        return changes;
    }

    static List<DiffRow> rows(String before, String after) {
        return LINES.generateDiffRows(before.lines().toList(), after.lines().toList()).stream()
                .map(r -> new DiffRow(change(r.getTag()), r.getOldLine(), r.getNewLine()))
                .toList();
    }

    private static DiffRow.Change change(com.github.difflib.text.DiffRow.Tag tag) {
        return switch (tag) {
            case EQUAL -> DiffRow.Change.SAME;
            case CHANGE -> DiffRow.Change.CHANGED;
            case INSERT -> DiffRow.Change.ADDED;
            case DELETE -> DiffRow.Change.REMOVED;
        };
    }
}
