package dev.attune;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketImpl;
import java.net.URI;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Attune has no network code, and every test proves it: a test fails when anything in the test JVM
 * tries the network while it runs. Registered for every test (META-INF/services and
 * junit-platform.properties). It works without the Security Manager, which JDK 24 removed.
 *
 * <p>Three traps and one check:
 *
 * <ul>
 *   <li>every {@link Socket} and {@link ServerSocket} gets a socket that refuses to connect, bind
 *       or listen;
 *   <li>NIO channels (what {@code java.net.http} and most libraries use) come from {@link
 *       NoNetworkSelectorProvider}, named in Surefire's argLine, which refuses TCP and UDP;
 *   <li>the default {@link ProxySelector} records every address that a URL connection or an HTTP
 *       client asks for;
 *   <li>after each test, on Linux, no internet socket may be open in this process ({@code
 *       /proc/self/fd} against {@code /proc/self/net}). That catches what slips past the traps,
 *       such as a {@link java.net.DatagramSocket}, which the JDK builds without the provider.
 * </ul>
 */
public final class NoNetwork implements BeforeEachCallback, AfterEachCallback {
  private static final List<String> ATTEMPTS = new ArrayList<>();

  /** How many attempts some test has already failed for: each fails exactly one test. */
  private static int reported;

  private static final String MARK = "attempts before";

  static {
    install();
  }

  /** Refuses and records one attempt; the exception is what the caller sees. */
  static IOException refuse(String what) {
    synchronized (ATTEMPTS) {
      ATTEMPTS.add(what);
    }
    return new IOException("Attune's tests allow no network: " + what);
  }

  /** Every attempt so far in this JVM, oldest first. */
  static List<String> attempts() {
    synchronized (ATTEMPTS) {
      return List.copyOf(ATTEMPTS);
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    context
        .getStore(ExtensionContext.Namespace.create(NoNetwork.class))
        .put(MARK, attempts().size());
  }

  @Override
  public void afterEach(ExtensionContext context) {
    int before =
        context
            .getStore(ExtensionContext.Namespace.create(NoNetwork.class))
            .getOrDefault(MARK, Integer.class, 0);
    List<String> problems;
    synchronized (ATTEMPTS) {
      int from = Math.max(before, reported);
      problems =
          new ArrayList<>(ATTEMPTS.subList(Math.min(from, ATTEMPTS.size()), ATTEMPTS.size()));
      reported = ATTEMPTS.size();
    }
    openInternetSockets().forEach(s -> problems.add("an open internet socket, " + s));
    if (!problems.isEmpty()) {
      throw new AssertionError(
          context.getDisplayName() + " used the network, which Attune never does: " + problems);
    }
  }

  /**
   * The internet sockets (TCP, UDP, raw; IPv4 and IPv6) this process has open now, as "tcp inode
   * N". Empty where {@code /proc} does not exist. Unix-domain sockets (the X display) are allowed.
   */
  static Set<String> openInternetSockets() {
    Path fds = Path.of("/proc/self/fd");
    if (!Files.isDirectory(fds)) {
      return Set.of();
    }
    Set<String> inodes = new HashSet<>();
    try (DirectoryStream<Path> open = Files.newDirectoryStream(fds)) {
      for (Path fd : open) {
        try {
          String target = Files.readSymbolicLink(fd).toString();
          if (target.startsWith("socket:[")) {
            inodes.add(target.substring("socket:[".length(), target.length() - 1));
          }
        } catch (IOException e) {
          // Closed while listing (the directory stream's own descriptor, for one).
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Set<String> found = new TreeSet<>();
    for (String table : List.of("tcp", "tcp6", "udp", "udp6", "raw", "raw6")) {
      Path file = Path.of("/proc/self/net", table);
      if (!Files.isReadable(file)) {
        continue;
      }
      try {
        List<String> lines = Files.readAllLines(file);
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
          String[] columns = line.trim().split("\\s+");
          // sl local rem st tx:rx tr:when retrnsmt uid timeout inode ...
          if (columns.length > 9 && inodes.contains(columns[9])) {
            found.add(table + " inode " + columns[9]);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return found;
  }

  @SuppressWarnings(
      "deprecation") // the only hook on every java.net.Socket; deprecated, not removed
  private static void install() {
    try {
      Socket.setSocketImplFactory(RefusingSocket::new);
      ServerSocket.setSocketFactory(RefusingSocket::new);
    } catch (IOException e) {
      throw new UncheckedIOException("the socket trap could not be installed", e);
    }
    ProxySelector.setDefault(new RecordingProxySelector());
    if (!(java.nio.channels.spi.SelectorProvider.provider() instanceof NoNetworkSelectorProvider)) {
      throw new IllegalStateException(
          "Surefire's argLine must name dev.attune.NoNetworkSelectorProvider (see pom.xml)");
    }
  }

  /** Records what a URL connection or an HTTP client would reach, and lets it fail on its own. */
  private static final class RecordingProxySelector extends ProxySelector {
    @Override
    public List<Proxy> select(URI uri) {
      refuse("a connection to " + uri);
      return List.of(Proxy.NO_PROXY);
    }

    @Override
    public void connectFailed(URI uri, SocketAddress address, IOException e) {}
  }

  /** A socket that can be made and closed, but never connects, binds or listens. */
  private static final class RefusingSocket extends SocketImpl {
    @Override
    protected void create(boolean stream) {}

    @Override
    protected void connect(String host, int port) throws IOException {
      throw refuse("a connection to " + host + ":" + port);
    }

    @Override
    protected void connect(InetAddress address, int port) throws IOException {
      throw refuse("a connection to " + address + ":" + port);
    }

    @Override
    protected void connect(SocketAddress address, int timeout) throws IOException {
      throw refuse("a connection to " + address);
    }

    @Override
    protected void bind(InetAddress host, int port) throws IOException {
      throw refuse("a socket bound to " + host + ":" + port);
    }

    @Override
    protected void listen(int backlog) throws IOException {
      throw refuse("a listening socket");
    }

    @Override
    protected void accept(SocketImpl s) throws IOException {
      throw refuse("an accepted connection");
    }

    @Override
    protected InputStream getInputStream() throws IOException {
      throw refuse("reading from a socket");
    }

    @Override
    protected OutputStream getOutputStream() throws IOException {
      throw refuse("writing to a socket");
    }

    @Override
    protected int available() {
      return 0;
    }

    @Override
    protected void close() {}

    @Override
    protected void sendUrgentData(int data) throws IOException {
      throw refuse("urgent data on a socket");
    }

    @Override
    public void setOption(int optID, Object value) {}

    @Override
    public Object getOption(int optID) {
      return null;
    }
  }
}
