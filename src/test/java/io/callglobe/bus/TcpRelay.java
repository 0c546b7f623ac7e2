package io.callglobe.bus;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Forwards a local port to the broker: a broker that comes up when the test says so. */
final class TcpRelay implements AutoCloseable {

    private final ServerSocket server;
    private final int targetPort;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();

    private TcpRelay(ServerSocket server, int targetPort) {
        this.server = server;
        this.targetPort = targetPort;
        daemon(this::accept);
    }

    /** A port nothing listens on, until {@link #open} binds it. */
    static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        }
    }

    static TcpRelay open(int port, int targetPort) throws IOException {
        return new TcpRelay(new ServerSocket(port), targetPort);
    }

    private void accept() {
        try {
            while (true) {
                Socket client = server.accept();
                Socket broker = new Socket("127.0.0.1", targetPort);
                sockets.add(client);
                sockets.add(broker);
                daemon(() -> pump(client, broker));
                daemon(() -> pump(broker, client));
            }
        } catch (IOException closed) {
            // The relay was closed.
        }
    }

    private static void pump(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException e) {
            // One side went away; closing both ends the other pump.
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        sockets.forEach(TcpRelay::closeQuietly);
    }

    private static void daemon(Runnable task) {
        Thread thread = new Thread(task, "tcp-relay");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Already closed.
        }
    }
}
