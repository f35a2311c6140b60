package org.chancery.page;

/**
 * A static page as readers see it, for {@code page/show.jte}.
 *
 * @param id   the page's id, which names it to the page cache
 * @param html the body rendered from Markdown and sanitized, safe to emit unescaped
 */
public record PageView(long id, String title, String html) {
}
