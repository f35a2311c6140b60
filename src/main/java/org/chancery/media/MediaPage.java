package org.chancery.media;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/**
 * The media library's page: the upload form, what the last upload gave or why it was refused,
 * and a page of files, newest first.
 *
 * @param uploaded the file just uploaded, or null
 * @param existing whether that upload's bytes were in the library already
 * @param deleted  whether a file has just been deleted
 * @param error    why the last upload was refused, in words, or null
 * @param canDelete whether the user may delete files (editors and above)
 * @param older    the id to list files before, for the next page, or 0 when there are no more
 * @param zone     the home zone the times are shown in
 * @param ready    how many renditions each image of the page has made, by file id
 */
public record MediaPage(List<MediaFile> files, MediaFile uploaded, boolean existing, boolean deleted, String error,
        boolean canDelete, long older, ZoneId zone, Map<Long, MediaLibrary.Ready> ready) {

    /** A file's renditions made, of how many; null for a file without renditions. */
    public MediaLibrary.Ready ready(MediaFile file) {
        MediaLibrary.Ready r = ready.get(file.id());
        return r == null || r.of() == 0 ? null : r;
    }

    /** The largest file accepted, in MiB. */
    public long maxMebibytes() {
        return MediaLibrary.MAX_BYTES / (1024 * 1024);
    }

    public ZonedDateTime uploadedAt(MediaFile file) {
        return file.uploadedAt().atZone(zone);
    }

    /** A file's size in KiB, rounded up, for the {@code media.size} message. */
    public static long kibibytes(MediaFile file) {
        return (file.bytes() + 1023) / 1024;
    }
}
