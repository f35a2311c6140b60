package org.chancery.editor;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.chancery.content.Slugs;
import org.chancery.editorial.EditorialItem;
import org.chancery.publication.Article;
import org.chancery.publication.Publication;
import org.chancery.publication.PublicationService;
import org.chancery.publication.PublicationType;
import org.chancery.publication.SeriesPart;
import org.chancery.publication.Status;

/**
 * Shows a form's content as its page would: through the public site's own rendering
 * ({@link PublicationService#preview}), without saving anything. A preview is wanted while the
 * text is still being written, so what would not be valid yet is shown as well as it can be: an
 * unknown type as the saved one (or news), a date or a series part not yet complete as none.
 */
public final class PreviewService {
    private final PublicationService publications;
    private final List<String> languages;
    private final Clock clock;

    public PreviewService(PublicationService publications, List<String> languages, Clock clock) {
        this.publications = publications;
        this.languages = List.copyOf(languages);
        this.clock = clock;
    }

    /** The form's content as readers would see it; {@code saved} (or null) lends its address and date. */
    public Article preview(EditorForm form, EditorialItem saved) {
        Publication before = saved == null ? null : saved.publication();
        PublicationType type = PublicationType.fromCode(form.type())
                .orElse(before == null ? PublicationType.NEWS : before.type());
        String lang = languages.contains(form.language()) ? form.language()
                : before == null ? languages.get(0) : before.lang();
        String title = form.title().strip();
        Instant now = clock.instant();
        Publication p = new Publication(before == null ? null : before.id(),
                before == null ? Slugs.slugify(title) : before.slug(), type, lang,
                before == null ? Status.DRAFT : before.status(), title, form.lead().strip(), form.body(),
                form.place().isBlank() ? null : form.place().strip(), date(form.eventDate()),
                before == null ? null : before.publishedAt(), form.featured(), series(form), form.speakerList(),
                now, now);
        return publications.preview(p, now);
    }

    private static LocalDate date(String text) {
        try {
            return text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static SeriesPart series(EditorForm form) {
        String part = form.seriesPart().strip();
        if (form.seriesKey().isBlank() || !part.matches("[1-9][0-9]{0,2}")) {
            return null;
        }
        return new SeriesPart(form.seriesKey().strip(), Integer.parseInt(part));
    }
}
