package no.boforum.testsupport;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Checks that a loopback port is free before a server is started on it. */
public final class Ports {
  private Ports() {}

  public static boolean isFree(int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** Fails with a message that names the port, what needs it, and how to choose another. */
  public static void requireFree(int port, String what, String setting) {
    if (!isFree(port)) {
      throw new IllegalStateException(
          "Port "
              + port
              + " on 127.0.0.1 is already in use, but "
              + what
              + " needs it. Stop the program that uses it, or choose another port with "
              + setting
              + ".");
    }
  }
}
