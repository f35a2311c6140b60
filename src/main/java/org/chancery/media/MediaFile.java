package org.chancery.media;

import java.time.Instant;

/**
 * One file of the library as its list shows it.
 *
 * @param path       where it lives in the media directory, and after {@code /media/} in its address
 * @param name       the name it was uploaded with
 * @param uploadedBy who uploaded it, as shown; empty when their account is gone
 * @param focus      where crops of an image centre
 */
public record MediaFile(long id, String path, String name, MediaKind kind, long bytes, Instant uploadedAt,
        String uploadedBy, Focus focus) {
    /** Where readers find it. */
    public static final String PREFIX = "/media/";

    /** The SHA-256 of its bytes, which its path holds. */
    public String sha256() {
        return path.substring(3, 67);
    }

    public String url() {
        return PREFIX + path;
    }

    /**
     * What to paste into a publication's Markdown: the image itself, its alternative text the
     * name it was uploaded with (to be replaced by a description), or a link to a PDF.
     */
    public String markdown() {
        String dot = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        String text = dot.replaceAll("[\\[\\]\\\\]", "").strip();
        return (kind.image() ? "!" : "") + "[" + (text.isEmpty() ? kind.extension() : text) + "](" + url() + ")";
    }
}
