package dev.sockshell.kernel;

import dev.sockshell.model.Proto;
import dev.sockshell.text.Words;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Who holds a port, from the kernel's socket tables (/proc/net/tcp, tcp6, udp, udp6), to tell the
 * cases of EADDRINUSE apart: a listener, only connections in TIME_WAIT, or a bound socket.
 */
public final class PortHolders {
  private PortHolders() {}

  enum Holder {
    LISTENER,
    TIME_WAIT,
    OTHER
  }

  /** The kinds of socket the kernel lists on {@code port}, for {@code proto}. */
  public static Set<Holder> on(Proto proto, int port) {
    Set<Holder> out = EnumSet.noneOf(Holder.class);
    String base = proto == Proto.TCP ? "tcp" : "udp";
    for (String table : List.of(base, base + "6")) {
      List<String> lines;
      try {
        lines = Files.readAllLines(Path.of("/proc/net", table));
      } catch (IOException e) {
        continue;
      }
      for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
        String[] f = line.trim().split("\\s+");
        if (f.length < 4 || f[1].indexOf(':') < 0) {
          continue;
        }
        int p = Integer.parseInt(f[1].substring(f[1].indexOf(':') + 1), 16);
        if (p != port) {
          continue;
        }
        out.add(
            switch (proto == Proto.TCP ? f[3] : "") {
              case "0A" -> Holder.LISTENER;
              case "06" -> Holder.TIME_WAIT;
              default -> Holder.OTHER;
            });
      }
    }
    return out;
  }

  /**
   * The hint for a bind refused with EADDRINUSE on {@code port}; {@code reuse}: whether this socket
   * already has SO_REUSEADDR.
   */
  public static Words hint(Proto proto, int port, boolean reuse) {
    Set<Holder> holders = on(proto, port);
    String p = String.valueOf(port);
    if (proto == Proto.UDP) {
      return Words.of(reuse ? "hint.inuse.udpBoth" : "hint.inuse.udp", p);
    }
    if (holders.contains(Holder.LISTENER)) {
      return Words.of("hint.inuse.listener", p);
    }
    if (holders.equals(EnumSet.of(Holder.TIME_WAIT))) {
      return Words.of(reuse ? "hint.inuse.timeWaitBoth" : "hint.inuse.timeWait", p);
    }
    return Words.of(reuse ? "hint.inuse.tcpBoth" : "hint.inuse.tcp", p);
  }
}
