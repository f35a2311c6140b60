package org.chancery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.chancery.cli.UserAndTokenCommandsTest.Run;
import org.chancery.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code serve --base-url} and {@code CHANCERY_BASE_URL}: an address that cannot be the site's is refused in one line. */
class ServeBaseUrlTest {
    private final TestDatabase db = TestDatabase.sqlite();

    @AfterEach
    void remove() {
        db.close();
    }

    @Test
    void a_base_url_that_is_not_http_is_refused_before_anything_starts() {
        Run run = UserAndTokenCommandsTest.run("", false, Map.of(), "serve", "--port", "0", "--data",
                db.dataDir().toString(), "--base-url", "ftp://embassy.example");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().lines()).singleElement().asString().contains("base URL must be an http(s) address");
    }

    @Test
    void the_environment_variable_is_checked_the_same_way() {
        Run run = UserAndTokenCommandsTest.run("", false, Map.of("CHANCERY_BASE_URL", "embassy.example"), "serve",
                "--port", "0", "--data", db.dataDir().toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("base URL must be an http(s) address");
    }

    @Test
    void a_log_format_other_than_text_or_json_is_refused_before_anything_starts() {
        Run run = UserAndTokenCommandsTest.run("", false, Map.of("CHANCERY_LOG_FORMAT", "xml"), "serve",
                "--port", "0", "--data", db.dataDir().toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("CHANCERY_LOG_FORMAT: expected one of text, json, got 'xml'");
    }

    @Test
    void a_metrics_address_that_is_not_an_ip_address_is_refused_before_anything_starts() {
        Run run = UserAndTokenCommandsTest.run("", false, Map.of(), "serve", "--port", "0", "--data",
                db.dataDir().toString(), "--metrics-from", "127.0.0.1,monitoring.example");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("not an IP address: 'monitoring.example'");
    }
}
