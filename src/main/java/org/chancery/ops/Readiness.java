package org.chancery.ops;

import java.util.ArrayList;
import java.util.List;
import org.chancery.background.Background;
import org.chancery.db.Database;
import org.chancery.search.SearchIndex;

/**
 * Whether this node should get traffic: its database answers and is migrated, its index is built,
 * and each of its background tasks runs and finishes its rounds; and whether it lives at all: a
 * node that lost a background task for good (its thread died and no new one could be made) serves
 * pages but no longer publishes on schedule or follows other nodes, so it should be restarted.
 */
public final class Readiness {
    private final Database database;
    private final SearchIndex index;
    private final List<Background> tasks;

    public Readiness(Database database, SearchIndex index, List<? extends Background> tasks) {
        this.database = database;
        this.index = index;
        this.tasks = List.copyOf(tasks);
    }

    /**
     * What keeps this node from doing its job until its process is restarted, one line each: a
     * background task whose thread died and could not be started again. Empty while the node lives.
     */
    public List<String> fatal() {
        List<String> fatal = new ArrayList<>();
        for (Background task : tasks) {
            task.health().fatal().ifPresent(fatal::add);
        }
        return fatal;
    }

    /** What is not ready, one line each; empty when the node is ready. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        try {
            database.jdbi().withHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one());
            int pending = database.pendingMigrations();
            if (pending > 0) {
                problems.add("database: " + pending + " migrations not applied");
            }
        } catch (RuntimeException e) {
            problems.add("database: not reachable");
        }
        for (String lang : index.languages()) {
            if (index.rebuilding(lang)) {
                problems.add("search index: '" + lang + "' is being rebuilt");
            }
        }
        for (Background task : tasks) {
            task.health().problem().ifPresent(problems::add);
        }
        return problems;
    }
}
