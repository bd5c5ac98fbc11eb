package dev.attune.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetSocketAddress;
import java.net.Socket;
import org.junit.jupiter.api.Test;

class NetworkGuardTest {
  @Test
  void aConnectAttempt_isRefusedAndRecorded() {
    NetworkGuard guard = NetworkGuard.install();
    try {
      assertThrows(
          SecurityException.class,
          () -> {
            try (Socket socket = new Socket()) {
              socket.connect(new InetSocketAddress("127.0.0.1", 9), 100);
            }
          });
    } finally {
      guard.remove();
    }
    assertEquals(1, guard.attempts().size(), guard.attempts()::toString);
  }
}
