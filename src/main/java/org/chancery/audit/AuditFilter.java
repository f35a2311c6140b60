package org.chancery.audit;

import java.util.Optional;

/**
 * Which part of the audit log to show: entries of one action and/or one actor (an e-mail
 * address, {@code cli} or {@code scheduler}), older than {@code before}, newest first.
 */
public record AuditFilter(Optional<String> action, Optional<String> actor, Optional<Position> before) {

    /** An entry's place in the log's order, to continue after it: {@code 1590486000000-42}. */
    public record Position(long at, long id) {

        /** The position written by {@link #toString()}; empty when the text is not one. */
        public static Optional<Position> parse(String text) {
            if (text == null || !text.matches("[0-9]{1,18}-[0-9]{1,18}")) {
                return Optional.empty();
            }
            int dash = text.indexOf('-');
            return Optional.of(new Position(Long.parseLong(text.substring(0, dash)),
                    Long.parseLong(text.substring(dash + 1))));
        }

        @Override
        public String toString() {
            return at + "-" + id;
        }
    }
}
