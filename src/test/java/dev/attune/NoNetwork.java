package dev.attune;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.DatagramSocketImpl;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketException;
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
 * <p>The traps, and one check:
 *
 * <ul>
 *   <li>every {@link Socket} and {@link ServerSocket} gets a socket that refuses to connect, bind
 *       or listen, and every {@link DatagramSocket} one that refuses to bind or send;
 *   <li>NIO channels (what {@code java.net.http} and most libraries use) come from {@link
 *       NoNetworkSelectorProvider}, named in Surefire's argLine, which refuses TCP and UDP;
 *   <li>the default {@link ProxySelector} records every address that a URL connection or an HTTP
 *       client asks for;
 *   <li>names are looked up in a hosts file that knows only localhost ({@code jdk.net.hosts.file}
 *       in the argLine), so no DNS query leaves the JVM;
 *   <li>after each test, on Linux, no internet socket may be open in this process that was not open
 *       before it ({@code /proc/self/fd} against {@code /proc/self/net}).
 * </ul>
 *
 * <p>What it cannot see: a socket given an explicit proxy ({@code new Socket(Proxy)}), which the
 * JDK builds without the factory, unless it is still open when the test ends; and native code.
 * {@code ArchitectureTest} forbids {@code java.net} in Attune's code, which covers both there.
 */
public final class NoNetwork implements BeforeEachCallback, AfterEachCallback {
  private static final List<String> ATTEMPTS = new ArrayList<>();

  /** How many attempts some test has already failed for: each fails exactly one test. */
  private static int reported;

  private static final String MARK = "attempts before";
  private static final String SOCKETS = "sockets before";

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
  public static List<String> attempts() {
    synchronized (ATTEMPTS) {
      return List.copyOf(ATTEMPTS);
    }
  }

  /**
   * Installs the traps in this JVM, for a process that runs no tests (a child Attune): {@link
   * #attempts} and {@link #openInternetSockets} then tell what it tried.
   */
  public static void guardThisJvm() {
    // Loading this class installed the traps.
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    ExtensionContext.Store store =
        context.getStore(ExtensionContext.Namespace.create(NoNetwork.class));
    store.put(MARK, attempts().size());
    store.put(SOCKETS, openInternetSockets());
  }

  @Override
  public void afterEach(ExtensionContext context) {
    ExtensionContext.Store store =
        context.getStore(ExtensionContext.Namespace.create(NoNetwork.class));
    int before = store.getOrDefault(MARK, Integer.class, 0);
    @SuppressWarnings("unchecked")
    Set<String> openBefore = store.getOrDefault(SOCKETS, Set.class, Set.of());
    List<String> problems;
    synchronized (ATTEMPTS) {
      int from = Math.max(before, reported);
      problems =
          new ArrayList<>(ATTEMPTS.subList(Math.min(from, ATTEMPTS.size()), ATTEMPTS.size()));
      reported = ATTEMPTS.size();
    }
    for (String socket : openInternetSockets()) {
      if (!openBefore.contains(socket)) {
        problems.add("an internet socket left open, " + socket);
      }
    }
    if (!problems.isEmpty()) {
      throw new AssertionError(
          context.getDisplayName() + " used the network, which Attune never does: " + problems);
    }
  }

  /**
   * The internet sockets (TCP, UDP, raw; IPv4 and IPv6) this process has open now, as "tcp inode
   * N". Empty where {@code /proc} does not exist. Unix-domain sockets (the X display) are allowed.
   */
  public static Set<String> openInternetSockets() {
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
      DatagramSocket.setDatagramSocketImplFactory(RefusingDatagramSocket::new);
    } catch (IOException e) {
      throw new UncheckedIOException("the socket trap could not be installed", e);
    }
    ProxySelector.setDefault(new RecordingProxySelector());
    if (!(java.nio.channels.spi.SelectorProvider.provider() instanceof NoNetworkSelectorProvider)) {
      throw new IllegalStateException(
          "Surefire's argLine must name dev.attune.NoNetworkSelectorProvider (see pom.xml)");
    }
    if (System.getProperty("jdk.net.hosts.file") == null) {
      throw new IllegalStateException(
          "Surefire's argLine must set jdk.net.hosts.file, so no name lookup leaves (see pom.xml)");
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

  /** A UDP socket that can be made and closed, but never binds, sends or receives. */
  @SuppressWarnings("deprecation") // setTTL and getTTL are deprecated, and still abstract
  private static final class RefusingDatagramSocket extends DatagramSocketImpl {
    @Override
    protected void create() {}

    @Override
    protected void bind(int port, InetAddress address) throws SocketException {
      throw new SocketException(
          refuse("a UDP socket bound to " + address + ":" + port).getMessage());
    }

    @Override
    protected void send(DatagramPacket packet) throws IOException {
      throw refuse("a UDP packet to " + packet.getSocketAddress());
    }

    @Override
    protected int peek(InetAddress address) throws IOException {
      throw refuse("reading from a UDP socket");
    }

    @Override
    protected int peekData(DatagramPacket packet) throws IOException {
      throw refuse("reading from a UDP socket");
    }

    @Override
    protected void receive(DatagramPacket packet) throws IOException {
      throw refuse("reading from a UDP socket");
    }

    @Override
    protected void setTTL(byte ttl) {}

    @Override
    protected byte getTTL() {
      return 0;
    }

    @Override
    protected void setTimeToLive(int ttl) {}

    @Override
    protected int getTimeToLive() {
      return 0;
    }

    @Override
    protected void join(InetAddress address) throws IOException {
      throw refuse("a multicast group " + address);
    }

    @Override
    protected void leave(InetAddress address) {}

    @Override
    protected void joinGroup(SocketAddress address, NetworkInterface netIf) throws IOException {
      throw refuse("a multicast group " + address);
    }

    @Override
    protected void leaveGroup(SocketAddress address, NetworkInterface netIf) {}

    @Override
    protected void close() {}

    @Override
    public void setOption(int optID, Object value) {}

    @Override
    public Object getOption(int optID) {
      return null;
    }
  }
}
