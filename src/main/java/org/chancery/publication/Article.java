package org.chancery.publication;

import java.time.LocalDate;
import org.chancery.content.RenderedBody;

/**
 * A publication ready to be read: its rendered body (transcript markup and questions), its date
 * in the home zone and, for a part of a series, its neighbours ({@code series} is null otherwise).
 */
public record Article(Publication publication, String path, LocalDate publishedOn, RenderedBody body, SeriesNav series) {
}
