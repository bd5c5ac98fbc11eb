package dev.attune;

import java.io.IOException;
import java.net.ProtocolFamily;
import java.net.StandardProtocolFamily;
import java.nio.channels.Channel;
import java.nio.channels.DatagramChannel;
import java.nio.channels.Pipe;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.channels.spi.AbstractSelector;
import java.nio.channels.spi.SelectorProvider;

/**
 * The tests' NIO provider (named in Surefire's argLine): TCP and UDP channels are refused and
 * recorded by {@link NoNetwork}; pipes, selectors and Unix-domain sockets go to the JDK's own
 * provider. The JDK's provider is not exported, hence {@code --add-exports java.base/sun.nio.ch}.
 */
public final class NoNetworkSelectorProvider extends SelectorProvider {
  private final SelectorProvider jdk;

  public NoNetworkSelectorProvider() {
    try {
      jdk =
          (SelectorProvider)
              Class.forName("sun.nio.ch.DefaultSelectorProvider").getMethod("get").invoke(null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(
          "the JDK's selector provider is out of reach: is java.base/sun.nio.ch exported?", e);
    }
  }

  @Override
  public DatagramChannel openDatagramChannel() throws IOException {
    throw NoNetwork.refuse("a UDP channel");
  }

  @Override
  public DatagramChannel openDatagramChannel(ProtocolFamily family) throws IOException {
    throw NoNetwork.refuse("a UDP channel (" + family + ")");
  }

  @Override
  public Pipe openPipe() throws IOException {
    return jdk.openPipe();
  }

  @Override
  public AbstractSelector openSelector() throws IOException {
    return jdk.openSelector();
  }

  @Override
  public ServerSocketChannel openServerSocketChannel() throws IOException {
    throw NoNetwork.refuse("a listening TCP channel");
  }

  @Override
  public ServerSocketChannel openServerSocketChannel(ProtocolFamily family) throws IOException {
    if (family == StandardProtocolFamily.UNIX) {
      return jdk.openServerSocketChannel(family);
    }
    throw NoNetwork.refuse("a listening TCP channel (" + family + ")");
  }

  @Override
  public SocketChannel openSocketChannel() throws IOException {
    throw NoNetwork.refuse("a TCP channel");
  }

  @Override
  public SocketChannel openSocketChannel(ProtocolFamily family) throws IOException {
    if (family == StandardProtocolFamily.UNIX) {
      return jdk.openSocketChannel(family);
    }
    throw NoNetwork.refuse("a TCP channel (" + family + ")");
  }

  @Override
  public Channel inheritedChannel() throws IOException {
    return jdk.inheritedChannel();
  }
}
