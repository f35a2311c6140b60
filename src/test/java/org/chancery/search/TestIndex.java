package org.chancery.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.chancery.content.BodyRenderer;
import org.chancery.publication.PublicationType;
import org.chancery.support.TestDatabase;

/** A small index in a temporary directory, filled by the test, searched as the site searches. */
final class TestIndex implements AutoCloseable {
    static final Instant NOW = Instant.parse("2020-05-26T09:57:00Z");
    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    private final Path dir;
    private final SearchIndex index;
    private final IndexDocuments documents = new IndexDocuments(new BodyRenderer(), () -> MOSCOW);
    private final SearchService search;
    private final String lang;

    private TestIndex(String lang) {
        this.lang = lang;
        try {
            this.dir = Files.createTempDirectory("chancery-index");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.index = SearchIndex.open(dir, List.of(lang));
        this.search = new SearchService(index, Clock.fixed(NOW, ZoneOffset.UTC), () -> MOSCOW);
    }

    static TestIndex english() {
        return new TestIndex("en");
    }

    static TestIndex russian() {
        return new TestIndex("ru");
    }

    TestIndex add(Indexable... items) {
        try {
            LanguageIndex language = index.language(lang);
            for (Indexable item : items) {
                language.update(item.id(), documents.document(item));
            }
            language.refresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Marks the index as being rebuilt, as the indexer does during a rebuild. */
    void rebuilding(boolean underway) {
        index.rebuilding(lang, underway);
    }

    SearchResults search(String text) {
        return search.search(SearchQuery.of(lang, text));
    }

    SearchResults search(SearchQuery query) {
        return search.search(query);
    }

    SearchQuery query(String text) {
        return SearchQuery.of(lang, text);
    }

    /** A published statement with this title and body, published on {@code published}. */
    static Indexable item(long id, String title, String body, Instant published) {
        return item(id, PublicationType.STATEMENT, title, "", body, published);
    }

    static Indexable item(long id, PublicationType type, String title, String lead, String body, Instant published) {
        return new Indexable(id, "item-" + id, type, "en", title, lead, body, null, null, published, published,
                List.of(), List.of());
    }

    /** A transcript: the body's paragraphs start with "Speaker:" for each of {@code speakers}. */
    static Indexable transcript(long id, String title, String body, Instant published, String... speakers) {
        return new Indexable(id, "item-" + id, PublicationType.INTERVIEW, "en", title, "", body, null, null,
                published, published, Arrays.asList(speakers), List.of());
    }

    static List<Long> ids(SearchResults results) {
        return results.hits().stream().map(SearchHit::id).toList();
    }

    @Override
    public void close() {
        index.close();
        TestDatabase.deleteTree(dir);
    }
}
