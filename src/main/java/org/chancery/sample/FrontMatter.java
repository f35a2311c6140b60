package org.chancery.sample;

import java.util.LinkedHashMap;
import java.util.Map;
import org.chancery.validation.ControlCharacters;

/**
 * A text file that starts with a block of {@code key: value} lines between two {@code ---}
 * lines, followed by its body. A file holding a control character ({@link ControlCharacters}) is
 * refused, as an editor's input would be.
 */
record FrontMatter(Map<String, String> fields, String body) {

    static FrontMatter parse(String name, String text) {
        ControlCharacters.problem(name, text).ifPresent(problem -> {
            throw new IllegalArgumentException(name + ": " + problem.detail());
        });
        String normalized = text.replace("\r\n", "\n");
        if (!normalized.endsWith("\n")) {
            normalized += "\n";
        }
        if (!normalized.startsWith("---\n")) {
            throw new IllegalArgumentException(name + ": does not start with a '---' line");
        }
        int end = normalized.startsWith("---\n---\n") ? 3 : normalized.indexOf("\n---\n", 3);
        if (end < 0) {
            throw new IllegalArgumentException(name + ": the front matter has no closing '---' line");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        String block = end > 4 ? normalized.substring(4, end) : "";
        for (String line : block.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 1) {
                throw new IllegalArgumentException(name + ": not a 'key: value' line: " + line);
            }
            fields.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
        }
        return new FrontMatter(Map.copyOf(fields), normalized.substring(end + 5).strip());
    }

    String required(String key) {
        String value = fields.get(key);
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("missing '" + key + "'");
        }
        return value;
    }

    String optional(String key) {
        String value = fields.get(key);
        return value == null || value.isEmpty() ? null : value;
    }
}
