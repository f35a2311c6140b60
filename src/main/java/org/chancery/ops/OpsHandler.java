package org.chancery.ops;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code /healthz} (the process answers), {@code /readyz} (it can serve) and {@code /metrics}.
 * Metrics are for the monitoring system alone: only the configured addresses may read them,
 * judged by the connection's own peer, never by a forwarded header.
 */
public final class OpsHandler {
    private final Readiness readiness;
    private final Metrics metrics;
    private final Set<InetAddress> metricsFrom;

    public OpsHandler(Readiness readiness, Metrics metrics, List<String> metricsFrom) {
        this.readiness = readiness;
        this.metrics = metrics;
        this.metricsFrom = metricsFrom.stream().map(OpsHandler::literal).collect(Collectors.toUnmodifiableSet());
    }

    public void healthz(Context ctx) {
        ctx.contentType("text/plain; charset=utf-8").result("ok");
    }

    public void readyz(Context ctx) {
        List<String> problems = readiness.problems();
        ctx.header("Cache-Control", "no-store").contentType("text/plain; charset=utf-8");
        if (problems.isEmpty()) {
            ctx.result("ready");
        } else {
            ctx.status(503).result(String.join("\n", problems) + "\n");
        }
    }

    public void metrics(Context ctx) {
        if (!allowed(ctx.ip())) {
            ctx.status(403).contentType("text/plain; charset=utf-8").result("forbidden\n");
            return;
        }
        ctx.header("Cache-Control", "no-store")
                .contentType("text/plain; version=0.0.4; charset=utf-8")
                .result(metrics.scrape());
    }

    private boolean allowed(String peer) {
        try {
            return peer != null && metricsFrom.contains(literal(peer));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A literal IPv4 or IPv6 address; a host name is refused, as it would need DNS on every scrape. */
    public static InetAddress literal(String address) {
        String a = address.strip().replaceAll("^\\[|]$", "");
        if (!a.matches("[0-9a-fA-F.:]+") || !(a.contains(".") || a.contains(":"))) {
            throw new IllegalArgumentException("not an IP address: '" + address + "'");
        }
        try {
            return InetAddress.getByName(a);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IP address: '" + address + "'", e);
        }
    }
}
