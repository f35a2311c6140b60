package org.chancery.editorial;

/**
 * The sizes the editorial rules accept, public so that forms can say them (and set
 * {@code maxlength}) before a save is refused.
 */
public final class Limits {
    /** The largest body: 2 MiB of UTF-8. */
    public static final int BODY_BYTES = 2 * 1024 * 1024;
    public static final int TITLE = 300;
    public static final int LEAD = 2_000;
    public static final int PLACE = 200;
    /** One speaker or tag. */
    public static final int ITEM = 100;
    /** Speakers, and tags, per publication. */
    public static final int ITEMS = 50;
    public static final int SERIES_KEY = 100;
    public static final int SERIES_PARTS = 999;
    /** Change notes, force-publish and withdrawal reasons. */
    public static final int NOTE = 2_000;
    public static final int REPLACEMENT = 2_000;

    private Limits() {
    }
}
