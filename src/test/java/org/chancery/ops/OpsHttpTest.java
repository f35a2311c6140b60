package org.chancery.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chancery.support.Eventually.eventually;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.chancery.account.Role;
import org.chancery.config.Config;
import org.chancery.search.IndexRebuilds;
import org.chancery.support.ApiClient;
import org.chancery.support.Staff;
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
    void readiness_answers_503_with_the_reason_while_an_index_is_rebuilt() {
        try (TestSite site = TestSite.sample().indexed()) {
            IndexRebuilds.mark(site.app().searchIndex(), "ru", true);
            HttpResponse<String> rebuilding = site.get("/readyz");
            assertThat(rebuilding.statusCode()).isEqualTo(503);
            assertThat(rebuilding.headers().firstValue("Cache-Control")).contains("no-store");
            assertThat(rebuilding.body()).isEqualTo("search index: 'ru' is being rebuilt\n");
            assertThat(site.get("/healthz").statusCode()).as("alive all the same").isEqualTo(200);

            IndexRebuilds.mark(site.app().searchIndex(), "ru", false);
            assertThat(site.get("/readyz").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void readiness_answers_503_with_the_reason_when_the_database_is_unreachable() {
        try (TestSite site = TestSite.sample().indexed()) {
            site.app().database().close();
            HttpResponse<String> down = site.get("/readyz");
            assertThat(down.statusCode()).isEqualTo(503);
            assertThat(down.body()).isEqualTo("database: not reachable\n");
            assertThat(site.get("/healthz").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void readiness_answers_503_naming_a_background_task_that_is_not_running() {
        try (TestSite site = TestSite.sample().indexed()) {
            site.app().scheduler().close();
            HttpResponse<String> stopped = site.get("/readyz");
            assertThat(stopped.statusCode()).isEqualTo(503);
            assertThat(stopped.body()).isEqualTo("background task: 'chancery-scheduler' is not running\n");
            assertThat(site.get("/healthz").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void requests_with_made_up_methods_are_counted_under_one_label_and_add_no_series() {
        try (TestSite site = TestSite.sample().indexed()) {
            for (int i = 0; i < 300; i++) {
                site.send(HttpRequest.newBuilder(URI.create(site.url("/en/no-such-page-" + i)))
                        .method("MADEUP" + (char) ('A' + i % 26) + (char) ('A' + i / 26), BodyPublishers.noBody())
                        .build());
            }
            site.get("/en/");

            List<String> counts = site.get("/metrics").body().lines()
                    .filter(l -> l.startsWith("chancery_http_requests_seconds_count{")).toList();
            Set<String> methods = counts.stream().map(l -> l.replaceAll(".*method=\"([^\"]*)\".*", "$1"))
                    .collect(Collectors.toSet());
            assertThat(methods).contains("GET", "other").noneMatch(m -> m.startsWith("MADEUP"));
            double others = counts.stream().filter(l -> l.contains("method=\"other\""))
                    .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
            assertThat(others).isEqualTo(300.0);
        }
    }

    @Test
    void metrics_show_publishing_events_page_cache_hits_and_the_search_index_backlog() {
        try (TestSite site = TestSite.sample().indexed()) {
            Staff staff = Staff.of(site);
            ApiClient author = ApiClient.as(site, staff.add("ann@embassy.test", Role.AUTHOR));
            ApiClient editor = ApiClient.as(site, staff.add("ed@embassy.test", Role.EDITOR));
            long id = author.post("/api/v1/publications", ApiClient.draft("Visa centre hours")).id();
            author.post("/api/v1/publications/" + id + "/submit", null);
            String path = editor.post("/api/v1/publications/" + id + "/publish", null).text("path");
            eventually(() -> assertThat(sample(site, "chancery_publishing_events_total{", "kind=\"published\""))
                    .hasValueSatisfying(published -> assertThat(published).isGreaterThanOrEqualTo(1)));
            site.indexed();
            assertThat(site.get(path).statusCode()).isEqualTo(200);
            assertThat(site.get(path).statusCode()).isEqualTo(200);

            assertThat(sample(site, "cache_gets_total{", "cache=\"pages\"", "result=\"hit\""))
                    .hasValueSatisfying(hits -> assertThat(hits).isGreaterThanOrEqualTo(1));
            assertThat(sample(site, "chancery_search_index_queued ")).contains(0.0);
            for (String lang : List.of("en", "ru")) {
                assertThat(sample(site, "chancery_search_index_lag_seconds{", "lang=\"" + lang + "\""))
                        .as(lang).contains(0.0);
            }
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

    /** The value of the one series whose line starts with {@code name} and holds every label given. */
    private static Optional<Double> sample(TestSite site, String name, String... labels) {
        List<String> matching = site.get("/metrics").body().lines()
                .filter(l -> l.startsWith(name) && List.of(labels).stream().allMatch(l::contains)).toList();
        assertThat(matching).as(name).hasSizeLessThanOrEqualTo(1);
        return matching.stream().findFirst().map(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)));
    }
}
