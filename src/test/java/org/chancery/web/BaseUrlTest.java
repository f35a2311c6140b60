package org.chancery.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import org.chancery.config.Config;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The configured public address and the absolute URLs made from it. */
class BaseUrlTest {
    private static final Config CONFIG = Config.of(0, Path.of("data"));

    @ParameterizedTest
    @CsvSource({
        "https://www.embassy.example, https://www.embassy.example/en/feed.xml",
        "https://www.embassy.example/, https://www.embassy.example/en/feed.xml",
        "HTTPS://www.embassy.example:8443/site/, https://www.embassy.example:8443/site/en/feed.xml"})
    void a_path_becomes_an_absolute_url_under_the_configured_address(String configured, String expected) {
        URI url = CONFIG.withBaseUrl(URI.create(configured)).baseUrl().orElseThrow();

        assertThat(BaseUrl.of(url).absolute("/en/feed.xml")).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://embassy.example", "embassy.example", "https://embassy.example/?x=1",
        "https://embassy.example/#top", "https://user:pw@embassy.example", "/relative"})
    void an_address_that_cannot_be_a_base_is_refused(String configured) {
        assertThatThrownBy(() -> CONFIG.withBaseUrl(URI.create(configured)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("base URL");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en/feed.xml", ""})
    void only_site_paths_are_made_absolute(String path) {
        assertThatThrownBy(() -> BaseUrl.localhost(() -> 8080).absolute(path)).isInstanceOf(IllegalArgumentException.class);
    }
}
