package org.chancery.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.chancery.account.AccountService;
import org.chancery.account.Accounts;
import org.chancery.account.Role;
import org.chancery.account.Secrets;
import org.chancery.account.User;
import org.chancery.db.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code chancery user add|list|disable}: the people who may sign in. Works while the server runs;
 * additions and disablings are in the audit log, by {@code cli}.
 */
@Command(name = "user", mixinStandardHelpOptions = true,
        description = "Add, list and disable the people of the press office.")
final class UserCommand {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Command(name = "add", mixinStandardHelpOptions = true, description = {
        "Add a user. The password is the first line of standard input;",
        "when standard input is a terminal or empty, a strong one is generated and printed once."})
    int add(@Parameters(paramLabel = "EMAIL", description = "The user's e-mail address, used to sign in.") String email,
            @Option(names = "--role", required = true, paramLabel = "ROLE",
                    description = "One of: ${COMPLETION-CANDIDATES} (lower case works too).") Role role,
            @Option(names = "--name", paramLabel = "NAME", description = "The name shown to colleagues.") String name,
            @Mixin SiteDatabase site) {
        Optional<String> given = main.environment().firstLine();
        String password = given.orElseGet(() -> new Secrets().newPassword());
        AccountService.checkNewUser(email, name, password);
        try (Database db = site.open(main.environment().variables())) {
            User user = audit(db).record("user.add", () -> accounts(db).users().add(email, name, role, password),
                    UserCommand::subject, u -> u.role().code());
            out().printf("Added %s %s%n", user.role().code(), user.email());
            if (given.isEmpty()) {
                out().printf("Password (shown only this once): %s%n", password);
            }
        }
        return 0;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the users.")
    int list(@Mixin SiteDatabase site) {
        try (Database db = site.open(main.environment().variables())) {
            List<User> users = accounts(db).users().list();
            Table table = new Table("EMAIL", "NAME", "ROLE", "DISABLED");
            users.forEach(u -> table.row(u.email(), u.name(), u.role().code(), u.disabled() ? "yes" : "no"));
            table.print(out());
        }
        return 0;
    }

    @Command(name = "disable", mixinStandardHelpOptions = true,
            description = "Disable a user: their sessions end at once and their API tokens stop working.")
    int disable(@Parameters(paramLabel = "EMAIL") String email, @Mixin SiteDatabase site) {
        try (Database db = site.open(main.environment().variables())) {
            User user = audit(db).record("user.disable", () -> accounts(db).users().disable(email),
                    UserCommand::subject, u -> "");
            out().printf("Disabled %s: their sessions have ended and their API tokens no longer work%n", user.email());
        }
        return 0;
    }

    private static Accounts accounts(Database db) {
        return Accounts.on(db.jdbi(), Clock.systemUTC());
    }

    private static CommandAudit audit(Database db) {
        return new CommandAudit(db, Clock.systemUTC());
    }

    static String subject(User user) {
        return "user:" + user.id();
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
