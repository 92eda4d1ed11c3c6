package dev.sockshell.kernel;

import dev.sockshell.catalogue.SockOption;
import dev.sockshell.ctype.CodecEnv;
import dev.sockshell.model.Family;
import dev.sockshell.model.Proto;
import dev.sockshell.posix.SocketError;
import dev.sockshell.posix.Sockets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The value this kernel gives a new socket, read with getsockopt on a scratch socket that is closed
 * at once (no address, nothing sent). Cached: a kernel's defaults do not change while sockshell
 * runs, except by sysctl.
 */
public final class KernelDefaults {
  private final Sockets sockets;
  private final CodecEnv env;
  private final Map<String, String> cache = new ConcurrentHashMap<>();

  /** This machine's interface names and errno names, for laying out example values. */
  public CodecEnv env() {
    return env;
  }

  public KernelDefaults(Sockets sockets, CodecEnv env) {
    this.sockets = sockets;
    this.env = env;
  }

  /** The default for one kind of socket, e.g. "212992"; null for set-only options. */
  public String of(SockOption o, Family family, Proto proto) {
    if (!o.canGet()) {
      return null;
    }
    return cache.computeIfAbsent(
        o.name() + "/" + family + "/" + proto, k -> read(o, family, proto));
  }

  private String read(SockOption o, Family family, Proto proto) {
    int fd;
    try {
      fd = sockets.socket(family.af(), proto.sockType(), 0);
    } catch (SocketError e) {
      return "(" + e.errnoName() + ")";
    }
    try {
      byte[] raw = sockets.getsockopt(fd, o.level().number(), o.number(), o.type().capacity());
      return o.type().show(raw, env);
    } catch (SocketError e) {
      return "(" + e.errnoName() + ")";
    } finally {
      sockets.close(fd);
    }
  }

  /** "udp4 212992, tcp4 16384": the default for each kind of socket the option is for. */
  public String summary(SockOption o) {
    if (!o.canGet()) {
      return null;
    }
    Family family = o.families().contains(Family.IPV4) ? Family.IPV4 : Family.IPV6;
    Map<String, List<String>> byValue = new LinkedHashMap<>();
    for (Proto p : Proto.values()) {
      // an option of raw sockets (which sockshell does not open): what TCP and UDP sockets read
      if (o.protos().contains(p) || o.protos().isEmpty()) {
        byValue
            .computeIfAbsent(of(o, family, p), v -> new ArrayList<>())
            .add(p.lower() + family.suffix());
      }
    }
    List<String> parts = new ArrayList<>();
    byValue.forEach((value, kinds) -> parts.add(String.join("/", kinds) + " " + value));
    return String.join(", ", parts);
  }
}
