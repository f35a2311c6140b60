package org.chancery.publication;

/** Where a publication stands; only {@code PUBLISHED} items are shown to readers. */
public enum Status {
    DRAFT,
    PUBLISHED;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Status fromCode(String code) {
        return valueOf(code.toUpperCase(java.util.Locale.ROOT));
    }
}
