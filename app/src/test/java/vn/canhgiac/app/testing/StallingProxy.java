package vn.canhgiac.app.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP proxy on 127.0.0.1 in front of a server, that can be told to stall: it then
 * accepts connections and never answers, the way an overloaded or half-dead store does.
 * Switching to a stall drops the connections already open, so pooled connections cannot
 * bypass it. Threads are daemons; {@link #close()} ends everything.
 */
public final class StallingProxy implements AutoCloseable {

	private final ServerSocket server;

	private final int backendPort;

	private final List<Socket> open = new CopyOnWriteArrayList<>();

	private volatile boolean stalled;

	public StallingProxy(int backendPort) throws IOException {
		this.backendPort = backendPort;
		this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread acceptor = new Thread(this::accept, "stalling-proxy-" + this.server.getLocalPort());
		acceptor.setDaemon(true);
		acceptor.start();
	}

	public URI endpoint() {
		return URI.create("http://127.0.0.1:" + this.server.getLocalPort());
	}

	/** From now on, connections are accepted and never answered. */
	public void stall() {
		this.stalled = true;
		dropOpenConnections();
	}

	/** From now on, connections are forwarded again. */
	public void resume() {
		this.stalled = false;
		dropOpenConnections();
	}

	private void accept() {
		while (!this.server.isClosed()) {
			try {
				Socket client = this.server.accept();
				this.open.add(client);
				if (!this.stalled) {
					forward(client);
				}
			}
			catch (IOException ex) {
				// closed
			}
		}
	}

	private void forward(Socket client) {
		Socket backend = new Socket();
		try {
			backend.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), this.backendPort), 2000);
		}
		catch (IOException ex) {
			// the server is down: the client sees the connection closed
			closeQuietly(client);
			closeQuietly(backend);
			return;
		}
		this.open.add(backend);
		pipe(client, backend);
		pipe(backend, client);
	}

	private void pipe(Socket from, Socket to) {
		Thread thread = new Thread(() -> {
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				in.transferTo(out);
			}
			catch (IOException ex) {
				// one side closed
			}
			finally {
				closeQuietly(from);
				closeQuietly(to);
				this.open.remove(from);
				this.open.remove(to);
			}
		}, "stalling-proxy-pipe");
		thread.setDaemon(true);
		thread.start();
	}

	private void dropOpenConnections() {
		for (Socket socket : this.open) {
			closeQuietly(socket);
		}
		this.open.clear();
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ex) {
			// already closed
		}
	}

	@Override
	public void close() throws IOException {
		this.server.close();
		dropOpenConnections();
	}

}
