package org.chancery.ops;

import com.github.benmanes.caffeine.cache.Cache;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;
import java.util.function.ToDoubleFunction;
import org.chancery.change.ChangeEvents;
import org.chancery.change.Follower;

/**
 * This node's metrics in Prometheus' text format: requests by route and status with latency
 * histograms, cache hit ratios, publishing events, how far the node is behind the change log
 * and how far its search index is behind, and the JVM's own.
 */
public final class Metrics implements AutoCloseable, Follower {
    /** The methods counted by name: HTTP's own (RFC 9110) and PATCH; any other is counted as {@link #OTHER_METHOD}. */
    static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE",
            "CONNECT");
    public static final String OTHER_METHOD = "other";
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();

    public Metrics() {
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    /**
     * One request answered. Every label comes from a closed set, so no request can add series
     * without end (each is a histogram of some seventy buckets, kept until the process stops):
     * {@code method} is one of {@link #METHODS} or {@code other}, {@code route} the matched route's
     * pattern (or {@code unmatched}), never the raw path, and {@code status} a number the server
     * itself chose.
     */
    public void request(String method, String route, int status, Duration took) {
        Timer.builder("chancery.http.requests")
                .description("HTTP requests by route and status")
                .tag("method", METHODS.contains(method) ? method : OTHER_METHOD)
                .tag("route", route)
                .tag("status", Integer.toString(status))
                .publishPercentileHistogram()
                .register(registry)
                .record(took.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Counts publishing events this node has taken from the change log. */
    @Override
    public void follow(ChangeEvents.Event event) {
        Counter.builder("chancery.publishing.events")
                .description("Publishing events followed from the change log")
                .tag("kind", event.kind().name().toLowerCase(java.util.Locale.ROOT))
                .register(registry)
                .increment();
    }

    /** Counts go on: a missed event is not counted, as it was never followed here. */
    @Override
    public void reset() {
    }

    public void cache(String name, Cache<?, ?> cache) {
        CaffeineCacheMetrics.monitor(registry, cache, name);
    }

    /** How many change log rows this node has yet to follow. */
    public void indexLag(LongSupplier behind) {
        Gauge.builder("chancery.change.log.lag", behind::getAsLong)
                .description("Change log rows not yet followed by this node")
                .register(registry);
    }

    /**
     * The search index's backlog: events queued for the indexer and not yet applied, and per
     * language the seconds since the oldest change its index has yet to take in.
     */
    public void searchIndexLag(List<String> languages, IntSupplier queued, ToDoubleFunction<String> lagSeconds) {
        Gauge.builder("chancery.search.index.queued", queued::getAsInt)
                .description("Publishing events queued for the search indexer and not yet applied")
                .register(registry);
        for (String lang : languages) {
            Gauge.builder("chancery.search.index.lag", () -> lagSeconds.applyAsDouble(lang))
                    .description("Seconds since the oldest change this language's search index has yet to take in")
                    .baseUnit("seconds")
                    .tag("lang", lang)
                    .register(registry);
        }
    }

    public String scrape() {
        return registry.scrape();
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}
