package dev.attune.app;

import java.net.SocketPermission;
import java.security.Permission;
import java.util.ArrayList;
import java.util.List;

/**
 * Fails any attempt to open a network connection or a server socket while installed, and remembers
 * it. Everything else is allowed. Needs {@code -Djava.security.manager=allow} (set for the tests).
 */
@SuppressWarnings("removal") // the only JDK hook that sees every connect, in any library
final class NetworkGuard extends SecurityManager {
  private final List<String> attempts = new ArrayList<>();
  private final SecurityManager previous;

  private NetworkGuard(SecurityManager previous) {
    this.previous = previous;
  }

  static NetworkGuard install() {
    NetworkGuard guard = new NetworkGuard(System.getSecurityManager());
    System.setSecurityManager(guard);
    return guard;
  }

  void remove() {
    System.setSecurityManager(previous);
  }

  synchronized List<String> attempts() {
    return List.copyOf(attempts);
  }

  @Override
  public void checkPermission(Permission permission) {
    if (permission instanceof SocketPermission) {
      String actions = permission.getActions();
      // "resolve" alone is allowed: the JDK's X11 toolkit looks up this machine's own name for
      // each window. A connection, or a server socket, is what must never happen.
      if (actions.contains("connect") || actions.contains("accept") || actions.contains("listen")) {
        synchronized (this) {
          attempts.add(permission.getName() + " " + actions);
        }
        throw new SecurityException("Attune must not use the network: " + permission.getName());
      }
    }
  }

  @Override
  public void checkPermission(Permission permission, Object context) {
    checkPermission(permission);
  }
}
