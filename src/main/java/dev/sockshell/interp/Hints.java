package dev.sockshell.interp;

import dev.sockshell.command.Command;
import dev.sockshell.posix.SocketError;
import dev.sockshell.text.Text;

/**
 * One-line tips for the errors people meet while learning: hint.CALL.ERRNO in the message bundle
 * (send and sendto share theirs).
 */
final class Hints {
  private Hints() {}

  static String forError(SocketError e, Command c) {
    String call = e.call().equals("sendto") ? "send" : e.call();
    if (call.equals("recvfrom") && e.errnoName().equals("EAGAIN") && !(c instanceof Command.Recv)) {
      return null;
    }
    String key = "hint." + call + "." + e.errnoName();
    return Text.has(key) ? Text.get(key) : null;
  }
}
