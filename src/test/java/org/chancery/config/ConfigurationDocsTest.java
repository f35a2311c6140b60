package org.chancery.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** docs/configuration.md and the example docs/chancery.conf say what {@link Options} holds, no more, no less. */
class ConfigurationDocsTest {
    private static final Path DOCS = Path.of("docs", "configuration.md");
    private static final Path EXAMPLE = Path.of("docs", "chancery.conf");
    private static final Pattern KEY_LINE = Pattern.compile("^#?\\s*([a-z_.]+)\\s*=.*$", Pattern.MULTILINE);

    /** The table of settings as the registry describes them. */
    static String table() {
        String rows = Options.ALL.stream().map(o -> "| `" + o.key() + "` | `" + o.env() + "` | "
                + (o.flag().isEmpty() ? "" : "`" + o.flag() + "`") + " | "
                + (o.defaultText().isEmpty() ? "unset" : "`" + o.defaultText() + "`") + " | " + o.accepts() + " | "
                + o.description() + " |").collect(Collectors.joining("\n"));
        return "| key | environment | flag | default | accepts | meaning |\n|---|---|---|---|---|---|\n" + rows + "\n";
    }

    @Test
    void the_documentation_lists_exactly_the_registrys_settings() throws IOException {
        String docs = Files.readString(DOCS, StandardCharsets.UTF_8);

        assertThat(docs).as("docs/configuration.md should hold this table:%n%s", table()).contains(table());
    }

    @Test
    void the_example_file_names_every_setting_and_is_itself_valid() throws IOException {
        String example = Files.readString(EXAMPLE, StandardCharsets.UTF_8);
        Matcher m = KEY_LINE.matcher(example);
        List<String> named = m.results().map(r -> r.group(1)).toList();

        assertThat(named).containsExactlyInAnyOrderElementsOf(Options.ALL.stream().map(Option::key).toList());
        Settings.resolve(Config.of(Config.DEFAULT_PORT, Config.DEFAULT_DATA_DIR), Map.of(), Map.of(),
                Optional.of(EXAMPLE));
    }
}
