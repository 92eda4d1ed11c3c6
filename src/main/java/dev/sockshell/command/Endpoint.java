package dev.sockshell.command;

/**
 * An address and port as typed. The host stays unresolved here because {@code *} and names mean
 * different addresses on IPv4 and IPv6 sockets; the interpreter resolves it for the socket.
 */
public record Endpoint(Atom host, int port) {
  public Endpoint {
    if (port < 0 || port > 65535) {
      throw new dev.sockshell.error.UsageError("port must be 0..65535, not " + port, host.column());
    }
  }
}
