package dev.sockshell.command;

import dev.sockshell.model.Atom;

/**
 * An address and port as typed. The host stays unresolved here because {@code *} and names mean
 * different addresses on IPv4 and IPv6 sockets; the interpreter resolves it for the socket.
 */
public record Endpoint(Atom host, int port) {
  public Endpoint {
    if (port < 0 || port > 65535) {
      throw new dev.sockshell.error.UsageError(
          dev.sockshell.text.Text.get("port.range", String.valueOf(port)), host.column());
    }
  }
}
