package org.chancery.media;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One way an image is shown: a JPEG at a width ({@code w640}), or a crop to a fixed ratio around
 * the focal point ({@code card}, {@code thumb-w640}, {@code square-w320}). No rendition is wider
 * than what it is cut from: a width above the image's is made at the image's own.
 *
 * @param name   its name in addresses and file names
 * @param family the renditions it is one of, the widths of one ratio ({@code w}, {@code thumb}, ...)
 * @param width  the width asked for
 * @param ratioW the width of its ratio; 0 for the image's own
 * @param ratioH the height of its ratio
 */
public record Rendition(String name, String family, int width, int ratioW, int ratioH) {
    /** Every rendition, widest of each family last. */
    public static final List<Rendition> ALL = List.of(
            plain(320), plain(640), plain(960), plain(1280), plain(1920),
            new Rendition("card", "card", 1200, 191, 100),
            crop("thumb", 320, 16, 9), crop("thumb", 640, 16, 9), crop("thumb", 960, 16, 9),
            crop("square", 320, 1, 1), crop("square", 640, 1, 1));

    private static Rendition plain(int width) {
        return new Rendition("w" + width, "w", width, 0, 0);
    }

    private static Rendition crop(String family, int width, int w, int h) {
        return new Rendition(family + "-w" + width, family, width, w, h);
    }

    public static Optional<Rendition> named(String name) {
        return ALL.stream().filter(r -> r.name.equals(name)).findFirst();
    }

    /** Whether it is cut to a ratio around the focal point, and so carries the point in its address. */
    public boolean crop() {
        return ratioW > 0;
    }

    /** Its name in addresses and files: a crop's carries the focal point ({@code card-f50-50}). */
    public String fileName(Focus focus) {
        return crop() ? name + "-" + focus.token() : name;
    }

    /** The width and height of what it is cut from, in an image of {@code width} by {@code height}. */
    int[] source(int width, int height) {
        if (!crop()) {
            return new int[] {width, height};
        }
        int w = (int) Math.min(width, (long) height * ratioW / ratioH);
        return new int[] {Math.max(1, w), Math.max(1, (int) ((long) w * ratioH / ratioW))};
    }

    /** The width and height it is made at, in an image of {@code width} by {@code height}: never wider. */
    int[] size(int width, int height) {
        int[] from = source(width, height);
        int w = Math.min(this.width, from[0]);
        return new int[] {w, Math.max(1, (int) Math.round((double) w * from[1] / from[0]))};
    }

    /**
     * The renditions an image of {@code width} by {@code height} has: of each family those narrower
     * than what they are cut from, and the next wider one, made at full width; so an image narrower
     * than 320 has one of each, at its own width.
     */
    static List<Rendition> of(int width, int height) {
        List<Rendition> kept = new ArrayList<>();
        String family = null;
        boolean full = false;
        for (Rendition r : ALL) {
            if (!r.family.equals(family)) {
                family = r.family;
                full = false;
            }
            if (!full) {
                kept.add(r);
                full = r.width >= r.source(width, height)[0];
            }
        }
        return kept;
    }
}
