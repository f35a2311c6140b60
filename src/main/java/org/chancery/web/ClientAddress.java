package org.chancery.web;

import io.javalin.http.Context;

/**
 * The address a request comes from, for throttling and the access log: the peer itself, or,
 * when the peer is one of the site's {@link TrustedProxies}, the client it names in
 * {@code X-Forwarded-For} (read from the right, past every trusted hop).
 */
public final class ClientAddress {
    private ClientAddress() {
    }

    public static String of(Context ctx) {
        return TrustedProxies.in(ctx).client(ctx.ip(), ctx.header("X-Forwarded-For"));
    }
}
