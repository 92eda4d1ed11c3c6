package dev.sockshell.event;

import dev.sockshell.model.Proto;
import dev.sockshell.posix.SockAddr;
import java.util.List;

/**
 * What a command produced. The core emits events and never prints; the console, the script runner,
 * a recorder or a test each render or collect them.
 */
public sealed interface Event {

  /** A plain result line: "s1: udp4 socket (fd 5)". */
  record Info(String text) implements Event {}

  /** A secondary line that explains what the kernel did, or a tip. */
  record Note(String text) implements Event {}

  /** {@code NAME = VALUE}, as decoded from the bytes getsockopt just returned. */
  record OptionValue(String sock, String name, String value, String note) implements Event {}

  /** Data a socket received; {@code from} is the sender, or the peer of a stream. */
  record Received(String sock, Proto proto, SockAddr from, byte[] data, Integer ttl)
      implements Event {
    public Received {
      data = data.clone();
    }

    public Received(String sock, Proto proto, SockAddr from, byte[] data) {
      this(sock, proto, from, data, null);
    }

    @Override
    public byte[] data() {
      return data.clone();
    }
  }

  /** Rows of a table (ls, options), the first row being the header. */
  record Table(List<List<String>> rows) implements Event {
    public Table {
      rows = rows.stream().map(List::copyOf).toList();
    }
  }

  /** One system call a command made, strace style (feedback verbose). */
  record Syscall(String text) implements Event {}

  /** A page of help text. */
  record Help(String text) implements Event {}

  /** A command that failed: a SocketError, UsageError or SyntaxError, with an optional hint. */
  record Failure(RuntimeException error, String hint) implements Event {}

  /** The session ended (quit/exit). */
  record Quit() implements Event {}
}
