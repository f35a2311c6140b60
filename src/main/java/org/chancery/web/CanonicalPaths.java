package org.chancery.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One address per page. The router takes {@code /en/news/} for {@code /en/news}, so a reader, a
 * crawler or a cache could hold the same page under two addresses, and a rule on one spelling
 * (a proxy's {@code location = /metrics}) would miss the other. Before a matched route runs, a
 * GET or HEAD of another spelling is sent, permanently and with its query string, to the one form:
 * without a trailing slash, but a language's home, which is a directory ({@code /en/}).
 * Only addresses made of plain segments are redirected, so the {@code Location} is always a path
 * on this site (never {@code //host} or {@code /\host}); anything else matches no route and is a 404.
 */
public final class CanonicalPaths {
    /**
     * Segments of RFC 3986 path characters, plain or percent-encoded but for a slash or backslash;
     * no empty segment.
     */
    private static final Pattern PLAIN = Pattern.compile("(/(?:[A-Za-z0-9._~!$&'()*+,;=:@-]|%(?![2][Ff]|[5][Cc])"
            + "[0-9A-Fa-f]{2})+)+/?");

    private final Set<String> directories;

    private CanonicalPaths(Set<String> directories) {
        this.directories = directories;
    }

    /** @param languages the site's languages, whose homes ({@code /en/}) are the only addresses that end with a slash */
    public static void register(RoutesConfig routes, List<String> languages) {
        var paths = new CanonicalPaths(languages.stream().map(lang -> "/" + lang + "/").collect(Collectors.toSet()));
        routes.beforeMatched(paths::redirect);
    }

    /** The one form of a path: the same path, or the language's home with its slash, or without the trailing slash. */
    String canonical(String path) {
        if (directories.contains(path + "/")) {
            return path + "/";
        }
        if (path.length() > 1 && path.endsWith("/") && !directories.contains(path)) {
            return path.substring(0, path.length() - 1);
        }
        return path;
    }

    private void redirect(Context ctx) {
        HandlerType method = ctx.method();
        String path = ctx.path();
        if (method != HandlerType.GET && method != HandlerType.HEAD || !PLAIN.matcher(path).matches()) {
            return;
        }
        String canonical = canonical(path);
        if (!canonical.equals(path)) {
            String query = ctx.queryString();
            ctx.redirect(query == null ? canonical : canonical + "?" + query, HttpStatus.MOVED_PERMANENTLY);
        }
    }
}
