package org.chancery.media;

import java.util.Locale;

/**
 * The focal point of an image, {@code x} and {@code y} from 0 (left, top) to 1 (right, bottom):
 * what a crop keeps in view. Its {@link #token()} is part of every crop's address, so moving the
 * point gives new addresses and no cache ever serves a crop around the old one.
 */
public record Focus(double x, double y) {
    public static final Focus CENTRE = new Focus(0.5, 0.5);

    public Focus {
        if (!within(x) || !within(y)) {
            throw new IllegalArgumentException("a focal point is within 0..1: " + x + ", " + y);
        }
    }

    /** Whether {@code v} may be a coordinate. */
    public static boolean within(double v) {
        return v >= 0 && v <= 1;
    }

    /** The point in whole percent, as crops' names carry it: {@code f50-50} for the centre. */
    public String token() {
        return String.format(Locale.ROOT, "f%d-%d", Math.round(x * 100), Math.round(y * 100));
    }
}
