package dev.sockshell.interp;

import dev.sockshell.event.Event;
import dev.sockshell.posix.Sockets;
import dev.sockshell.session.SessionSocket;

/**
 * Takes one message off a socket, the same way for recv, expect and watch: recvmsg when the socket
 * asked for the TTL (IP_RECVTTL / IPV6_RECVHOPLIMIT), else recvfrom; counts the bytes and names the
 * peer of a connected stream.
 */
final class Receiving {
  private Receiving() {}

  static Event.Received take(Sockets sockets, SessionSocket s, int max) {
    return take(sockets, s, max, 0);
  }

  /** With {@code flags} such as MSG_DONTWAIT, for a receive made after poll said it may. */
  static Event.Received take(Sockets sockets, SessionSocket s, int max, int flags) {
    Sockets.Datagram d =
        s.wantsTtl() ? sockets.recvmsg(s.fd(), max, flags) : sockets.recv(s.fd(), max, flags);
    s.countIn(d.data().length);
    return new Event.Received(
        s.label(), s.proto(), d.from() != null ? d.from() : s.peer(), d.data(), d.ttl());
  }
}
