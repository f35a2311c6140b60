package org.chancery.web;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per request on the logger {@code chancery.access}: client, method, path, status and
 * time taken. The query string is left out, and so is a secret in the path: a route with a
 * {@code {token}} is logged by its pattern, and any other path as the site makes it loggable (a
 * HEAD request, a setup link with more after it: matching no route with a token, they still hold one).
 * Cookies and headers are never logged.
 */
public final class AccessLog {
    /** The logger's name, for whoever turns it down. */
    public static final String LOGGER = "chancery.access";
    private static final Logger log = LoggerFactory.getLogger(LOGGER);

    private AccessLog() {
    }

    /** @param loggable the path as it may be logged, its secrets left out */
    public static void record(Context ctx, float millis, UnaryOperator<String> loggable) {
        if (log.isInfoEnabled()) {
            log.info("{} {} {} {} {} ms", ClientAddress.of(ctx), RequestFilter.method(ctx), path(ctx, loggable),
                    ctx.statusCode(), tenths(millis));
        }
    }

    /** The time to a tenth of a millisecond, as "12.3": String.format took a tenth of a cached page's time. */
    static String tenths(float millis) {
        long t = Math.round(millis * 10.0);
        return (t / 10) + "." + (t % 10);
    }

    /** The pattern of the route that answered, or "unmatched". */
    public static String route(Context ctx) {
        Endpoint matched = ctx.endpoints().matchedHttpEndpoint();
        return matched == null ? "unmatched" : matched.path;
    }

    private static String path(Context ctx, UnaryOperator<String> loggable) {
        String route = route(ctx);
        return route.contains("{token}") ? route : loggable.apply(ctx.path());
    }
}
