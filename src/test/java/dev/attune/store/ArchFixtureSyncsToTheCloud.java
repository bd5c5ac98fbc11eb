package dev.attune.store;

import java.io.IOException;
import java.net.*;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;

/**
 * Breaks "no network": a socket through a star import, and a UDP channel. The old regex test looked
 * for {@code java.net.Socket} and the socket channels in the text, so it saw neither.
 */
public final class ArchFixtureSyncsToTheCloud {
  private ArchFixtureSyncsToTheCloud() {}

  public static void upload(byte[] backup) throws IOException {
    try (Socket socket = new Socket("backup.example", 443)) {
      socket.getOutputStream().write(backup);
    }
  }

  public static void ping() throws IOException {
    try (DatagramChannel channel = DatagramChannel.open()) {
      channel.send(ByteBuffer.allocate(1), new InetSocketAddress("backup.example", 9));
    }
  }
}
