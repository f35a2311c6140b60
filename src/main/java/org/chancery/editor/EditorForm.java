package org.chancery.editor;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.chancery.editorial.ContentInput;
import org.chancery.editorial.EditNote;
import org.chancery.editorial.EditorialItem;
import org.chancery.editorial.Limits;
import org.chancery.publication.Publication;

/**
 * The editor's form exactly as typed, so that a refused save shows it again unchanged: speakers
 * one per line, tags separated by commas, the event date and the series part as text.
 */
public record EditorForm(
        String type,
        String language,
        String title,
        String lead,
        String place,
        String eventDate,
        String body,
        String speakers,
        String seriesKey,
        String seriesPart,
        boolean featured,
        String tags,
        String changeNote,
        boolean minor) {
    /**
     * The most form data the server reads from one request: room for a body well over the 2 MiB
     * limit, so that one too long comes back in the form with the reason rather than being cut off.
     */
    public static final int MAX_FORM_BYTES = 3 * Limits.BODY_BYTES;


    public EditorForm {
        type = text(type);
        language = text(language);
        title = text(title);
        lead = text(lead);
        place = text(place);
        eventDate = text(eventDate);
        body = text(body);
        speakers = text(speakers);
        seriesKey = text(seriesKey);
        seriesPart = text(seriesPart);
        tags = text(tags);
        changeNote = text(changeNote);
    }

    public static EditorForm blank(String language) {
        return new EditorForm("", language, "", "", "", "", "", "", "", "", false, "", "", false);
    }

    /** The saved content of {@code item}, as the form shows it. */
    public static EditorForm of(EditorialItem item) {
        Publication p = item.publication();
        return new EditorForm(p.type().code(), p.lang(), p.title(), p.lead(), Objects.toString(p.place(), ""),
                Objects.toString(p.eventDate(), ""), p.body(), String.join("\n", p.speakers()),
                p.series() == null ? "" : p.series().key(),
                p.series() == null ? "" : String.valueOf(p.series().part()), p.featured(),
                String.join(", ", item.tags()), "", false);
    }

    /** The form as posted, each field read by name; an absent field reads as empty, an absent checkbox as off. */
    public static EditorForm read(Function<String, String> field) {
        return new EditorForm(field.apply("type"), field.apply("language"), field.apply("title"),
                field.apply("lead"), field.apply("place"), field.apply("eventDate"), field.apply("body"),
                field.apply("speakers"), field.apply("seriesKey"), field.apply("seriesPart"),
                checked(field.apply("featured")), field.apply("tags"), field.apply("changeNote"),
                checked(field.apply("minor")));
    }

    /** Every content field, so that a save replaces the whole content with what the form shows. */
    public ContentInput input() {
        return new ContentInput(type, language, title, lead, body, place, eventDate, featured, speakerList(),
                tagList(), seriesKey, seriesPart);
    }

    public EditNote note() {
        return new EditNote(changeNote, minor);
    }

    public List<String> speakerList() {
        return items(speakers.split("\n"));
    }

    public List<String> tagList() {
        return items(tags.split(","));
    }

    /** A content field's value written as the editorial comparisons write it, to set beside theirs. */
    public String value(String field) {
        return switch (field) {
            case "type" -> type;
            case "language" -> language;
            case "title" -> title.strip();
            case "lead" -> lead.strip();
            case "place" -> place.strip();
            case "eventDate" -> eventDate.strip();
            case "featured" -> String.valueOf(featured);
            case "seriesKey" -> seriesKey.strip();
            case "seriesPart" -> seriesKey.isBlank() ? "" : seriesPart.strip();
            case "speakers" -> String.join("\n", speakerList());
            case "tags" -> String.join("\n", tagList());
            case "body" -> body;
            default -> throw new IllegalArgumentException("no content field " + field);
        };
    }

    private static List<String> items(String[] parts) {
        return Arrays.stream(parts).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** A browser sends a ticked box as {@code name=on} and leaves an unticked one out. */
    private static boolean checked(String value) {
        return value != null && !value.isEmpty();
    }

    /** Browsers send line breaks in text areas as CRLF; they are stored as LF. */
    private static String text(String value) {
        return value == null ? "" : value.replace("\r\n", "\n").replace('\r', '\n');
    }
}
