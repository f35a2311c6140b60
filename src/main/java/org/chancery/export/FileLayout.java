package org.chancery.export;

import java.util.Optional;

/**
 * Where a page of the site lives in an export: an address that ends with a slash or names no
 * file ({@code /en/}, {@code /en/news/12-slug}, {@code /en/news/page/2}) is the
 * {@code index.html} of a directory of that name; an address whose last part has an extension
 * ({@code /en/feed.xml}, {@code /assets/site.css}, {@code /robots.txt}) is that file. A web server
 * finds both with {@code try_files $uri $uri/index.html}, without rewriting addresses.
 */
final class FileLayout {
    static final String INDEX = "index.html";

    private FileLayout() {
    }

    /** The file, relative to the export's directory, for a site path ("/en/news"); empty for one that cannot be a file. */
    static Optional<String> fileFor(String path) {
        if (!path.startsWith("/") || path.contains("\\") || path.contains("//") || path.contains("\0")) {
            return Optional.empty();
        }
        for (String part : path.substring(1).split("/")) {
            if (part.equals(".") || part.equals("..")) {
                return Optional.empty();
            }
        }
        if (path.endsWith("/")) {
            return Optional.of(path.substring(1) + INDEX);
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        return Optional.of(last.contains(".") ? path.substring(1) : path.substring(1) + "/" + INDEX);
    }
}
