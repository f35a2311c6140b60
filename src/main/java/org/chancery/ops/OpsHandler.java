package org.chancery.ops;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.chancery.config.NetworkAddresses;

/**
 * {@code /healthz} (the process answers and has lost no background task), {@code /readyz} (it can serve) and {@code /metrics}.
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
        this.metricsFrom = metricsFrom.stream().map(NetworkAddresses::literal).collect(Collectors.toUnmodifiableSet());
    }

    /** Alive unless a background task is lost for good: then a liveness check should restart the process. */
    public void healthz(Context ctx) {
        List<String> fatal = readiness.fatal();
        ctx.header("Cache-Control", "no-store").contentType("text/plain; charset=utf-8");
        if (fatal.isEmpty()) {
            ctx.result("ok");
        } else {
            ctx.status(503).result(String.join("\n", fatal) + "\n");
        }
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
            return peer != null && metricsFrom.contains(NetworkAddresses.literal(peer));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

}
