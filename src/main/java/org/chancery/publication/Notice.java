package org.chancery.publication;

import java.time.LocalDate;

/**
 * A dated note readers see on a publication's page: the reason it was withdrawn, or a
 * correction ("Updated 26 May 2020: ..."). The date is in the mission's home zone.
 */
public record Notice(LocalDate on, String text) {
}
