package org.chancery.content;

import java.util.List;

/**
 * The sanitized HTML of a publication body and the questions found in it.
 *
 * @param html      sanitized HTML, safe to emit unescaped
 * @param questions the question turns in document order
 */
public record RenderedBody(String html, List<TocEntry> questions) {

    public RenderedBody {
        html = html == null ? "" : html;
        questions = questions == null ? List.of() : List.copyOf(questions);
    }

    static RenderedBody empty() {
        return new RenderedBody("", List.of());
    }
}
