package org.chancery.support;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Clients that send their requests a byte at a time, as a slow-loris attack does: each opens a
 * connection and sends what it was given, one byte each tick, never finishing in the time a test
 * runs. One thread writes for all of them; a connection the server closed counts as cut off.
 */
public final class SlowClients implements AutoCloseable {
    private static final Duration TICK = Duration.ofMillis(500);

    private final List<Sender> senders = new ArrayList<>();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "test-slow-clients");
        t.setDaemon(true);
        return t;
    });
    private final AtomicInteger cutOff = new AtomicInteger();
    private ScheduledFuture<?> ticking;

    private SlowClients() {
    }

    /**
     * {@code count} connections to {@code port}, each sending {@code sent(i)} one byte a tick,
     * after {@code atOnce} bytes of it sent at once.
     */
    public static SlowClients open(int port, int count, java.util.function.IntFunction<String> sent, int atOnce)
            throws IOException {
        SlowClients clients = new SlowClients();
        try {
            for (int i = 0; i < count; i++) {
                clients.senders.add(new Sender(port, sent.apply(i).getBytes(StandardCharsets.ISO_8859_1), atOnce));
            }
        } catch (IOException e) {
            clients.close();
            throw e;
        }
        clients.ticking = clients.ticker.scheduleWithFixedDelay(clients::tick, 0, TICK.toMillis(),
                TimeUnit.MILLISECONDS);
        return clients;
    }

    /** A form post to {@code path} that declares {@code length} bytes of body, the headers sent at once. */
    public static String formPost(String path, int length) {
        return "POST " + path + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + length + "\r\n\r\n"
                + "email=" + "a".repeat(length);
    }

    /** How many connections the server has closed so far. */
    public int cutOff() {
        return cutOff.get();
    }

    private void tick() {
        for (Sender s : senders) {
            if (!s.closed && !s.sendNext()) {
                cutOff.incrementAndGet();
            }
        }
    }

    @Override
    public void close() {
        if (ticking != null) {
            ticking.cancel(false);
        }
        ticker.shutdownNow();
        try {
            ticker.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        senders.forEach(Sender::close);
    }

    private static final class Sender {
        private final Socket socket = new Socket();
        private final OutputStream out;
        private final byte[] bytes;
        private int next;
        private volatile boolean closed;

        Sender(int port, byte[] bytes, int atOnce) throws IOException {
            socket.connect(new InetSocketAddress("localhost", port), 5_000);
            out = socket.getOutputStream();
            this.bytes = bytes;
            out.write(bytes, 0, atOnce);
            out.flush();
            next = atOnce;
        }

        /** Sends the next byte; false when the server has closed the connection. */
        boolean sendNext() {
            try {
                if (next < bytes.length) {
                    out.write(bytes[next++]);
                    out.flush();
                }
                return true;
            } catch (IOException e) {
                close();
                return false;
            }
        }

        void close() {
            closed = true;
            try {
                socket.close();
            } catch (IOException e) {
                // closing is all that is left to do
            }
        }
    }
}
