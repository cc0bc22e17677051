package org.prepbook.serve;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The host names a request may carry in its {@code Host} header. A page on any web site can make
 * the editor's browser send requests to the preview through DNS rebinding (its own name, resolved
 * to 127.0.0.1); such a request carries that site's name, so answering only the names the server
 * is bound to keeps the preview private.
 */
final class Hosts {
    private final Set<String> allowed = new HashSet<>();

    /** @param bind the {@code --bind} value as the user gave it, and the address it resolved to */
    Hosts(String bind, InetSocketAddress address) {
        allowed.add("localhost");
        allowed.add(normal(bind));
        InetAddress at = address.getAddress();
        allowed.add(normal(at.getHostAddress()));
        if (at.isAnyLocalAddress()) {
            // Bound to every network: the machine's own addresses and name, as a phone on the LAN would use.
            try {
                for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                    Collections.list(nic.getInetAddresses()).forEach(a -> allowed.add(normal(a.getHostAddress())));
                }
                allowed.add(normal(InetAddress.getLocalHost().getHostName()));
            } catch (SocketException | java.net.UnknownHostException e) {
                // Only loopback names then: the preview stays reachable on this machine.
            }
        }
    }

    /** Whether a request with this {@code Host} header (null when absent) is for this server. */
    boolean accepts(String header) {
        if (header == null || header.isBlank()) {
            return false;
        }
        String host = header.trim();
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            host = end < 0 ? host : host.substring(1, end);
        } else if (host.indexOf(':') == host.lastIndexOf(':') && host.indexOf(':') >= 0) {
            host = host.substring(0, host.indexOf(':'));
        }
        host = normal(host);
        return allowed.contains(host) || host.endsWith(".localhost") || isLoopbackLiteral(host);
    }

    private static boolean isLoopbackLiteral(String host) {
        return host.matches("127(\\.\\d{1,3}){3}") || host.equals("::1") || host.equals("0:0:0:0:0:0:0:1");
    }

    /** Lower case, without an IPv6 zone and without the trailing dot of a fully qualified name. */
    private static String normal(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        int zone = h.indexOf('%');
        h = zone >= 0 ? h.substring(0, zone) : h;
        return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
    }
}
