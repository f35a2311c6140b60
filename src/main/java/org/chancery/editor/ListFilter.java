package org.chancery.editor;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.chancery.publication.PublicationType;
import org.chancery.publication.Status;

/**
 * Which publications the editor's list shows: optionally one status, type, language and author,
 * only those awaiting approval of a force-publish, and titles containing {@code title}.
 */
public record ListFilter(
        Optional<Status> status,
        Optional<PublicationType> type,
        Optional<String> language,
        Optional<Long> authorId,
        boolean awaitingApproval,
        String title) {

    public ListFilter {
        title = title == null ? "" : title.strip();
    }

    public static ListFilter all() {
        return new ListFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false, "");
    }

    public boolean filtered() {
        return !equals(all());
    }

    /** The filter as a query string, without the page ({@code status=draft&title=visa}). */
    public String query() {
        StringBuilder q = new StringBuilder();
        status.ifPresent(s -> q.append("&status=").append(s.code()));
        type.ifPresent(t -> q.append("&type=").append(t.code()));
        language.ifPresent(l -> q.append("&language=").append(encode(l)));
        authorId.ifPresent(a -> q.append("&author=").append(a));
        if (awaitingApproval) {
            q.append("&awaiting=on");
        }
        if (!title.isEmpty()) {
            q.append("&title=").append(encode(title));
        }
        return q.length() == 0 ? "" : q.substring(1);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
