package org.chancery.publication;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.chancery.content.Paths;
import org.jdbi.v3.core.Jdbi;

/**
 * The queries behind readers' pages, newest first, index-backed. Lists hold published items
 * only. Withdrawn items keep their own page, with the notice, but leave the lists: as on
 * GOV.UK, a withdrawn document stays at its address for those who follow a link or a citation
 * to it, while the home page and the archive show only what is current.
 */
public final class PublicationReads {
    private static final String PUBLISHED = "status = 'published' AND published_at IS NOT NULL";
    private static final String AT_ADDRESS = "status IN ('published', 'withdrawn', 'unpublished')"
            + " AND published_at IS NOT NULL";

    static final String FEATURED_SQL = "SELECT * FROM publications WHERE lang = :lang AND " + PUBLISHED
            + " AND featured = TRUE ORDER BY published_at DESC, id DESC LIMIT 1";
    static final String LATEST_SQL = "SELECT " + PublicationRows.SUMMARY_COLUMNS
            + " FROM publications WHERE lang = :lang AND " + PUBLISHED
            + " AND id <> :exceptId ORDER BY published_at DESC, id DESC LIMIT :limit";
    /** Both neighbours of a part in one statement, so a page costs the same whichever part it shows. */
    static final String SERIES_NEIGHBOURS_SQL = "SELECT series_part, " + PublicationRows.SUMMARY_COLUMNS
            + " FROM publications WHERE series_key = :key AND series_part IN (:before, :after)"
            + " AND lang = :lang AND " + PUBLISHED
            // ordered by part first: ordered by date alone, SQLite would rather walk the date index of the whole
            // language than look up the few series members (tens of milliseconds a page at 20,000 publications)
            + " ORDER BY series_part, published_at DESC, id DESC";

    /** A translation group's members, by its key bound as a value: the primary key and the translation_of index. */
    static final String TRANSLATION_GROUP_SQL = "SELECT id, lang, slug, status, published_at FROM publications"
            + " WHERE id = :group OR translation_of = :group";

    /** A publication found at its address, with what its page or its absence needs. */
    public record Found(Publication publication, Instant withdrawnAt, String withdrawalReason, String replacementUrl) {
    }

    /** A note with the instant it was made. */
    public record Noted(Instant at, String text) {
    }

    private final Jdbi jdbi;

    public PublicationReads(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The newest published item marked featured in {@code lang}. */
    public Optional<Publication> featured(String lang) {
        return jdbi.withHandle(h -> h.createQuery(FEATURED_SQL)
                .bind("lang", lang)
                .map(PublicationRows.FULL)
                .findOne());
    }

    /** The newest {@code limit} published items in {@code lang}, leaving out {@code exceptId}. */
    public List<PublicationSummary> latest(String lang, int limit, long exceptId) {
        return jdbi.withHandle(h -> h.createQuery(LATEST_SQL)
                .bind("lang", lang)
                .bind("exceptId", exceptId)
                .bind("limit", limit)
                .map(PublicationRows.SUMMARY)
                .list());
    }

    /**
     * The published translations of a publication, by language, as paths: the other members of its group
     * (the original, which names none, and every publication naming the original).
     */
    public Map<String, String> translations(long id) {
        // The group's members by the primary key and the translation_of index alone, filtered here:
        // a join on "a OR b", or a status condition beside it, lets the planner choose an index
        // that reads every published row (tens of milliseconds a page at 10,000 publications).
        record Member(long id, String lang, String slug, boolean visible) {
        }
        return jdbi.withHandle(h -> h.createQuery("""
                SELECT COALESCE(translation_of, id) AS grp, lang FROM publications WHERE id = :id
                """)
                .bind("id", id)
                .map((rs, ctx) -> Map.entry(rs.getLong("grp"), rs.getString("lang")))
                .findOne()
                .map(group -> h.createQuery(TRANSLATION_GROUP_SQL)
                        .bind("group", group.getKey())
                        .map((rs, ctx) -> new Member(rs.getLong("id"), rs.getString("lang"), rs.getString("slug"),
                                rs.getString("status").equals("published") && rs.getObject("published_at") != null))
                        .list().stream()
                        .filter(m -> m.visible() && m.id() != id && !m.lang().equals(group.getValue()))
                        .sorted(java.util.Comparator.comparingLong(Member::id))
                        .collect(Collectors.toMap(Member::lang, m -> Paths.publication(m.lang(), m.id(), m.slug()),
                                (first, later) -> first, TreeMap::new)))
                .orElseGet(TreeMap::new));
    }

    /**
     * The publications whose pages show this one beside themselves, whatever their state: the other
     * members of its translation group (each page's language switcher) and the parts before and
     * after it in its series (each links it by title). For the page cache, when this one changes.
     */
    public Set<Long> related(long id) {
        return jdbi.withHandle(h -> h.createQuery("""
                SELECT o.id FROM publications p
                JOIN publications o ON o.id <> p.id AND (
                    o.id = COALESCE(p.translation_of, p.id)
                    OR o.translation_of = COALESCE(p.translation_of, p.id)
                    OR (o.series_key = p.series_key AND o.lang = p.lang
                        AND o.series_part IN (p.series_part - 1, p.series_part + 1)))
                WHERE p.id = :id
                """)
                .bind("id", id)
                .mapTo(Long.class)
                .collect(Collectors.toSet()));
    }

    /** A publication that has been published, and may since have been withdrawn or unpublished. */
    public Optional<Found> atAddress(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM publications WHERE id = :id AND " + AT_ADDRESS)
                .bind("id", id)
                .map((rs, ctx) -> new Found(PublicationRows.FULL.map(rs, ctx),
                        PublicationRows.instant(rs, "withdrawn_at"), rs.getString("withdrawal_reason"),
                        rs.getString("replacement_url")))
                .findOne());
    }

    /** The public change notes of a publication, newest first. */
    public List<Noted> changeNotes(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT noted_at, note FROM change_notes WHERE publication_id = :id"
                        + " ORDER BY noted_at DESC, id DESC")
                .bind("id", id)
                .map((rs, ctx) -> new Noted(Instant.ofEpochMilli(rs.getLong("noted_at")), rs.getString("note")))
                .list());
    }

    /**
     * The published parts just before and just after {@code part} of a series in {@code lang}, by
     * part number; the newest where two share a number.
     */
    public Map<Integer, PublicationSummary> seriesNeighbours(String lang, String seriesKey, int part) {
        return jdbi.withHandle(h -> h.createQuery(SERIES_NEIGHBOURS_SQL)
                .bind("key", seriesKey)
                .bind("before", part - 1)
                .bind("after", part + 1)
                .bind("lang", lang)
                .map((rs, ctx) -> Map.entry(rs.getInt("series_part"), PublicationRows.SUMMARY.map(rs, ctx)))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (newest, older) -> newest)));
    }
}
