package org.chancery.config;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code chancery.conf}: UTF-8 text, one {@code key = value} a line; blank lines and lines
 * starting with {@code #} are skipped, blanks around key and value dropped. Every key must be a
 * known {@link Options option}, set once.
 */
public final class ConfigFile {
    /** Where a value was written: the file and line, as messages name it. */
    public record Entry(String value, String where) {
    }

    private ConfigFile() {
    }

    /** The file's settings by key, or a {@link ConfigException} naming the first line that is wrong. */
    public static Map<String, Entry> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new ConfigException(file + ": not UTF-8 text");
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            String where = file + ":" + (i + 1);
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq < 0) {
                throw new ConfigException(where + ": expected 'key = value', got '" + shorten(line) + "'");
            }
            String key = line.substring(0, eq).strip();
            if (Options.named(key).isEmpty()) {
                throw new ConfigException(where + ": unknown key '" + shorten(key) + "'"
                        + Spelling.nearest(key, Options.ALL.stream().map(Option::key).toList())
                                .map(k -> " (did you mean '" + k + "'?)").orElse(""));
            }
            Entry earlier = entries.get(key);
            if (earlier != null) {
                throw new ConfigException(where + ": " + key + " is already set at " + earlier.where());
            }
            entries.put(key, new Entry(line.substring(eq + 1).strip(), where));
        }
        return entries;
    }

    private static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
