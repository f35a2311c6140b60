package org.chancery.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where each setting comes from, and how a bad one is refused: in one line naming where it was written. */
class SettingsTest {
    private static final Config BASE = Config.of(Config.DEFAULT_PORT, Config.DEFAULT_DATA_DIR);

    @TempDir
    Path dir;

    private Path file(String... lines) throws IOException {
        return Files.writeString(dir.resolve("chancery.conf"), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    private static Settings resolve(Map<String, String> flags, Map<String, String> env, Path file) {
        return Settings.resolve(BASE, flags, env, Optional.ofNullable(file));
    }

    @Test
    void a_flag_beats_the_environment_which_beats_the_file_which_beats_the_default() throws IOException {
        Path file = file("# the site", "port = 9000", "base_url = https://file.example", "languages = ru, en",
                "shutdown_grace = 500ms");

        Settings settings = resolve(Map.of("port", "9100"),
                Map.of("CHANCERY_PORT", "9200", "CHANCERY_BASE_URL", "https://env.example"), file);

        Config config = settings.config();
        assertThat(config.port()).isEqualTo(9100);
        assertThat(config.baseUrl()).contains(URI.create("https://env.example"));
        assertThat(config.languages()).containsExactly("ru", "en");
        assertThat(config.shutdownGrace()).isEqualTo(Duration.ofMillis(500));
        assertThat(config.trustedProxies()).isEqualTo(Config.DEFAULT_TRUSTED_PROXIES);
        assertThat(settings.value(Options.LOG_FORMAT)).contains("text");
    }

    @Test
    void the_media_directory_is_media_in_the_data_directory_unless_media_dir_names_another() throws IOException {
        Path file = file("data_dir = /var/lib/chancery");

        assertThat(resolve(Map.of(), Map.of(), file).config().mediaDirectory())
                .isEqualTo(Path.of("/var/lib/chancery/media"));
        assertThat(resolve(Map.of(), Map.of("CHANCERY_MEDIA_DIR", "/srv/shared-media"), file).config()
                .mediaDirectory()).isEqualTo(Path.of("/srv/shared-media"));
        assertThat(resolve(Map.of("media_dir", "/mnt/nfs/media"), Map.of("CHANCERY_MEDIA_DIR", "/srv/shared-media"),
                file).config().mediaDirectory()).isEqualTo(Path.of("/mnt/nfs/media"));
    }

    @Test
    void an_empty_value_counts_as_not_given() throws IOException {
        Path file = file("port = 9000", "base_url =");

        Config config = resolve(Map.of(), Map.of("CHANCERY_PORT", " "), file).config();

        assertThat(config.port()).isEqualTo(9000);
        assertThat(config.baseUrl()).isEmpty();
    }

    @Test
    void database_settings_come_together_from_different_places() throws IOException {
        Path file = file("db.url = jdbc:postgresql://db.example:5432/chancery", "db.user = chancery");

        Config config = resolve(Map.of(), Map.of("CHANCERY_DB_PASSWORD", "s3cret"), file).config();

        assertThat(config.database()).hasValueSatisfying(db -> {
            assertThat(db.url()).isEqualTo("jdbc:postgresql://db.example:5432/chancery");
            assertThat(db.user()).isEqualTo("chancery");
            assertThat(db.password()).isEqualTo("s3cret");
        });
    }

    @Test
    void a_mistyped_key_is_refused_with_its_line_and_the_key_it_was_meant_to_be() throws IOException {
        Path file = file("port = 9000", "", "trusted_proxy = 10.0.0.1");

        assertThatThrownBy(() -> resolve(Map.of(), Map.of(), file)).isInstanceOf(ConfigException.class)
                .hasMessage(file + ":3: unknown key 'trusted_proxy' (did you mean 'trusted_proxies'?)");
    }

    @Test
    void a_bad_value_is_refused_with_its_line_its_key_and_what_is_accepted() throws IOException {
        Path file = file("log_format = xml");

        assertThatThrownBy(() -> resolve(Map.of(), Map.of(), file))
                .hasMessage(file + ":1: log_format: expected one of text, json, got 'xml'");
    }

    @Test
    void a_bad_value_in_the_environment_names_the_variable() {
        assertThatThrownBy(() -> resolve(Map.of(), Map.of("CHANCERY_SHUTDOWN_GRACE", "soon"), null))
                .hasMessage("CHANCERY_SHUTDOWN_GRACE: expected a duration such as 10s, 500ms or 1m, got 'soon'");
        assertThatThrownBy(() -> resolve(Map.of(), Map.of("CHANCERY_TRUSTED_PROXIES", "10.0.0.0/33"), null))
                .hasMessageContaining("CHANCERY_TRUSTED_PROXIES: '10.0.0.0/33' has a prefix length outside 0 to 32");
    }

    @Test
    void a_line_without_an_equals_sign_or_a_key_set_twice_is_refused() throws IOException {
        Path noEquals = file("port 9000");
        assertThatThrownBy(() -> resolve(Map.of(), Map.of(), noEquals))
                .hasMessage(noEquals + ":1: expected 'key = value', got 'port 9000'");

        Path twice = file("port = 9000", "port = 9001");
        assertThatThrownBy(() -> resolve(Map.of(), Map.of(), twice))
                .hasMessage(twice + ":2: port is already set at " + twice + ":1");
    }

    @Test
    void a_database_url_is_never_repeated_in_a_message_as_it_may_hold_a_password() throws IOException {
        Path file = file("db.url = mysql://chancery:s3cret@db.example/chancery");

        assertThatThrownBy(() -> resolve(Map.of(), Map.of(), file)).hasMessageContaining("db.url: expected a JDBC URL")
                .message().doesNotContain("s3cret");
    }

    @Test
    void a_language_without_interface_text_is_refused() {
        assertThatThrownBy(() -> resolve(Map.of(), Map.of("CHANCERY_LANGUAGES", "en,de"), null))
                .hasMessage("CHANCERY_LANGUAGES: 'de' has no interface text: i18n/messages_de.properties is not on"
                        + " the class path");
        assertThatThrownBy(() -> resolve(Map.of(), Map.of("CHANCERY_LANGUAGES", "en,EN-gb"), null))
                .hasMessageContaining("'EN-gb' is not a two-letter language code");
    }

    @Test
    void unknown_chancery_variables_are_warned_about_but_the_tests_and_launchers_are_not() {
        Settings settings = resolve(Map.of(), Map.of("CHANCERY_PROT", "9000", "CHANCERY_TEST_PG_URL", "jdbc:x",
                "CHANCERY_JAVA_OPTS", "-Xmx1g", "CHANCERY_CONFIG", "", "PATH", "/bin"), null);

        assertThat(settings.warnings()).containsExactly(
                "environment variable CHANCERY_PROT is not a setting and is ignored (did you mean CHANCERY_PORT?)");
    }

    @Test
    void the_file_is_the_one_named_else_the_variables_else_chancery_conf_here() throws IOException {
        Path named = file("port = 1");
        Path other = Files.createDirectory(dir.resolve("elsewhere"));

        assertThat(Settings.locate(named, Map.of(), other)).contains(named);
        assertThat(Settings.locate(null, Map.of("CHANCERY_CONFIG", named.toString()), other)).contains(named);
        assertThat(Settings.locate(null, Map.of(), dir)).contains(dir.resolve("chancery.conf"));
        assertThat(Settings.locate(null, Map.of(), other)).isEmpty();
        assertThatThrownBy(() -> Settings.locate(other.resolve("missing.conf"), Map.of(), dir))
                .hasMessage("no configuration file " + other.resolve("missing.conf") + " (--config)");
    }

    @Test
    void every_default_is_a_value_the_setting_accepts() {
        for (Option<?> option : Options.ALL) {
            if (!option.defaultText().isEmpty()) {
                assertThat(option.parse().apply(option.defaultText())).as(option.key()).isNotNull();
            }
        }
        assertThat(Options.ALL).extracting(Option::key).doesNotHaveDuplicates();
        assertThat(List.of(Options.PORT.env(), Options.DB_URL.env())).containsExactly("CHANCERY_PORT",
                "CHANCERY_DB_URL");
    }
}
