package dev.sockshell.machine;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * What this machine has, probed once each and only when first asked: capabilities from
 * /proc/self/status, kernel features from /proc, tools on the PATH. {@code SOCKSHELL_WITHOUT}
 * (environment) or {@code -Dsockshell.without} names features to treat as missing, comma-separated
 * ({@code SOCKSHELL_WITHOUT=mroute,root}), so that the path of a machine that lacks one can be
 * tried on a machine that has it.
 */
public final class Machine {
  private Machine() {}

  private static final Map<Feature, Boolean> PROBED = new EnumMap<>(Feature.class);

  /** Whether this machine has the feature (and it is not pretended missing). */
  public static boolean has(Feature f) {
    return !pretendedMissing(f) && probed(f);
  }

  /** Whether SOCKSHELL_WITHOUT (or -Dsockshell.without) names the feature. */
  public static boolean pretendedMissing(Feature f) {
    return without().contains(f.word());
  }

  /** The features named by SOCKSHELL_WITHOUT and -Dsockshell.without. */
  public static Set<String> without() {
    Set<String> out = new TreeSet<>();
    for (String s :
        new String[] {
          System.getenv("SOCKSHELL_WITHOUT"), System.getProperty("sockshell.without")
        }) {
      if (s != null) {
        for (String w : s.split("[,\\s]+")) {
          if (!w.isBlank()) {
            out.add(w.strip().toLowerCase(Locale.ROOT));
          }
        }
      }
    }
    return out;
  }

  private static synchronized boolean probed(Feature f) {
    return PROBED.computeIfAbsent(f, Machine::probe);
  }

  private static boolean probe(Feature f) {
    return switch (f) {
      case ROOT -> capable(CAP_NET_ADMIN) && capable(CAP_SYS_ADMIN);
      case NET_ADMIN -> capable(CAP_NET_ADMIN);
      case NET_RAW -> capable(CAP_NET_RAW);
      case IP -> onPath("ip");
      case SYSCTL -> onPath("sysctl");
      case IPV6 ->
          Files.exists(Path.of("/proc/net/if_inet6"))
              && !"1".equals(read("/proc/sys/net/ipv6/conf/all/disable_ipv6"));
      case MULTICAST_LO -> multicastOnLoopback();
      case MROUTE4 -> Files.exists(Path.of("/proc/net/ip_mr_vif"));
      case MROUTE6 -> Files.exists(Path.of("/proc/net/ip6_mr_vif"));
      case USERNS -> userNamespaces();
      case CC -> onPath("cc");
      case MINGW -> onPath("x86_64-w64-mingw32-gcc");
      case WINE -> Files.isExecutable(Path.of("/usr/lib/wine/wine64")) || onPath("wine64");
      case TMUX -> onPath("tmux");
    };
  }

  private static final int CAP_NET_ADMIN = 12;
  private static final int CAP_NET_RAW = 13;
  private static final int CAP_SYS_ADMIN = 21;

  /** Whether the capability is in this process's effective set, as /proc/self/status says. */
  private static boolean capable(int cap) {
    String status = read("/proc/self/status");
    if (status == null) {
      return "root".equals(System.getProperty("user.name"));
    }
    for (String l : status.lines().toList()) {
      if (l.startsWith("CapEff:")) {
        try {
          long caps = Long.parseUnsignedLong(l.substring(7).strip(), 16);
          return (caps & (1L << cap)) != 0;
        } catch (NumberFormatException e) {
          return false;
        }
      }
    }
    return false;
  }

  /** Whether a command is on the PATH. */
  public static boolean onPath(String command) {
    String path = System.getenv().getOrDefault("PATH", "/usr/sbin:/usr/bin:/sbin:/bin");
    for (String dir : path.split(":")) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, command))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a user without privileges may make a user namespace: the kernel's switches allow it
   * (Debian's unprivileged_userns_clone, max_user_namespaces, Ubuntu's AppArmor restriction), and,
   * when this process has no privileges itself, {@code unshare -Urn true} succeeds.
   */
  private static boolean userNamespaces() {
    if ("0".equals(read("/proc/sys/kernel/unprivileged_userns_clone"))
        || "0".equals(read("/proc/sys/user/max_user_namespaces"))
        || "1".equals(read("/proc/sys/kernel/apparmor_restrict_unprivileged_userns"))) {
      return false;
    }
    if (capable(CAP_SYS_ADMIN)) {
      return true; // the switches allow it; trying as root would prove nothing
    }
    if (!onPath("unshare")) {
      return false;
    }
    try {
      Process p =
          new ProcessBuilder("unshare", "-Urn", "true")
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (!p.waitFor(5, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return false;
      }
      return p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** A group for the probe alone: administratively scoped, never routed, and only ever on lo. */
  private static final String PROBE_GROUP = "239.255.77.77";

  /**
   * Whether IPv4 multicast goes round on the loopback interface: a socket joins a group on lo,
   * another sends to it with IP_MULTICAST_IF pinned to lo and TTL 0 (it never leaves the host), and
   * the first receives it within half a second.
   */
  private static boolean multicastOnLoopback() {
    try {
      NetworkInterface lo = NetworkInterface.getByName("lo");
      if (lo == null) {
        return false;
      }
      InetAddress group = InetAddress.getByName(PROBE_GROUP);
      try (DatagramChannel rx = DatagramChannel.open(StandardProtocolFamily.INET);
          DatagramChannel tx = DatagramChannel.open(StandardProtocolFamily.INET);
          Selector sel = Selector.open()) {
        rx.setOption(StandardSocketOptions.SO_REUSEADDR, true);
        rx.bind(new InetSocketAddress(0));
        rx.join(group, lo);
        rx.configureBlocking(false);
        rx.register(sel, SelectionKey.OP_READ);
        tx.setOption(StandardSocketOptions.IP_MULTICAST_IF, lo);
        tx.setOption(StandardSocketOptions.IP_MULTICAST_TTL, 0);
        tx.setOption(StandardSocketOptions.IP_MULTICAST_LOOP, true);
        int port = ((InetSocketAddress) rx.getLocalAddress()).getPort();
        tx.send(ByteBuffer.wrap(new byte[] {'?'}), new InetSocketAddress(group, port));
        return sel.select(500) > 0 && rx.receive(ByteBuffer.allocate(16)) != null;
      }
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static String read(String file) {
    try {
      return Files.readString(Path.of(file)).strip();
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** The kernel's release (uname -r), or null where /proc does not say. */
  public static String kernel() {
    return read("/proc/sys/kernel/osrelease");
  }
}
