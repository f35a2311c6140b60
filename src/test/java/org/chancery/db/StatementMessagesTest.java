package org.chancery.db;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.chancery.support.TestDatabase;
import org.jdbi.v3.core.statement.StatementException;
import org.junit.jupiter.api.Test;

class StatementMessagesTest {

    @Test
    void a_failed_statement_names_its_sql_but_not_its_values() {
        try (TestDatabase db = TestDatabase.sqlite(); Database database = Database.open(db.resolved())) {
            assertThatThrownBy(() -> database.jdbi().useHandle(h -> h.createUpdate(
                            "INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, expires_at)"
                                    + " VALUES (:hash, :user, :csrf, 1, 2)")
                    .bind("hash", "digest-of-a-session").bind("user", 999).bind("csrf", "secret-csrf-token").execute()))
                    .isInstanceOf(StatementException.class)
                    .hasMessageContaining("INSERT INTO sessions")
                    .hasMessageNotContaining("secret-csrf-token")
                    .hasMessageNotContaining("digest-of-a-session");
        }
    }
}
