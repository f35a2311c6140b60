package org.chancery.menu;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.chancery.account.Role;
import org.chancery.account.User;
import org.chancery.audit.AuditLog;
import org.chancery.change.ChangeEvents;
import org.chancery.change.ChangeLog;
import org.chancery.db.Database;
import org.chancery.support.TestDatabase;
import org.chancery.validation.FieldProblem;
import org.chancery.validation.InvalidInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MenuServiceTest {
    private static final User ADMIN = new User(1, "admin@embassy.example", "Admin", Role.ADMIN, false, Instant.EPOCH);
    private final TestDatabase db = TestDatabase.sqlite();
    private final Database database = Database.open(db.resolved());
    private final ChangeEvents events = new ChangeEvents();
    private final MenuService menus = new MenuService(database.jdbi(), new AuditLog(database.jdbi()), Set.of("en"),
            Clock.fixed(Instant.parse("2020-05-26T09:57:00Z"), ZoneOffset.UTC),
            new ChangeLog(database.jdbi(), database.dialect(), events));

    {
        events.subscribe(menus);
    }

    @AfterEach
    void close() {
        database.close();
        db.close();
    }

    private void addAdmin() {
        database.jdbi().useHandle(h -> h.execute("INSERT INTO users (email, name, role, created_at, updated_at)"
                + " VALUES ('admin@embassy.example', 'Admin', 'admin', 0, 0)"));
    }

    @Test
    void pages_read_the_menu_from_memory_until_it_is_replaced() {
        addAdmin();
        menus.replace(ADMIN, "en", List.of(new MenuItem("Home", "/en/")));
        assertThat(menus.items("en")).containsExactly(new MenuItem("Home", "/en/"));

        database.jdbi().useHandle(h -> h.execute("DELETE FROM menu_items"));
        assertThat(menus.items("en")).as("kept in memory").containsExactly(new MenuItem("Home", "/en/"));

        menus.replace(ADMIN, "en", List.of(new MenuItem("Visas", "/en/visas")));
        assertThat(menus.items("en")).containsExactly(new MenuItem("Visas", "/en/visas"));
    }

    @Test
    void empty_rows_are_left_out_and_the_rest_stripped() {
        addAdmin();

        List<MenuItem> saved = menus.replace(ADMIN, "en", List.of(MenuItem.blank(),
                new MenuItem("  Visas ", " /en/visas "), new MenuItem(" ", "")));

        assertThat(saved).containsExactly(new MenuItem("Visas", "/en/visas"));
        assertThat(menus.stored("en")).isEqualTo(saved);
    }

    @Test
    void problems_name_the_row_as_typed() {
        assertThatThrownBy(() -> menus.replace(ADMIN, "en", List.of(MenuItem.blank(),
                new MenuItem("Mail", "mailto:press@embassy.example"))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("items[1].url"));
        assertThat(menus.stored("en")).isEmpty();
    }
}
