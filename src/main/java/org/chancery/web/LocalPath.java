package org.chancery.web;

/**
 * A path on this site to go back to after a form, such as sign-in's {@code return}: anything that
 * could lead elsewhere ({@code //host}, {@code /\host}, a scheme, control characters) is refused,
 * so the form cannot be used to send people to another site.
 */
public final class LocalPath {
    private LocalPath() {
    }

    /** The path when it is local, else {@code fallback}. */
    public static String orElse(String path, String fallback) {
        if (path == null || !path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) {
            return fallback;
        }
        boolean clean = path.chars().noneMatch(c -> c < 0x20 || c == 0x7f || c == '\\');
        return clean ? path : fallback;
    }
}
