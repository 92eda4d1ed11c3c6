package dev.sockshell.interp;

import dev.sockshell.command.Command;
import dev.sockshell.posix.SocketError;

/** One-line tips for the errors people meet while learning, keyed by call and errno. */
final class Hints {
  private Hints() {}

  static String forError(SocketError e, Command c) {
    String errno = e.errnoName();
    return switch (e.call() + " " + errno) {
      case "bind EADDRINUSE" ->
          "another socket holds this address: set SO_REUSEADDR on both before bind (two TCP"
              + " listeners on Linux need SO_REUSEPORT)";
      case "bind EADDRNOTAVAIL" -> "that address is not one of this machine's";
      case "bind EINVAL" -> "the socket is already bound";
      case "bind EACCES" -> "ports below 1024 need root";
      case "sendto EACCES", "send EACCES" ->
          "sending to a broadcast address needs SO_BROADCAST: setopt SO_BROADCAST 1";
      case "send EDESTADDRREQ", "send ENOTCONN" ->
          "the socket is not connected: use 'send … to ADDR PORT' or 'connect' first";
      case "send EPIPE", "sendto EPIPE" ->
          "the connection is closed for sending: the peer closed it, it was shut down for"
              + " writing, or it was never made (connect or accept first)";
      case "send EAGAIN", "sendto EAGAIN" ->
          "the send timeout (SO_SNDTIMEO) ran out before the send buffer had room";
      case "accept EAGAIN" -> "the receive timeout (SO_RCVTIMEO) ran out before a connection came";
      case "connect EINPROGRESS" ->
          "the send timeout (SO_SNDTIMEO) ran out before the handshake finished; the kernel goes"
              + " on trying in the background";
      case "connect EISCONN" -> "this socket is connected already";
      case "connect EALREADY" -> "an earlier connect on this socket is still in progress";
      case "shutdown ENOTCONN" ->
          "the socket is not connected, yet Linux marked it shut all the same: a recv on it now"
              + " returns 0 at once";
      case "sendto EISCONN" -> "the socket is connected: send without 'to'";
      case "connect ECONNREFUSED", "recvfrom ECONNREFUSED" -> "nothing listens on that port";
      case "recvfrom EAGAIN" ->
          c instanceof Command.Recv
              ? "the receive timeout (SO_RCVTIMEO) ran out before data arrived"
              : null;
      case "recvfrom ECONNRESET", "send ECONNRESET" ->
          "the peer reset the connection (RST), e.g. it closed with SO_LINGER on 0";
      case "recvfrom ENOTCONN" -> "a TCP socket must be connected (or accepted) to recv";
      case "accept EINVAL" -> "the socket is not listening: 'listen' first";
      case "listen EOPNOTSUPP" -> "only TCP sockets listen";
      case "setsockopt ENOPROTOOPT", "getsockopt ENOPROTOOPT" ->
          "this socket's protocol has no such option";
      case "setsockopt EINVAL" -> "the kernel refused the value for this socket";
      case "setsockopt ENODEV" -> "no such interface";
      case "setsockopt EADDRINUSE" -> "this socket already joined that group";
      case "setsockopt EADDRNOTAVAIL" ->
          "not a member of that group on that interface, or the interface address is wrong";
      default -> null;
    };
  }
}
