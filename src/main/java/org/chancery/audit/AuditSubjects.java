package org.chancery.audit;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.chancery.content.Paths;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Names the subjects of a page of audit entries ({@code publication:42}, {@code page:3},
 * {@code user:7}) and finds where to look at them: a publication readers can see at its address,
 * a static page in its editor. One query per kind for the whole page.
 */
public final class AuditSubjects {
    private static final Set<String> PUBLIC = Set.of("published", "withdrawn");

    private final Jdbi jdbi;

    public AuditSubjects(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The subjects of {@code rows}, by the subject text as logged. */
    public Map<String, AuditSubject> of(List<AuditRow> rows) {
        Map<String, List<Long>> ids = rows.stream().map(AuditRow::subject).distinct()
                .filter(s -> s.matches("[a-z]+:[0-9]{1,18}"))
                .collect(Collectors.groupingBy(s -> s.substring(0, s.indexOf(':')),
                        Collectors.mapping(s -> Long.parseLong(s.substring(s.indexOf(':') + 1)), Collectors.toList())));
        Map<String, AuditSubject> known = jdbi.withHandle(h -> {
            Map<String, AuditSubject> found = new HashMap<>();
            publications(h, ids.getOrDefault("publication", List.of()), found);
            pages(h, ids.getOrDefault("page", List.of()), found);
            users(h, ids.getOrDefault("user", List.of()), found);
            return found;
        });
        Map<String, AuditSubject> subjects = new HashMap<>();
        rows.forEach(r -> subjects.computeIfAbsent(r.subject(), s -> known.getOrDefault(s, plain(s))));
        return subjects;
    }

    private static void publications(Handle h, Collection<Long> ids, Map<String, AuditSubject> found) {
        if (ids.isEmpty()) {
            return;
        }
        h.createQuery("SELECT id, lang, slug, title, status FROM publications WHERE id IN (<ids>)").bindList("ids", ids)
                .map((rs, ctx) -> {
                    long id = rs.getLong("id");
                    String href = PUBLIC.contains(rs.getString("status"))
                            ? Paths.publication(rs.getString("lang"), id, rs.getString("slug")) : null;
                    return new AuditSubject("publication", String.valueOf(id), rs.getString("title"), href);
                })
                .forEach(s -> found.put("publication:" + s.key(), s));
    }

    private static void pages(Handle h, Collection<Long> ids, Map<String, AuditSubject> found) {
        if (ids.isEmpty()) {
            return;
        }
        h.createQuery("SELECT id, title FROM pages WHERE id IN (<ids>)").bindList("ids", ids)
                .map((rs, ctx) -> new AuditSubject("page", String.valueOf(rs.getLong("id")), rs.getString("title"),
                        "/admin/pages/" + rs.getLong("id")))
                .forEach(s -> found.put("page:" + s.key(), s));
    }

    private static void users(Handle h, Collection<Long> ids, Map<String, AuditSubject> found) {
        if (ids.isEmpty()) {
            return;
        }
        h.createQuery("SELECT id, email FROM users WHERE id IN (<ids>)").bindList("ids", ids)
                .map((rs, ctx) -> new AuditSubject("user", String.valueOf(rs.getLong("id")), rs.getString("email"),
                        "/admin/users"))
                .forEach(s -> found.put("user:" + s.key(), s));
    }

    /** A subject with no row to look up, or whose row is gone: named by its kind and key only. */
    private static AuditSubject plain(String subject) {
        int colon = subject.indexOf(':');
        String kind = colon < 0 ? subject : subject.substring(0, colon);
        String key = colon < 0 ? "" : subject.substring(colon + 1);
        String href = switch (kind) {
            case "menu" -> "/admin/menu?lang=" + URLEncoder.encode(key, StandardCharsets.UTF_8);
            case "settings" -> key.equals("masthead") ? "/admin/masthead" : null;
            default -> null;
        };
        return new AuditSubject(kind, key, null, href);
    }
}
