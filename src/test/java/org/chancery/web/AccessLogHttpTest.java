package org.chancery.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import org.chancery.support.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The access log: one line per request, without query strings or secrets in the path. */
class AccessLogHttpTest {
    private final Logger logger = (Logger) LoggerFactory.getLogger("chancery.access");
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();

    @BeforeEach
    void listen() {
        lines.start();
        logger.addAppender(lines);
    }

    @AfterEach
    void stop() {
        logger.detachAppender(lines);
    }

    @Test
    void each_request_is_one_line_with_method_path_status_and_time() {
        try (TestSite site = TestSite.sample()) {
            site.get("/en/news?page=2&secret=s3cr3t");
            site.get("/en/no-such-page");
            assertThat(messages()).anyMatch(l -> l.matches("127\\.0\\.0\\.1 GET /en/news 200 \\d+\\.\\d ms"));
            assertThat(messages()).anyMatch(l -> l.contains("GET /en/no-such-page 404"));
            assertThat(messages()).noneMatch(l -> l.contains("s3cr3t"));
        }
    }

    @Test
    void head_is_logged_as_head_though_answered_as_get_and_an_unknown_method_not_at_all() {
        try (TestSite site = TestSite.sample()) {
            HttpRequests.send(site, "HEAD", "/en/contacts");
            HttpRequests.send(site, "FOOBAR", "/en/visas");
            assertThat(messages()).anyMatch(l -> l.contains(" HEAD /en/contacts 200 "));
            assertThat(messages()).noneMatch(l -> l.contains("GET /en/contacts"));
            assertThat(messages()).noneMatch(l -> l.contains("/en/visas"));
        }
    }

    @Test
    void a_setup_link_is_logged_by_its_route_not_its_token() {
        try (TestSite site = TestSite.sample()) {
            site.get("/admin/setup/chy-setup-0123456789abcdef");
            assertThat(messages()).anyMatch(l -> l.contains("GET /admin/setup/{token} "));
            assertThat(messages()).noneMatch(l -> l.contains("0123456789abcdef"));
        }
    }

    @Test
    void a_setup_link_that_matches_no_route_with_a_token_keeps_its_token_out_too() {
        try (TestSite site = TestSite.sample()) {
            site.get("/admin/setup/chy-setup-0123456789abcdef/more");
            site.get("/admin/setup/chy-setup-0123456789abcdef/");
            site.send(HttpRequest.newBuilder(URI.create(site.url("/admin/setup/chy-setup-0123456789abcdef")))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());

            assertThat(messages()).filteredOn(l -> l.contains("/admin/setup/")).hasSize(3);
            assertThat(messages()).noneMatch(l -> l.contains("0123456789abcdef"));
        }
    }

    private List<String> messages() {
        return lines.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }
}
