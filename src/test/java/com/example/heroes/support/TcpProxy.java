package com.example.heroes.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP proxy on loopback that a test can cut, to put a database out of reach of the
 * application and bring it back. {@link #refuse()} closes every connection and refuses
 * new ones; {@link #blackhole()} keeps connections open but lets nothing through, as a
 * dead network would; {@link #restore()} forwards again.
 */
public final class TcpProxy implements AutoCloseable {

	private enum Mode {

		FORWARD, BLACKHOLE, REFUSE

	}

	private final String targetHost;

	private final int targetPort;

	private final int port;

	private final List<Socket> sockets = new CopyOnWriteArrayList<>();

	private volatile Mode mode = Mode.FORWARD;

	private volatile ServerSocket server;

	public TcpProxy(String targetHost, int targetPort) throws IOException {
		this.targetHost = targetHost;
		this.targetPort = targetPort;
		this.server = listen(0);
		this.port = this.server.getLocalPort();
	}

	public int port() {
		return this.port;
	}

	public synchronized void refuse() throws IOException {
		this.mode = Mode.REFUSE;
		this.server.close();
		closeAll();
	}

	public synchronized void blackhole() {
		this.mode = Mode.BLACKHOLE;
	}

	/** Forwards again; connections that were held in a blackhole are dropped. */
	public synchronized void restore() throws IOException {
		if (this.mode == Mode.REFUSE) {
			this.server = listen(this.port);
		}
		else if (this.mode == Mode.BLACKHOLE) {
			closeAll();
		}
		this.mode = Mode.FORWARD;
	}

	@Override
	public void close() throws IOException {
		this.mode = Mode.REFUSE;
		this.server.close();
		closeAll();
	}

	private ServerSocket listen(int port) throws IOException {
		ServerSocket socket = new ServerSocket();
		socket.setReuseAddress(true);
		socket.bind(new InetSocketAddress("127.0.0.1", port));
		Thread acceptor = new Thread(() -> accept(socket), "tcp-proxy-accept");
		acceptor.setDaemon(true);
		acceptor.start();
		return socket;
	}

	private void accept(ServerSocket listening) {
		while (!listening.isClosed()) {
			try {
				Socket client = listening.accept();
				Socket target = new Socket(this.targetHost, this.targetPort);
				synchronized (this) {
					// A connection accepted just before refuse() must not outlive it.
					if (this.mode == Mode.REFUSE || listening != this.server) {
						closeQuietly(client);
						closeQuietly(target);
						continue;
					}
					this.sockets.add(client);
					this.sockets.add(target);
				}
				pump(client, target);
				pump(target, client);
			}
			catch (IOException ex) {
				// The listening socket was closed: this acceptor is done.
			}
		}
	}

	private void pump(Socket from, Socket to) {
		Thread pump = new Thread(() -> {
			byte[] buffer = new byte[16 * 1024];
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				int read;
				while ((read = in.read(buffer)) >= 0) {
					while (this.mode == Mode.BLACKHOLE && !from.isClosed()) {
						Thread.sleep(20);
					}
					out.write(buffer, 0, read);
					out.flush();
				}
			}
			catch (IOException | InterruptedException ex) {
				// One side closed: the other follows.
			}
			finally {
				closeQuietly(from);
				closeQuietly(to);
			}
		}, "tcp-proxy-pump");
		pump.setDaemon(true);
		pump.start();
	}

	private void closeAll() {
		this.sockets.forEach(TcpProxy::closeQuietly);
		this.sockets.clear();
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ex) {
			// Already closed.
		}
	}

}
