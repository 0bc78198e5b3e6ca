package cn.projectdesk.app.ui.sync;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;

/**
 * Whether the server's port answers at all, before the timer starts a sync: a TCP connect with a short
 * timeout costs nothing, while a sync against an unreachable server would wait for the HTTP client's
 * connect timeout and write a FAILED result the user did not ask for.
 */
@FunctionalInterface
interface ServerProbe {
    boolean reachable(URI server);

    static ServerProbe tcp(int timeoutMillis) {
        return server -> {
            int port = server.getPort() > 0 ? server.getPort() : 443;
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(server.getHost(), port), timeoutMillis);
                return true;
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
        };
    }
}
