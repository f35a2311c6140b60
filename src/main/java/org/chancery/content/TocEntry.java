package org.chancery.content;

/**
 * One question of a transcript, for the table of contents.
 *
 * @param anchor  the element id of the question turn, e.g. {@code q3}
 * @param summary plain text (not HTML, escape it when rendering), at most 120 characters plus "…"
 */
public record TocEntry(String anchor, String summary) {
}
