package org.chancery.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.chancery.account.AccountService;
import org.chancery.account.Accounts;
import org.chancery.account.TokenService;
import org.chancery.db.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code chancery token create|list|revoke}: API tokens, which act with their user's role. Creating
 * and revoking are in the audit log, by {@code cli}.
 */
@Command(name = "token", mixinStandardHelpOptions = true,
        description = "Create, list and revoke API tokens.")
final class TokenCommand {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Command(name = "create", mixinStandardHelpOptions = true, description = {
        "Create an API token for a user and print it. It is stored only as a digest:",
        "this is the only time it is shown."})
    int create(@Parameters(paramLabel = "EMAIL", description = "The user the token acts as.") String email,
            @Option(names = "--name", paramLabel = "LABEL", description = "What the token is for.") String name,
            @Mixin SiteDatabase site) {
        try (Database db = site.open(main.environment().variables())) {
            TokenService tokens = tokens(db);
            String label = name == null || name.isBlank() ? "" : ", named " + name.strip();
            String detail = "for " + AccountService.normalizeEmail(email) + label;
            String token = audit(db).record("token.create", () -> tokens.create(email, name),
                    created -> subject(tokens.idOf(created).orElseThrow()), created -> detail);
            out().println(token);
            spec.commandLine().getErr().println("Store this token now: it is not shown again.");
        }
        return 0;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the API tokens (never the secrets).")
    int list(@Mixin SiteDatabase site) {
        try (Database db = site.open(main.environment().variables())) {
            Table table = new Table("ID", "USER", "NAME", "CREATED (UTC)", "LAST USED (UTC)", "STATUS");
            tokens(db).list().forEach(t -> table.row(String.valueOf(t.id()), t.email(), t.name(), time(t.createdAt()),
                    time(t.lastUsedAt()), t.active() ? "active" : "revoked " + time(t.revokedAt())));
            table.print(out());
        }
        return 0;
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke an API token by its ID.")
    int revoke(@Parameters(paramLabel = "ID", description = "The token's ID, as in 'token list'.") long id,
            @Mixin SiteDatabase site) {
        try (Database db = site.open(main.environment().variables())) {
            TokenService tokens = tokens(db);
            audit(db).record("token.revoke", () -> revokeAndOwner(tokens, id), email -> subject(id), email -> "of " + email);
            out().printf("Revoked API token %d%n", id);
        }
        return 0;
    }

    /** Revokes the token and returns its user's e-mail address. */
    private static String revokeAndOwner(TokenService tokens, long id) {
        tokens.revoke(id);
        return tokens.list().stream().filter(t -> t.id() == id).findFirst().map(TokenService.TokenInfo::email)
                .orElse("");
    }

    private static CommandAudit audit(Database db) {
        return new CommandAudit(db, Clock.systemUTC());
    }

    private static String subject(long tokenId) {
        return "token:" + tokenId;
    }

    private static TokenService tokens(Database db) {
        return Accounts.on(db.jdbi(), Clock.systemUTC()).tokens();
    }

    private static String time(Instant instant) {
        return instant == null ? "-" : TIME.format(instant);
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
