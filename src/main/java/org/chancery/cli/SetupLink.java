package org.chancery.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.function.Supplier;
import org.chancery.account.SetupService;

/**
 * The one-time link that creates the first administrator, shown by {@code serve} while there is
 * none. Whoever holds it becomes administrator, so it goes only to the terminal the server was
 * started from: never to standard output, which journald or a container runtime keeps as the
 * server's log for anyone who may read logs. A server without a terminal (a systemd service)
 * makes no link and says how to add an administrator on the command line instead.
 */
final class SetupLink {
    private SetupLink() {
    }

    static void offer(SetupService setup, int port, PrintWriter out, Supplier<Optional<PrintWriter>> terminal) {
        Optional<PrintWriter> tty = terminal.get();
        if (tty.isEmpty()) {
            if (setup.needed()) {
                out.println("No administrator yet: add one with 'chancery user add EMAIL --role admin'"
                        + " (the one-time setup link is shown only on a terminal, never in the log)");
            }
            return;
        }
        setup.offerIfNoAdmin().ifPresent(token -> tty.get().printf(
                "No administrator yet: create one at http://localhost:%d/admin/setup/%s (valid for one hour)%n",
                port, token));
    }
}
