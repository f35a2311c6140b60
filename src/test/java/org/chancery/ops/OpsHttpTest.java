package org.chancery.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.chancery.Config;
import org.chancery.support.TestDatabase;
import org.chancery.support.TestSite;
import org.junit.jupiter.api.Test;

/** {@code /healthz}, {@code /readyz} and {@code /metrics}, the last only from the configured addresses. */
class OpsHttpTest {

    @Test
    void health_and_readiness_answer_once_the_index_is_built() {
        try (TestSite site = TestSite.sample().indexed()) {
            assertThat(site.get("/healthz").statusCode()).isEqualTo(200);
            HttpResponse<String> ready = site.get("/readyz");
            assertThat(ready.statusCode()).isEqualTo(200);
            assertThat(ready.body()).isEqualTo("ready");
        }
    }

    @Test
    void metrics_from_loopback_count_requests_by_route_and_status_in_prometheus_format() {
        try (TestSite site = TestSite.sample().indexed()) {
            site.get("/en/news");
            site.get("/en/no-such-page-at-all");
            HttpResponse<String> metrics = site.get("/metrics");
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/plain"));
            List<String> lines = metrics.body().lines().toList();
            assertThat(lines).anyMatch(l -> l.startsWith("chancery_http_requests_seconds_bucket{")
                    && l.contains("route=\"/{lang}/news\"") && l.contains("status=\"200\""));
            assertThat(lines).anyMatch(l -> l.startsWith("chancery_http_requests_seconds_count{")
                    && l.contains("status=\"404\""));
            assertThat(lines).anyMatch(l -> l.startsWith("jvm_memory_used_bytes{"));
            for (String cache : List.of("rendered_bodies", "archive_counts", "archive_years", "feeds", "sitemap",
                    "settings", "menus")) {
                assertThat(lines).as(cache).anyMatch(l -> l.startsWith("cache_gets_total{")
                        && l.contains("cache=\"" + cache + "\"") && l.contains("result=\"hit\""));
            }
            assertThat(lines).anyMatch(l -> l.startsWith("chancery_change_log_lag "));
        }
    }

    @Test
    void metrics_are_refused_to_addresses_not_listed() {
        try (TestSite site = TestSite.start(TestDatabase.sqlite(), TestSite.SEED_INSTANT,
                c -> c.withMetricsFrom(List.of("192.0.2.10")))) {
            assertThat(site.get("/metrics").statusCode()).isEqualTo(403);
            assertThat(site.get("/healthz").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void an_allowed_address_that_is_not_an_ip_address_is_refused_before_start_up() {
        Config config = Config.of(0, Path.of("data"));
        assertThatThrownBy(() -> config.withMetricsFrom(List.of("monitoring.example")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not an IP address: 'monitoring.example'");
    }
}
