package org.chancery.editorial;

/**
 * One field that differs between two versions of the content, each value as text
 * (lists one item per line, dates ISO, empty for none).
 */
public record FieldChange(String field, String before, String after) {
}
