package org.chancery.publication;

import java.time.LocalDate;

/** A line of a list of publications: the summary and its date of publication in the home zone. */
public record ListedItem(PublicationSummary summary, LocalDate publishedOn) {
}
