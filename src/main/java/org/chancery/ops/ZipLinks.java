package org.chancery.ops;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipException;

/**
 * The names of a zip's entries that are symbolic links: entries written on Unix whose external
 * attributes give the file type {@code S_IFLNK}. {@link java.util.zip.ZipFile} does not say,
 * and would hand out the link's target as the entry's bytes, so the central directory is read
 * here (ZIP64 too) for the one field it leaves out.
 */
final class ZipLinks {
    private static final int END = 0x06054b50;
    private static final int ZIP64_LOCATOR = 0x07064b50;
    private static final int ZIP64_END = 0x06064b50;
    private static final int ENTRY = 0x02014b50;
    private static final int UNIX = 3;
    private static final int FILE_TYPE = 0xF000;
    private static final int LINK = 0xA000;

    private ZipLinks() {
    }

    static Set<String> in(Path zip) throws IOException {
        try (FileChannel channel = FileChannel.open(zip, StandardOpenOption.READ)) {
            long end = findEnd(channel);
            ByteBuffer record = read(channel, end, 22);
            long entries = record.getShort(10) & 0xffff;
            long offset = record.getInt(16) & 0xffffffffL;
            if ((entries == 0xffff || offset == 0xffffffffL) && end >= 20) {
                ByteBuffer locator = read(channel, end - 20, 20);
                if (locator.getInt(0) == ZIP64_LOCATOR) {
                    ByteBuffer zip64 = read(channel, locator.getLong(8), 56);
                    if (zip64.getInt(0) != ZIP64_END) {
                        throw new ZipException("no ZIP64 end of central directory");
                    }
                    entries = zip64.getLong(32);
                    offset = zip64.getLong(48);
                }
            }
            return links(channel.position(offset), entries);
        }
    }

    private static Set<String> links(FileChannel channel, long entries) throws IOException {
        Set<String> links = new HashSet<>();
        InputStream in = new BufferedInputStream(Channels.newInputStream(channel), 64 * 1024);
        DataInputStream data = new DataInputStream(in);
        byte[] fixed = new byte[46];
        for (long i = 0; i < entries; i++) {
            data.readFully(fixed);
            ByteBuffer header = ByteBuffer.wrap(fixed).order(ByteOrder.LITTLE_ENDIAN);
            if (header.getInt(0) != ENTRY) {
                throw new ZipException("damaged central directory");
            }
            int host = (header.getShort(4) >> 8) & 0xff;
            int mode = (header.getInt(38) >>> 16) & FILE_TYPE;
            byte[] name = new byte[header.getShort(28) & 0xffff];
            data.readFully(name);
            data.skipNBytes((header.getShort(30) & 0xffff) + (long) (header.getShort(32) & 0xffff));
            if (host == UNIX && mode == LINK) {
                links.add(new String(name, StandardCharsets.UTF_8));
            }
        }
        return links;
    }

    /** The end of central directory record: the last one, within the 64 KiB a trailing comment may take. */
    private static long findEnd(FileChannel channel) throws IOException {
        long size = channel.size();
        int tail = (int) Math.min(size, 22 + 0xffff);
        ByteBuffer buffer = read(channel, size - tail, tail);
        for (int at = tail - 22; at >= 0; at--) {
            if (buffer.getInt(at) == END) {
                return size - tail + at;
            }
        }
        throw new ZipException("no end of central directory");
    }

    private static ByteBuffer read(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new ZipException("the file ends early");
            }
        }
        return buffer.flip();
    }
}
