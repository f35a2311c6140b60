package org.chancery.page;

/**
 * A static page as readers see it, for {@code page/show.jte}.
 *
 * @param html the body rendered from Markdown and sanitized, safe to emit unescaped
 */
public record PageView(String title, String html) {
}
