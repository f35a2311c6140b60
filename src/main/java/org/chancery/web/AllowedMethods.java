package org.chancery.web;

import io.javalin.http.Context;
import io.javalin.http.MethodNotAllowedResponse;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a path answers, for the {@code Allow} header. Javalin finds a request whose method no route
 * of its path takes and raises a 405 naming the methods that do ({@code http.prefer405over404});
 * here they become {@code Allow}, with HEAD wherever GET is (it is answered as GET, see
 * {@link RequestFilter}) and OPTIONS everywhere: an OPTIONS request to a path that some route
 * answers is answered 204 with {@code Allow} (RFC 9110 section 9.3.7), except where the path has a
 * route of its own for it (the read API's CORS preflights). A path no route answers is a 404 for
 * every method.
 */
public final class AllowedMethods {
    /** The order {@code Allow} lists them in. */
    private static final List<String> ORDER = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    private AllowedMethods() {
    }

    /**
     * Sets {@code Allow} on Javalin's 405, and answers an OPTIONS request with 204.
     *
     * @return whether the request is answered (OPTIONS); if not, the 405 is still to be shown
     */
    public static boolean answer(Context ctx, MethodNotAllowedResponse notAllowed) {
        ctx.header("Allow", allow(notAllowed.getDetails().values()));
        if (ctx.method().name().equals("OPTIONS")) {
            ctx.status(204);
            return true;
        }
        return false;
    }

    /** From the lists of methods in Javalin's 405 ("GET, POST"), the value of {@code Allow}. */
    static String allow(Iterable<String> lists) {
        Set<String> methods = new HashSet<>();
        for (String list : lists) {
            Arrays.stream(list.split(",", -1)).map(String::strip).forEach(methods::add);
        }
        if (methods.contains("GET")) {
            methods.add("HEAD");
        }
        methods.add("OPTIONS");
        return ORDER.stream().filter(methods::contains).collect(Collectors.joining(", "));
    }
}
