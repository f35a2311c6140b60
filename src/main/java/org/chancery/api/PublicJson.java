package org.chancery.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The read API's JSON shapes: what anyone may read, every link absolute. */
final class PublicJson {
    private PublicJson() {
    }

    /** A publication in a list. */
    record Summary(long id, String type, String language, String title, String lead, String place,
            LocalDate eventDate, List<String> tags, String url, String path, Instant publishedAt, Instant updatedAt) {
    }

    /** A page of the list; {@code next} is the address of the following page, or null on the last. */
    record Page(List<Summary> items, String next) {
    }

    /** One publication: {@code status} is {@code published} or {@code withdrawn} (with the notice). */
    record Item(long id, String status, String type, String language, String title, String lead, String place,
            LocalDate eventDate, List<String> speakers, List<String> tags, String url, String path,
            Instant publishedAt, Instant updatedAt, String bodyHtml, String bodyText, Withdrawal withdrawal,
            List<ChangeNote> changeNotes) {
    }

    record Withdrawal(Instant at, String reason) {
    }

    record ChangeNote(Instant at, String note) {
    }
}
