package my.etika.directory.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP proxy in front of a directory that drops the connection once it has passed {@code cutAfterBytes} bytes
 * from the server to the client: a directory that goes away in the middle of a sweep.
 */
final class CuttingProxy implements AutoCloseable {

    private final ServerSocket listener;
    private final int targetPort;
    private final long cutAfterBytes;
    private final AtomicLong forwarded = new AtomicLong();

    CuttingProxy(int targetPort, long cutAfterBytes) throws IOException {
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.targetPort = targetPort;
        this.cutAfterBytes = cutAfterBytes;
        Thread acceptor = new Thread(this::accept, "cutting-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                pump(client.getInputStream(), server.getOutputStream(), client, server, false);
                pump(server.getInputStream(), client.getOutputStream(), client, server, true);
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void pump(InputStream from, OutputStream to, Socket client, Socket server, boolean countAndCut) {
        Thread pump = new Thread(() -> {
            byte[] buffer = new byte[4096];
            try {
                for (int read; (read = from.read(buffer)) >= 0; ) {
                    if (countAndCut && forwarded.addAndGet(read) > cutAfterBytes) {
                        break;
                    }
                    to.write(buffer, 0, read);
                    to.flush();
                }
            } catch (IOException gone) {
                // either side closed: close both below
            }
            closeQuietly(client);
            closeQuietly(server);
        }, "cutting-proxy-pump");
        pump.setDaemon(true);
        pump.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}
