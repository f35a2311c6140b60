package org.chancery.web;

import io.javalin.http.Context;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What every request goes through before Javalin routes it, in Jetty's servlet chain.
 *
 * <ul>
 * <li>A method this server does not know ({@code FOOBAR}, {@code get}, or any of a hundred thousand
 * made-up names) is answered 501 Not Implemented at once: it reaches no route and no handler, and
 * is counted under one label whatever its name. Known methods a path does not answer get 405 with {@code Allow} from the routes
 * ({@link AllowedMethods}).</li>
 * <li>HEAD is routed as GET: Javalin would otherwise answer an empty 200 wherever a GET route exists
 * (even where GET answers 404, 410 or a redirect). The handler runs as for GET and Jetty, which
 * still knows the request was HEAD, sends the status and headers (Content-Length included) but no
 * body. {@link #method(Context)} gives the method as sent, for the access log and metrics.</li>
 * <li>The {@code Accept-Encoding} header is negotiated once ({@link AcceptEncoding}), and the rest
 * of the server sees only the result: the one coding chosen, or no header for the identity. So
 * Javalin's own compression (of what {@link Representation} does not compress itself) follows the
 * same weights, and never picks gzip where the client prefers Brotli.</li>
 * </ul>
 */
public final class RequestFilter implements Filter {
    /** The methods of RFC 9110 and PATCH (RFC 5789): every other name is one this server does not implement. */
    static final Set<String> KNOWN = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE",
            "CONNECT");
    private static final String ACCEPT_ENCODING = "Accept-Encoding";
    private static final String METHOD = "chancery.method";
    private static final String CODING = "chancery.coding";

    private final Encodings encodings;
    private final Consumer<Duration> notImplemented;

    /** @param notImplemented told of each request refused for its method, and how long that took (for metrics) */
    public RequestFilter(Encodings encodings, Consumer<Duration> notImplemented) {
        this.encodings = encodings;
        this.notImplemented = notImplemented;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse answer)) {
            chain.doFilter(request, response);
            return;
        }
        String method = http.getMethod();
        if (!KNOWN.contains(method)) {
            long started = System.nanoTime();
            notImplemented(answer);
            notImplemented.accept(Duration.ofNanos(System.nanoTime() - started));
            return;
        }
        String sent = String.join(", ", Collections.list(http.getHeaders(ACCEPT_ENCODING)));
        AcceptEncoding.Choice choice = AcceptEncoding.choose(sent.isEmpty() ? null : sent, encodings.names());
        http.setAttribute(METHOD, method);
        http.setAttribute(CODING, choice);
        chain.doFilter(new Negotiated(http, method.equals("HEAD") ? "GET" : method, choice.coding()), answer);
    }

    /** The request's method as the client sent it: HEAD where handlers see GET. */
    public static String method(Context ctx) {
        Object sent = ctx.attribute(METHOD);
        return sent instanceof String s ? s : ctx.method().name();
    }

    /** The content coding negotiated for the request. */
    static AcceptEncoding.Choice coding(Context ctx) {
        Object choice = ctx.attribute(CODING);
        return choice instanceof AcceptEncoding.Choice c ? c : AcceptEncoding.Choice.IDENTITY;
    }

    private static void notImplemented(HttpServletResponse answer) throws IOException {
        answer.setStatus(501);
        answer.setHeader("Cache-Control", "no-store");
        answer.setContentType("text/plain; charset=utf-8");
        byte[] body = "501 Not Implemented: this server does not know that method\n".getBytes(StandardCharsets.UTF_8);
        answer.setContentLength(body.length);
        answer.getOutputStream().write(body);
    }

    /** The request as routes and handlers see it: HEAD as GET, and only the negotiated coding accepted. */
    private static final class Negotiated extends HttpServletRequestWrapper {
        private final String method;
        private final String coding;

        Negotiated(HttpServletRequest request, String method, String coding) {
            super(request);
            this.method = method;
            this.coding = coding;
        }

        @Override
        public String getMethod() {
            return method;
        }

        @Override
        public String getHeader(String name) {
            return ACCEPT_ENCODING.equalsIgnoreCase(name) ? coding : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            if (ACCEPT_ENCODING.equalsIgnoreCase(name)) {
                return Collections.enumeration(coding == null ? List.of() : List.of(coding));
            }
            return super.getHeaders(name);
        }
    }
}
