package org.chancery.web;

import io.javalin.http.Context;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.ByteRange;

/**
 * A file sent whole or in parts, as RFC 9110 section 14 says: {@code Range: bytes=...} gets 206 with
 * {@code Content-Range} (several ranges as {@code multipart/byteranges}), a range set none of whose
 * ranges falls in the file gets 416 with {@code Content-Range: bytes *}{@code /length}, and an
 * {@code If-Range} that no longer names the file's ETag gets the whole file. A Range header that
 * cannot be read, is in another unit or asks for more than {@link #MAX_RANGES} parts is ignored: the
 * whole file, 200, as RFC 9110 lets a server do. Jetty's {@link ByteRange} reads the ranges (a suffix
 * {@code -100} is the last 100 bytes; an end past the file is the file's end; overlapping ranges
 * merge); what is read here is only whether to read them.
 */
public final class ByteRanges {
    /** More parts than a PDF viewer asks for at once; past it, a request is more likely an attack. */
    static final int MAX_RANGES = 16;
    private static final Pattern SPEC = Pattern.compile("(\\d*)-(\\d*)");
    /** Past 18 digits a position does not fit a long; it is past the end of any file, or means "to the end". */
    private static final int MAX_DIGITS = 18;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ByteRanges() {
    }

    /**
     * Sends the file's bytes, or the parts the request asks for, with its length and type. The caller
     * has set its validators and Cache-Control, and answered a matching {@code If-None-Match}. A HEAD
     * gets the same status and headers without the file being read.
     */
    public static void send(Context ctx, Path file, long length, String contentType, String etag) {
        ctx.header("Accept-Ranges", "bytes");
        List<ByteRange> ranges = ifRangeHolds(ctx.header("If-Range"), etag)
                ? requested(ctx.header("Range"), length) : null;
        boolean head = RequestFilter.method(ctx).equals("HEAD");
        if (ranges != null && ranges.isEmpty()) {
            ctx.status(416).header("Content-Range", "bytes */" + length);
            ctx.res().setContentType(null);  // no content, so no type (not Javalin's default text/plain)
            ctx.result(new byte[0]);
            return;
        }
        if (ranges == null) {
            ctx.contentType(contentType).header("Content-Length", Long.toString(length));
            body(ctx, head, () -> slice(file, 0, length));
        } else if (ranges.size() == 1) {
            ByteRange range = ranges.get(0);
            ctx.status(206).contentType(contentType).header("Content-Range", range.toHeaderValue(length))
                    .header("Content-Length", Long.toString(range.getLength()));
            body(ctx, head, () -> slice(file, range.first(), range.getLength()));
        } else {
            Multipart parts = new Multipart(file, length, contentType, ranges);
            ctx.status(206).contentType("multipart/byteranges; boundary=" + parts.boundary)
                    .header("Content-Length", Long.toString(parts.length()));
            body(ctx, head, parts::stream);
        }
    }

    /**
     * The ranges to send: null to send the whole file (no Range, or one to ignore), none when none of
     * them is satisfiable, else Jetty's reading of them, sorted and merged.
     */
    static List<ByteRange> requested(String header, long length) {
        if (header == null) {
            return null;
        }
        int equals = header.indexOf('=');
        if (equals < 0 || !header.substring(0, equals).strip().toLowerCase(Locale.ROOT).equals("bytes")) {
            return null;
        }
        List<String> specs = new ArrayList<>();
        for (String element : header.substring(equals + 1).split(",", -1)) {
            String spec = element.strip();
            if (spec.isEmpty()) {
                continue;  // an empty list element, which a recipient ignores
            }
            Matcher m = SPEC.matcher(spec);
            if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty()) || backwards(m)) {
                return null;
            }
            specs.add(bounded(m.group(1), Long.toString(Long.MAX_VALUE)) + "-" + bounded(m.group(2), ""));
        }
        if (specs.isEmpty() || specs.size() > MAX_RANGES) {
            return null;
        }
        return ByteRange.parse(List.of("bytes=" + String.join(",", specs)), length);
    }

    /** A strong comparison of If-Range with the file's ETag; a date, or a weak tag, never holds. */
    static boolean ifRangeHolds(String ifRange, String etag) {
        return ifRange == null || ifRange.strip().equals(etag);
    }

    /** {@code 500-100}: RFC 9110 makes such a range set invalid, so it is ignored. */
    private static boolean backwards(Matcher m) {
        String first = m.group(1);
        String last = m.group(2);
        if (first.isEmpty() || last.isEmpty()) {
            return false;
        }
        return last.length() <= MAX_DIGITS
                && (first.length() > MAX_DIGITS || Long.parseLong(first) > Long.parseLong(last));
    }

    private static String bounded(String digits, String tooLong) {
        return digits.length() > MAX_DIGITS ? tooLong : digits;
    }

    private interface Body {
        InputStream open() throws IOException;
    }

    private static void body(Context ctx, boolean head, Body body) {
        if (head) {
            return;
        }
        try {
            ctx.result(body.open());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code length} bytes of the file from {@code first}. */
    private static InputStream slice(Path file, long first, long length) throws IOException {
        FileChannel channel = FileChannel.open(file);
        try {
            channel.position(first);
            return new Bounded(Channels.newInputStream(channel), length);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private static String boundary() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** The parts of a 206 to several ranges, each with its type and range, between boundaries. */
    private static final class Multipart {
        private final Path file;
        private final List<ByteRange> ranges;
        private final List<byte[]> heads = new ArrayList<>();
        private final byte[] tail;
        final String boundary = boundary();

        Multipart(Path file, long length, String contentType, List<ByteRange> ranges) {
            this.file = file;
            this.ranges = ranges;
            for (ByteRange range : ranges) {
                heads.add(("\r\n--" + boundary + "\r\nContent-Type: " + contentType + "\r\nContent-Range: "
                        + range.toHeaderValue(length) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            }
            tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        }

        long length() {
            long total = tail.length;
            for (int i = 0; i < ranges.size(); i++) {
                total += heads.get(i).length + ranges.get(i).getLength();
            }
            return total;
        }

        InputStream stream() throws IOException {
            List<InputStream> streams = new ArrayList<>();
            for (int i = 0; i < ranges.size(); i++) {
                ByteRange range = ranges.get(i);
                streams.add(new ByteArrayInputStream(heads.get(i)));
                streams.add(slice(file, range.first(), range.getLength()));
            }
            streams.add(new ByteArrayInputStream(tail));
            return new SequenceInputStream(Collections.enumeration(streams));
        }
    }

    /** At most {@code left} bytes of a stream. */
    private static final class Bounded extends InputStream {
        private final InputStream in;
        private long left;

        Bounded(InputStream in, long left) {
            this.in = in;
            this.left = left;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = in.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = in.read(buffer, offset, (int) Math.min(length, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
