package dev.sockshell.lab;

import dev.sockshell.error.UsageError;
import dev.sockshell.machine.Feature;
import dev.sockshell.machine.Machine;
import dev.sockshell.text.Text;
import dev.sockshell.text.Words;
import java.net.InetAddress;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The lab of this process: one network namespace for each host and router of a {@link Topology},
 * made and wired with the {@code ip} command of iproute2 (the kernel's own tool for namespaces,
 * veth pairs and bridges, kept by the kernel's networking maintainers). Nothing of it touches a
 * real interface: the veth pairs and bridges live inside the lab's namespaces, so deleting the
 * namespaces deletes everything. Namespaces are named {@code ss<pid>-<node>}; a lab whose process
 * is gone (killed) is removed by the next sockshell that starts.
 */
public final class Lab {
  private static boolean hooked;

  private final Topology topology;
  private final String prefix;

  private Lab(Topology topology, String prefix) {
    this.topology = topology;
    this.prefix = prefix;
  }

  public Topology topology() {
    return topology;
  }

  /** A router's raw multicast routing socket and how to close it. */
  private record RouterSocket(int fd, Runnable close) {}

  /** The routers' raw multicast routing sockets (router/4, router/6), kept while the lab is up. */
  private final java.util.Map<String, RouterSocket> routerSockets = new java.util.HashMap<>();

  public synchronized Integer routerSocket(String key) {
    RouterSocket r = routerSockets.get(key);
    return r == null ? null : r.fd();
  }

  /** Keeps a router's socket: closing it would empty the router's multicast table. */
  public synchronized void keepRouterSocket(String key, int fd, Runnable close) {
    routerSockets.put(key, new RouterSocket(fd, close));
  }

  /** The namespace of a node, e.g. {@code ss4242-h1}. */
  public String namespace(String node) {
    return prefix + "-" + node;
  }

  /** The file that names a node's namespace, for setns. */
  public String netnsFile(String node) {
    return Namespaces.NETNS.resolve(namespace(node)).toString();
  }

  /** A node's first address of a family (a host has one; a router its first link's). */
  public Optional<InetAddress> address(String node, boolean v6) {
    return topology.ports(node).stream()
        .findFirst()
        .map(p -> InetAddress.ofLiteral(v6 ? p.v6() : p.v4()));
  }

  /** Why a lab cannot be made here, or null: it needs root and the ip command. */
  public static String unavailable() {
    if (!Machine.has(Feature.ROOT)) {
      // where the kernel lets a user have namespaces of its own, --private-net gives the lab
      return Text.get(
          Machine.has(Feature.USERNS) && Machine.onPath("unshare")
              ? "lab.notRootPrivate"
              : "lab.notRoot");
    }
    if (!Machine.has(Feature.IP)) {
      return Text.get("lab.noIp");
    }
    if (!Machine.has(Feature.SYSCTL)) {
      return Text.get("lab.noSysctl");
    }
    return null;
  }

  /** Thrown out of {@link #up} when it was asked to stop (Ctrl-C); nothing of the lab is left. */
  public static final class Stopped extends RuntimeException {
    Stopped() {
      super("stopped", null, false, false);
    }
  }

  /**
   * Where a run keeps the lab it built: each run has its own (a lesson shares its parent's), so two
   * runs in one JVM have labs of their own, each in namespaces of its own prefix.
   */
  public static final class Slot {
    private volatile Lab lab;

    /** The lab that is up in this slot, if any. */
    public Optional<Lab> current() {
      return Optional.ofNullable(lab);
    }

    /**
     * Builds a lab (the one already up is kept when it has the same topology). {@code stop} is
     * asked between the steps of the build: once it says yes, what was built is removed and {@link
     * Stopped} thrown.
     */
    public Lab up(Topology t, java.util.function.BooleanSupplier stop) {
      synchronized (Lab.class) {
        String why = unavailable();
        if (why != null) {
          throw new UsageError(Words.literal(why), 0, Words.of("lab.instead"), true);
        }
        if (lab != null) {
          if (lab.topology == t) {
            return lab;
          }
          throw new UsageError(
              Words.of("lab.already", lab.topology.name()), 0, Words.of("lab.downFirst"));
        }
        Lab built = build(t, stop);
        lab = built;
        LIVE.add(this);
        return built;
      }
    }

    /** Removes the lab that is up here (its namespaces, and with them every link). */
    public boolean down() {
      synchronized (Lab.class) {
        Lab l = lab;
        if (l == null) {
          return false;
        }
        lab = null;
        LIVE.remove(this);
        l.remove();
        Owners.release(l.prefix);
        return true;
      }
    }
  }

  /** The slots with a lab up, for the shutdown hook. */
  private static final java.util.Set<Slot> LIVE =
      java.util.concurrent.ConcurrentHashMap.newKeySet();

  /** Builds {@code t} in namespaces of a prefix of its own; on failure nothing is left. */
  private static Lab build(Topology t, java.util.function.BooleanSupplier stop) {
    Namespaces.cleanStale();
    Lab lab = new Lab(t, Owners.claim(ProcessHandle.current().pid(), Namespaces::named));
    if (!hooked) {
      hooked = true;
      // each down waits for a lab being built (up holds the same lock), so that a signal in the
      // middle of lab up leaves nothing behind either
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    synchronized (Lab.class) { // waits for a lab being built: it is then LIVE
                      for (Slot s : List.copyOf(LIVE)) {
                        s.down();
                      }
                    }
                  },
                  "lab-down"));
    }
    try {
      lab.build(stop);
    } catch (RuntimeException e) {
      lab.remove();
      Owners.release(lab.prefix);
      if (!(e instanceof Stopped) && stoppedBy(e, stop)) {
        throw new Stopped(); // Ctrl-C while ip ran: the build was stopped, whatever ip said
      }
      throw e;
    }
    return lab;
  }

  /**
   * Whether a failed step was Ctrl-C: asked to stop, or a child that died of SIGINT (exit 130: the
   * terminal's Ctrl-C reached it in the moment before it left sockshell's process group), once
   * sockshell's own handler has seen the same Ctrl-C (a moment later, at most 200 ms).
   */
  private static boolean stoppedBy(RuntimeException e, java.util.function.BooleanSupplier stop) {
    if (stop.getAsBoolean()) {
      return true;
    }
    if (e.getMessage() == null || !e.getMessage().endsWith("exit 130")) {
      return false;
    }
    long until = System.nanoTime() + 200_000_000L;
    while (System.nanoTime() < until) {
      if (stop.getAsBoolean()) {
        return true;
      }
      try {
        Thread.sleep(5);
      } catch (InterruptedException ie) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return false;
  }

  /** Throws {@link Stopped} once {@code stop} says so. */
  private static void stopIf(java.util.function.BooleanSupplier stop) {
    if (stop.getAsBoolean()) {
      throw new Stopped();
    }
  }

  private void build(java.util.function.BooleanSupplier stop) {
    List<String> add = new ArrayList<>();
    for (Topology.Node n : topology.nodes()) {
      add.add("netns add " + namespace(n.name()));
    }
    stopIf(stop);
    Ip.run(List.of("-batch", "-"), add);
    for (Topology.Node n : topology.nodes()) {
      // addresses usable at once (no duplicate address detection), routers forward, and ICMP
      // errors are not rate-limited (each expired TTL gets its answer)
      List<String> sysctl =
          new ArrayList<>(
              List.of(
                  "net.ipv6.conf.all.accept_dad=0",
                  "net.ipv6.conf.default.accept_dad=0",
                  "net.ipv4.icmp_ratelimit=0",
                  "net.ipv6.icmp.ratelimit=0"));
      if (n.router()) {
        sysctl.add("net.ipv4.ip_forward=1");
        sysctl.add("net.ipv6.conf.all.forwarding=1");
        // multicast from a source behind another router must not be dropped as "martian"
        sysctl.add("net.ipv4.conf.all.rp_filter=0");
        sysctl.add("net.ipv4.conf.default.rp_filter=0");
      }
      List<String> cmd =
          new ArrayList<>(List.of("netns", "exec", namespace(n.name()), "sysctl", "-qw"));
      cmd.addAll(sysctl);
      stopIf(stop);
      Ip.run(cmd, List.of());
    }
    List<String> veths = new ArrayList<>();
    java.util.Map<String, List<String>> per = new java.util.LinkedHashMap<>();
    for (Topology.Node n : topology.nodes()) {
      per.put(n.name(), new ArrayList<>(List.of("link set lo up")));
    }
    for (Topology.Link l : topology.links()) {
      if (l.bridgeAt() == null) {
        Topology.Port a = l.ports().get(0);
        Topology.Port b = l.ports().get(1);
        veths.add(veth(a.iface(), a.node(), b.iface(), b.node()));
      } else {
        Topology.Port bridge =
            l.ports().stream().filter(p -> p.node().equals(l.bridgeAt())).findFirst().orElseThrow();
        List<String> r = per.get(l.bridgeAt());
        r.add("link add " + bridge.iface() + " type bridge mcast_snooping 0");
        for (Topology.Port p : l.ports()) {
          if (p != bridge) {
            String peer = l.bridgeAt() + "-" + p.node();
            veths.add(veth(p.iface(), p.node(), peer, l.bridgeAt()));
            r.add("link set " + peer + " master " + bridge.iface());
            r.add("link set " + peer + " up");
          }
        }
      }
      for (Topology.Port p : l.ports()) {
        List<String> c = per.get(p.node());
        c.add("link set " + p.iface() + " up");
        c.add("address add " + p.v4() + "/" + l.v4Length() + " dev " + p.iface());
        c.add("address add " + p.v6() + "/" + l.v6Length() + " dev " + p.iface() + " nodad");
      }
    }
    for (Topology.Node n : topology.nodes()) {
      for (Topology.Route r : n.routes()) {
        per.get(n.name()).add("route add " + r.to() + " via " + r.via());
      }
    }
    stopIf(stop);
    Ip.run(List.of("-batch", "-"), veths);
    for (var e : per.entrySet()) {
      stopIf(stop);
      Ip.run(List.of("-n", namespace(e.getKey()), "-batch", "-"), e.getValue());
    }
    awaitForwarding(stop);
  }

  /**
   * A bridge port forwards only once the kernel's link watcher has seen its carrier, up to a second
   * after it came up; until then what crosses the bridge is dropped. Waits for every port.
   */
  private void awaitForwarding(java.util.function.BooleanSupplier stop) {
    long until = System.nanoTime() + 5_000_000_000L;
    for (Topology.Link l : topology.links()) {
      if (l.bridgeAt() == null) {
        continue;
      }
      while (true) {
        stopIf(stop);
        String links =
            Ip.run(List.of("-n", namespace(l.bridgeAt()), "-d", "-o", "link", "show"), List.of());
        boolean ready =
            links
                .lines()
                .filter(x -> x.contains("bridge_slave"))
                .allMatch(x -> x.contains("bridge_slave state forwarding"));
        if (ready || System.nanoTime() > until) {
          break;
        }
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  private String veth(String a, String aNode, String b, String bNode) {
    return "link add "
        + a
        + " netns "
        + namespace(aNode)
        + " type veth peer name "
        + b
        + " netns "
        + namespace(bNode);
  }

  private void remove() {
    synchronized (this) {
      for (RouterSocket r : routerSockets.values()) {
        try {
          r.close().run();
        } catch (RuntimeException e) {
          // closed already; the namespace goes all the same
        }
      }
      routerSockets.clear();
    }
    List<String> names = new ArrayList<>();
    for (Topology.Node n : topology.nodes()) {
      if (Files.exists(Namespaces.NETNS.resolve(namespace(n.name())))) {
        names.add(namespace(n.name()));
      }
    }
    Namespaces.delete(names); // what cannot be removed now, the next start removes
  }
}
