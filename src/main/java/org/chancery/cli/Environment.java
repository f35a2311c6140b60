package org.chancery.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What commands read besides their arguments: the environment variables and standard input, and
 * the terminal they may write to. Tests pass their own; {@link #system()} is the real one.
 *
 * @param stdinIsTerminal whether standard input is a person at a terminal rather than a pipe or file
 * @param terminal        the process's controlling terminal, where a person reads, if it has one; never
 *                        standard output, which a service manager (journald) or a container keeps as the log
 */
record Environment(Map<String, String> variables, BufferedReader stdin, boolean stdinIsTerminal,
        Supplier<Optional<PrintWriter>> terminal) {

    static Environment system() {
        return new Environment(System.getenv(),
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)),
                System.console() != null, Environment::controllingTerminal);
    }

    /**
     * {@code /dev/tty}, which opens only in a process started from a terminal (also in the background
     * of the {@code chancery} script, whose standard input is then not the terminal); else the console.
     */
    private static Optional<PrintWriter> controllingTerminal() {
        try {
            var tty = new OutputStreamWriter(new FileOutputStream("/dev/tty"), StandardCharsets.UTF_8);
            return Optional.of(new PrintWriter(tty, true));
        } catch (IOException e) {
            return Optional.ofNullable(System.console()).map(Console::writer);
        }
    }

    /** The first line of standard input; empty when it is a terminal, has no line or a blank one. */
    Optional<String> firstLine() {
        if (stdinIsTerminal) {
            return Optional.empty();
        }
        try {
            String line = stdin.readLine();
            return line == null || line.isBlank() ? Optional.empty() : Optional.of(line);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read standard input", e);
        }
    }
}
