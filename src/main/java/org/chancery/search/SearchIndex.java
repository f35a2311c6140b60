package org.chancery.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The search index in the data directory: one {@link LanguageIndex} per language of the site,
 * in {@code index/<lang>}. An index that cannot be read (damaged, or written by an incompatible
 * version) is emptied and started afresh, for the {@link Indexer} to rebuild from the database;
 * one locked by another process (a running server, or {@code chancery reindex}) is refused.
 */
public final class SearchIndex implements AutoCloseable {
    /** The index directory is locked by another process: a running server, or {@code chancery reindex}. */
    public static final class InUseException extends IllegalStateException {
        InUseException(Path dir, Throwable cause) {
            super("the search index " + dir + " is in use by another process (a running server, or chancery reindex)",
                    cause);
        }
    }

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

    private final Map<String, LanguageIndex> languages;
    private final Set<String> rebuilding = ConcurrentHashMap.newKeySet();

    private SearchIndex(Map<String, LanguageIndex> languages) {
        this.languages = languages;
    }

    public static SearchIndex open(Path root, List<String> langs) {
        Map<String, LanguageIndex> opened = new LinkedHashMap<>();
        try {
            for (String lang : langs) {
                opened.put(lang, openOrRecreate(root.resolve(lang), lang));
            }
        } catch (RuntimeException e) {
            opened.values().forEach(SearchIndex::closeQuietly);
            throw e;
        }
        return new SearchIndex(opened);
    }

    private static LanguageIndex openOrRecreate(Path dir, String lang) {
        try {
            Files.createDirectories(dir);
            return LanguageIndex.open(dir, lang);
        } catch (LockObtainFailedException e) {
            throw new InUseException(dir, e);
        } catch (IOException | RuntimeException e) {
            log.warn("The search index {} cannot be read ({}); it starts afresh and is rebuilt", dir, e.toString());
        }
        try {
            clear(dir);
            return LanguageIndex.open(dir, lang);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the search index " + dir, e);
        }
    }

    private static void clear(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(file);
            }
        }
    }

    public List<String> languages() {
        return List.copyOf(languages.keySet());
    }

    LanguageIndex language(String lang) {
        LanguageIndex index = languages.get(lang);
        if (index == null) {
            throw new IllegalArgumentException("no search index for language " + lang);
        }
        return index;
    }

    /** Whether the language's index is being rebuilt, so searches may miss publications meanwhile. */
    public boolean rebuilding(String lang) {
        return rebuilding.contains(lang);
    }

    void rebuilding(String lang, boolean underway) {
        if (underway) {
            rebuilding.add(lang);
        } else {
            rebuilding.remove(lang);
        }
    }

    private static void closeQuietly(LanguageIndex index) {
        try {
            index.close();
        } catch (IOException | RuntimeException e) {
            log.warn("closing the search index of {} failed", index.lang(), e);
        }
    }

    @Override
    public void close() {
        languages.values().forEach(SearchIndex::closeQuietly);
    }
}
