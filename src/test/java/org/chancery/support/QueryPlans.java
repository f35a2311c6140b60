package org.chancery.support;

import java.util.function.UnaryOperator;
import org.chancery.db.Database;
import org.chancery.db.Dialect;
import org.jdbi.v3.core.statement.Query;

/**
 * The plan a database chooses for a query, one line per step. On PostgreSQL the plan is asked
 * for with sequential scans discouraged: whether the planner prefers one for a query that reads
 * most of a small table depends on how much of it VACUUM could mark all-visible, which other
 * transactions running at that moment decide. The question the plan tests ask is whether an
 * index can answer the query, and that answer does not change.
 */
public final class QueryPlans {
    private QueryPlans() {
    }

    public static String explain(Database db, String sql, UnaryOperator<Query> bind) {
        boolean sqlite = db.dialect() == Dialect.SQLITE;
        return db.jdbi().inTransaction(h -> {
            if (!sqlite) {
                h.execute("SET LOCAL enable_seqscan = off");
            }
            Query query = bind.apply(h.createQuery((sqlite ? "EXPLAIN QUERY PLAN " : "EXPLAIN ") + sql));
            return String.join("\n", query.map((rs, ctx) -> rs.getString(sqlite ? 4 : 1)).list());
        });
    }
}
