package org.chancery.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.chancery.search.IndexableReads.Fingerprint;

/**
 * The index of one language in its own directory, with that language's analyzer: one writer,
 * and searchers that see the writer's changes as soon as they are refreshed (near-real-time),
 * before they are committed. Nothing is committed but by {@link #commit()}, so a rebuild cut
 * short leaves the last complete index on disk.
 */
final class LanguageIndex implements AutoCloseable {
    /** Work with a searcher, which may read the index. */
    @FunctionalInterface
    interface Work<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private final String lang;
    private final Analyzer analyzer;
    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    private LanguageIndex(String lang, Analyzer analyzer, FSDirectory directory, IndexWriter writer,
            SearcherManager searchers) {
        this.lang = lang;
        this.analyzer = analyzer;
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
    }

    /** Opens (or creates) the index in {@code dir}; fails on an index that cannot be read or is locked by another process. */
    static LanguageIndex open(Path dir, String lang) throws IOException {
        Analyzer analyzer = Analyzers.forLanguage(lang);
        FSDirectory directory = FSDirectory.open(dir);
        IndexWriter writer = null;
        try {
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setCommitOnClose(false)
                    .setRAMBufferSizeMB(64));
            return new LanguageIndex(lang, analyzer, directory, writer, new SearcherManager(writer, null));
        } catch (IOException | RuntimeException e) {
            if (writer != null) {
                writer.rollback();
            }
            directory.close();
            throw e;
        }
    }

    String lang() {
        return lang;
    }

    Analyzer analyzer() {
        return analyzer;
    }

    void add(Document doc) {
        try {
            writer.addDocument(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void update(long id, Document doc) throws IOException {
        writer.updateDocument(idTerm(id), doc);
    }

    void delete(long id) throws IOException {
        writer.deleteDocuments(idTerm(id));
    }

    void deleteAll() throws IOException {
        writer.deleteAll();
    }

    /** Makes the changes so far visible to searches. */
    void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    /** Makes the changes so far durable. */
    void commit() throws IOException {
        writer.commit();
    }

    <T> T search(Work<T> work) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many publications the searchers see, and the last time one of them changed. */
    Fingerprint fingerprint() {
        return search(searcher -> {
            long last = Long.MIN_VALUE;
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                last = Math.max(last, lastUpdate(leaf));
            }
            return new Fingerprint(searcher.getIndexReader().numDocs(),
                    last == Long.MIN_VALUE ? null : Instant.ofEpochMilli(last));
        });
    }

    private static long lastUpdate(LeafReaderContext leaf) throws IOException {
        NumericDocValues updated = leaf.reader().getNumericDocValues(IndexFields.UPDATED);
        Bits live = leaf.reader().getLiveDocs();
        long last = Long.MIN_VALUE;
        if (updated == null) {
            return last;
        }
        for (int doc = updated.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = updated.nextDoc()) {
            if (live == null || live.get(doc)) {
                last = Math.max(last, updated.longValue());
            }
        }
        return last;
    }

    /** The keys of every speaker with a field of their own in the searcher's index. */
    static Set<String> speakerKeys(IndexSearcher searcher) {
        Set<String> keys = new TreeSet<>();
        for (FieldInfo field : FieldInfos.getMergedFieldInfos(searcher.getIndexReader())) {
            String key = IndexFields.speakerKeyOf(field.name);
            if (key != null) {
                keys.add(key);
            }
        }
        return keys;
    }

    private static Term idTerm(long id) {
        return new Term(IndexFields.ID, String.valueOf(id));
    }

    /** Closes without committing: what was not committed is left out, as if never written. */
    @Override
    public void close() throws IOException {
        try {
            searchers.close();
            writer.rollback();
        } finally {
            directory.close();
        }
    }
}
