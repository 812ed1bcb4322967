package dk.forbind.itests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;

/**
 * Ports nothing on this machine listens on right now, so that test nodes never collide with each other or a running
 * Forbind; never the same port twice in one test run, because the system may offer a port again as soon as it is
 * closed (a node once got the same port for its broker and its SSH server).
 */
final class FreePorts {
    private static final Set<Integer> HANDED_OUT = new HashSet<>();

    private FreePorts() {
    }

    /** The ports a node opens before FORBIND_PORT_OFFSET moves them (bin/setenv). */
    private static final int[] NODE_DEFAULTS = {8181, 8443, 8101, 1099, 44444, 61616, 61617};

    /**
     * A FORBIND_PORT_OFFSET (a multiple of 10, as bin/setenv wants) under which every port of a node is free now
     * and handed out to nobody else.
     */
    static synchronized int nodeOffset() {
        for (int offset = 1000; offset <= 3900; offset += 10) {
            boolean free = true;
            for (int port : NODE_DEFAULTS) {
                free &= !HANDED_OUT.contains(port + offset) && bindable(port + offset);
            }
            if (free) {
                for (int port : NODE_DEFAULTS) {
                    HANDED_OUT.add(port + offset);
                }
                return offset;
            }
        }
        throw new IllegalStateException("no port offset with all of a node's ports free");
    }

    private static boolean bindable(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static synchronized int next() {
        while (true) {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                socket.setReuseAddress(true);
                if (HANDED_OUT.add(socket.getLocalPort())) {
                    return socket.getLocalPort();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
