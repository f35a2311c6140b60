package org.chancery.web;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The address a request comes from, for throttling. Behind a reverse proxy on the same machine
 * or network (the peer is a loopback or private address), it is the last entry of
 * {@code X-Forwarded-For}: the one the nearest proxy added, which a client cannot forge.
 * Otherwise it is the peer itself, and the header is ignored.
 */
public final class ClientAddress {
    private ClientAddress() {
    }

    public static String of(Context ctx) {
        String peer = ctx.ip();
        String forwarded = ctx.header("X-Forwarded-For");
        if (forwarded == null || forwarded.isBlank() || !local(peer)) {
            return peer;
        }
        String[] hops = forwarded.split(",");
        String last = hops[hops.length - 1].strip();
        return last.isEmpty() ? peer : last;
    }

    private static boolean local(String address) {
        if (address == null || !address.matches("[0-9a-fA-F.:\\[\\]%]+")) {
            return false;
        }
        try {
            // a literal address: getByName parses it without asking DNS
            InetAddress a = InetAddress.getByName(address);
            return a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
