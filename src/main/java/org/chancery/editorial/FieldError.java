package org.chancery.editorial;

/**
 * Why one field of the input is not valid.
 *
 * @param field  the input's name for the field ({@code title}, {@code eventDate}, {@code speakers[2]})
 * @param code   a stable word for the kind of problem ({@code required}, {@code too-long}, {@code unknown},
 *               {@code invalid}), for clients and forms that word their own messages
 * @param detail an English sentence for people
 */
public record FieldError(String field, String code, String detail) {
}
