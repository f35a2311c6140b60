package org.chancery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.account.Accounts;
import org.chancery.account.Role;
import org.chancery.db.Database;
import org.chancery.support.TestDatabase;
import org.chancery.support.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The first administrator's setup link reaches only the terminal the server was started from:
 * never standard output, which a service manager keeps as the log, nor the logger.
 */
class SetupLinkTest {
    private static final Pattern LINK = Pattern.compile("/admin/setup/(\\S+)");
    private final TestDatabase db = TestDatabase.sqlite();
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final StringWriter out = new StringWriter();
    private Database database;
    private Accounts accounts;

    @BeforeEach
    void open() {
        logs.start();
        root.addAppender(logs);
        database = Database.open(db.resolved());
        accounts = Accounts.on(database.jdbi(), Clock.systemUTC(), TestSite.CHEAP_PASSWORDS);
    }

    @AfterEach
    void close() {
        root.detachAppender(logs);
        database.close();
        db.close();
    }

    @Test
    void on_a_terminal_the_link_is_shown_there_and_works() {
        StringWriter terminal = new StringWriter();

        SetupLink.offer(accounts.setup(), 8080, new PrintWriter(out, true),
                () -> Optional.of(new PrintWriter(terminal, true)));

        Matcher link = LINK.matcher(terminal.toString());
        assertThat(link.find()).as(terminal.toString()).isTrue();
        String token = link.group(1);
        assertThat(accounts.setup().usable(token)).isTrue();
        assertThat(out.toString()).doesNotContain(token).doesNotContain("/admin/setup/");
        assertThat(logs.list).extracting(ILoggingEvent::getFormattedMessage).noneMatch(m -> m.contains(token));
    }

    @Test
    void without_a_terminal_no_link_is_made_and_the_log_says_how_to_add_an_administrator() {
        SetupLink.offer(accounts.setup(), 8080, new PrintWriter(out, true), Optional::empty);

        assertThat(out.toString()).contains("No administrator yet", "chancery user add EMAIL --role admin")
                .doesNotContain("/admin/setup/");
        assertThat(logs.list).extracting(ILoggingEvent::getFormattedMessage).noneMatch(m -> m.contains("/admin/setup/"));
        int links = database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM setup_tokens")
                .mapTo(Integer.class).one());
        assertThat(links).isZero();
    }

    @Test
    void with_an_administrator_nothing_is_said() {
        accounts.users().add("it@embassy.example", "IT", Role.ADMIN, TestSite.PASSWORD);
        StringWriter terminal = new StringWriter();

        SetupLink.offer(accounts.setup(), 8080, new PrintWriter(out, true),
                () -> Optional.of(new PrintWriter(terminal, true)));
        SetupLink.offer(accounts.setup(), 8080, new PrintWriter(out, true), Optional::empty);

        assertThat(terminal.toString()).isEmpty();
        assertThat(out.toString()).isEmpty();
    }
}
