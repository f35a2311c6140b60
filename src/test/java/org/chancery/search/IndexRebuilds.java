package org.chancery.search;

/** For tests of what depends on a rebuild being under way (readiness), without timing one. */
public final class IndexRebuilds {
    private IndexRebuilds() {
    }

    /** Marks the language's index as being rebuilt, or no longer, as the indexer does. */
    public static void mark(SearchIndex index, String lang, boolean underway) {
        index.rebuilding(lang, underway);
    }
}
