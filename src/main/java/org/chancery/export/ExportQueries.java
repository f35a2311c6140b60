package org.chancery.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chancery.content.Paths;
import org.jdbi.v3.core.Jdbi;

/**
 * What an export needs to know beside the pages themselves: every publication readers can open
 * at its address (published, and withdrawn with its notice) with its last change, and which
 * publications the change log says changed since the previous export, with the parts of their
 * series and their translations, whose pages link to them.
 */
final class ExportQueries {
    private static final Set<String> SITE_WIDE = Set.of("MENU", "SETTINGS");

    /** A publication's page and when the publication last changed. */
    record Visible(long id, String path, long updatedAt) {
    }

    /** Changes since a position of the change log. */
    record Changes(long last, boolean siteWide, Set<Long> publications) {
    }

    private final Jdbi jdbi;

    ExportQueries(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    List<Visible> visible() {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, lang, slug, updated_at FROM publications"
                        + " WHERE status IN ('published', 'withdrawn') AND published_at IS NOT NULL ORDER BY id")
                .map((rs, ctx) -> new Visible(rs.getLong("id"),
                        Paths.publication(rs.getString("lang"), rs.getLong("id"), rs.getString("slug")),
                        rs.getLong("updated_at")))
                .list());
    }

    long lastChange() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COALESCE(MAX(id), 0) FROM change_log")
                .mapTo(Long.class).one());
    }

    /**
     * What changed after {@code position}: a menu or setting change touches every page; a
     * publication's change touches its own page, its series' and its translations'.
     */
    Changes since(long position) {
        return jdbi.withHandle(h -> {
            long last = position;
            boolean siteWide = false;
            Set<Long> touched = new HashSet<>();
            var rows = h.createQuery("SELECT id, kind, publication_id FROM change_log WHERE id > :p ORDER BY id")
                    .bind("p", position)
                    .map((rs, ctx) -> new Object[] {rs.getLong("id"), rs.getString("kind"), rs.getLong("publication_id")})
                    .list();
            for (Object[] row : rows) {
                last = Math.max(last, (Long) row[0]);
                String kind = (String) row[1];
                siteWide |= SITE_WIDE.contains(kind);
                if (!kind.equals("PAGE") && !SITE_WIDE.contains(kind)) {
                    touched.add((Long) row[2]);
                }
            }
            return new Changes(last, siteWide, relatives(h, touched));
        });
    }

    private static Set<Long> relatives(org.jdbi.v3.core.Handle h, Set<Long> ids) {
        Set<Long> all = new HashSet<>(ids);
        List<Long> list = new ArrayList<>(ids);
        for (int from = 0; from < list.size(); from += 500) {
            List<Long> batch = list.subList(from, Math.min(list.size(), from + 500));
            all.addAll(h.createQuery("SELECT p.id FROM publications p JOIN publications c"
                            + " ON (p.series_key = c.series_key)"
                            + " OR COALESCE(p.translation_of, p.id) = COALESCE(c.translation_of, c.id)"
                            + " WHERE c.id IN (<ids>)")
                    .bindList("ids", batch)
                    .mapTo(Long.class)
                    .list());
        }
        return all;
    }

    /** The publications' pages by path, for looking up what a crawled address is. */
    static Map<String, Visible> byPath(List<Visible> visible) {
        Map<String, Visible> map = new HashMap<>(visible.size() * 2);
        visible.forEach(v -> map.put(v.path(), v));
        return map;
    }
}
