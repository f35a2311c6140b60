package org.chancery.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * What commands read besides their arguments: the environment variables and standard input.
 * Tests pass their own; {@link #system()} is the real one.
 *
 * @param stdinIsTerminal whether standard input is a person at a terminal rather than a pipe or file
 */
record Environment(Map<String, String> variables, BufferedReader stdin, boolean stdinIsTerminal) {

    static Environment system() {
        return new Environment(System.getenv(),
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)),
                System.console() != null);
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
