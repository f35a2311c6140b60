package org.chancery.publication;

/**
 * Where a publication stands in the editorial workflow. Readers see {@code PUBLISHED} items
 * everywhere and {@code WITHDRAWN} ones only at their own address, with a notice; an
 * {@code UNPUBLISHED} item's address answers 410 Gone or redirects to its replacement.
 */
public enum Status {
    DRAFT,
    SUBMITTED,
    SCHEDULED,
    PUBLISHED,
    WITHDRAWN,
    UNPUBLISHED;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The bundle key of the status's name, e.g. {@code status.draft}. */
    public String labelKey() {
        return "status." + code();
    }

    public static Status fromCode(String code) {
        return valueOf(code.toUpperCase(java.util.Locale.ROOT));
    }
}
