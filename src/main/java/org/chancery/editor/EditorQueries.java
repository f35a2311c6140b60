package org.chancery.editor;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.chancery.publication.PublicationRows;
import org.chancery.publication.PublicationType;
import org.chancery.publication.Status;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * The SQL behind the editor's list: publications in every state, the most recently changed first,
 * each publication's language group, and the members of the press office by name. Every value is bound; a title search is a LIKE
 * with its wildcards escaped, on lower-cased text on both sides (SQLite folds only ASCII letters).
 */
public final class EditorQueries {
    private static final String NAME = "COALESCE(NULLIF(u.name, ''), u.email)";
    private static final RowMapper<ListRow> ROW = (rs, ctx) -> new ListRow(rs.getLong("id"), rs.getString("title"),
            PublicationType.fromCode(rs.getString("type")).orElseThrow(), rs.getString("lang"),
            Status.fromCode(rs.getString("status")), rs.getString("author_name"),
            PublicationRows.instant(rs, "updated_at"), PublicationRows.instant(rs, "scheduled_at"),
            rs.getBoolean("awaiting"));

    private final Jdbi jdbi;

    public EditorQueries(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    static String where(ListFilter f) {
        return " WHERE 1 = 1"
                + (f.status().isPresent() ? " AND p.status = :status" : "")
                + (f.type().isPresent() ? " AND p.type = :type" : "")
                + (f.language().isPresent() ? " AND p.lang = :lang" : "")
                + (f.authorId().isPresent() ? " AND p.author_id = :author" : "")
                + (f.awaitingApproval() ? " AND p.force_published_by IS NOT NULL AND p.force_approved_by IS NULL" : "")
                + (f.title().isEmpty() ? "" : " AND LOWER(p.title) LIKE :title ESCAPE '\\'");
    }

    static String pageSql(ListFilter f) {
        return "SELECT p.id, p.title, p.type, p.lang, p.status, p.updated_at, p.scheduled_at, " + NAME
                + " AS author_name, (p.force_published_by IS NOT NULL AND p.force_approved_by IS NULL) AS awaiting"
                + " FROM publications p LEFT JOIN users u ON u.id = p.author_id" + where(f)
                + " ORDER BY p.updated_at DESC, p.id DESC LIMIT :limit OFFSET :offset";
    }

    public List<ListRow> page(ListFilter f, int offset, int limit) {
        return jdbi.withHandle(h -> {
            List<ListRow> rows = bind(h.createQuery(pageSql(f)), f)
                    .bind("limit", limit)
                    .bind("offset", offset)
                    .map(ROW)
                    .list();
            if (rows.isEmpty()) {
                return rows;
            }
            // each row's group: the original (translation_of, or itself) and whatever names it
            Map<Long, Long> groupOf = new HashMap<>();
            h.createQuery("SELECT id, COALESCE(translation_of, id) AS grp FROM publications WHERE id IN (<ids>)")
                    .bindList("ids", rows.stream().map(ListRow::id).toList())
                    .map((rs, ctx) -> Map.entry(rs.getLong("id"), rs.getLong("grp")))
                    .forEach(e -> groupOf.put(e.getKey(), e.getValue()));
            Map<Long, Set<String>> languages = new HashMap<>();
            h.createQuery("SELECT COALESCE(translation_of, id) AS grp, lang FROM publications"
                            + " WHERE id IN (<groups>) OR translation_of IN (<groups>)")
                    .bindList("groups", List.copyOf(new HashSet<>(groupOf.values())))
                    .map((rs, ctx) -> Map.entry(rs.getLong("grp"), rs.getString("lang")))
                    .forEach(e -> languages.computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(e.getValue()));
            return rows.stream().map(r -> new ListRow(r.id(), r.title(), r.type(), r.language(), r.status(),
                    r.authorName(), r.updatedAt(), r.scheduledAt(), r.awaitingApproval(),
                    languages.getOrDefault(groupOf.get(r.id()), Set.of(r.language())))).toList();
        });
    }

    /**
     * The members of a language group, found by the key the caller read first: bound as a value, the
     * condition is answered from the primary key and the translation_of index (a join on it would
     * read every publication).
     */
    public static final String GROUP_MEMBERS_SQL = "SELECT id, title, lang, status, translation_of FROM publications"
            + " WHERE id = :group OR translation_of = :group ORDER BY id";

    /** The publications of {@code id}'s language group, its original first: {@code id} too, in any state. */
    public List<LanguageGroup.Member> group(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COALESCE(translation_of, id) FROM publications WHERE id = :id")
                .bind("id", id)
                .mapTo(Long.class)
                .findOne()
                .map(group -> h.createQuery(GROUP_MEMBERS_SQL)
                        .bind("group", group)
                        .map((rs, ctx) -> new LanguageGroup.Member(rs.getLong("id"), rs.getString("title"),
                                rs.getString("lang"), Status.fromCode(rs.getString("status")),
                                rs.getObject("translation_of") == null))
                        .list()
                        .stream()
                        .sorted(Comparator.comparing((LanguageGroup.Member m) -> !m.original()))
                        .toList())
                .orElseGet(List::of));
    }

    public long count(ListFilter f) {
        return jdbi.withHandle(h -> bind(h.createQuery("SELECT COUNT(*) FROM publications p" + where(f)), f)
                .mapTo(Long.class).one());
    }

    /** Everyone who may write, by name. */
    public List<StaffMember> staff() {
        return jdbi.withHandle(h -> h.createQuery("SELECT u.id, " + NAME + " AS name FROM users u ORDER BY name, u.id")
                .map((rs, ctx) -> new StaffMember(rs.getLong("id"), rs.getString("name")))
                .list());
    }

    public Map<Long, String> staffNames() {
        return staff().stream().collect(Collectors.toMap(StaffMember::id, StaffMember::name, (a, b) -> a));
    }

    /** {@code text} anywhere in a title: its own % _ and \ match themselves. */
    static String containing(String text) {
        String escaped = text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    private static <S extends SqlStatement<S>> S bind(S s, ListFilter f) {
        f.status().ifPresent(v -> s.bind("status", v.code()));
        f.type().ifPresent(v -> s.bind("type", v.code()));
        f.language().ifPresent(v -> s.bind("lang", v));
        f.authorId().ifPresent(v -> s.bind("author", v));
        if (!f.title().isEmpty()) {
            s.bind("title", containing(f.title()));
        }
        return s;
    }
}
