package org.chancery.content;

import java.util.List;
import java.util.Optional;

/**
 * What the renderer may know of a picture a body shows: its size, so the page reserves its place
 * before it loads, and the widths it is also served at, so a phone fetches a small one. The media
 * library answers for its own images; anything else (an image on another site) is shown as it is.
 */
@FunctionalInterface
public interface PictureSizes {
    /** Knows no picture: every image is shown as written. */
    PictureSizes NONE = src -> Optional.empty();

    /** The picture at {@code src} (an address as written in a body), if it is one of the library's. */
    Optional<Picture> of(String src);

    /**
     * @param width   its width upright, in pixels
     * @param height  its height upright
     * @param sources the same picture at other widths, narrowest first
     */
    record Picture(int width, int height, List<Source> sources) {
        public Picture {
            sources = List.copyOf(sources);
        }

        /** The {@code srcset} attribute's value: each address with its width. */
        String srcset() {
            return String.join(", ", sources.stream().map(s -> s.url() + " " + s.width() + "w").toList());
        }
    }

    /** One width of a picture and its address. */
    record Source(String url, int width) {
    }
}
