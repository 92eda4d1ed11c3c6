package dev.sockshell.lab;

import dev.sockshell.error.UsageError;
import dev.sockshell.event.Event;
import dev.sockshell.event.EventSink;
import dev.sockshell.posix.Linux;
import dev.sockshell.posix.Sockets;
import dev.sockshell.posix.Structs;
import dev.sockshell.text.Words;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The lab's routers route multicast the way a multicast routing daemon makes Linux do it: with
 * socket options on a raw socket in the router's namespace. IPv4: MRT_INIT on a raw IGMP socket,
 * MRT_ADD_VIF ({@code struct vifctl}) for each of its interfaces, MRT_ADD_MFC ({@code struct
 * mfcctl}) for each (source, group); IPv6: MRT6_INIT, MRT6_ADD_MIF ({@code struct mif6ctl}) and
 * MRT6_ADD_MFC ({@code struct mf6cctl}) on a raw ICMPv6 socket. An entry forwards a packet that
 * arrives on the interface towards the source out of every other one, when its TTL (hop limit) is
 * above the threshold 1; the kernel never forwards link-local scope groups (ff02::/16, ff12::/16).
 * The raw sockets are the lab's: closing one would undo its router's table.
 */
public final class LabRouting {
  private LabRouting() {}

  private static final int IPPROTO_IGMP = 2;
  private static final int IPPROTO_ICMPV6 = 58;
  private static final int VIFF_USE_IFINDEX = 0x8;
  private static final int THRESHOLD = 1;

  /** Routes {@code group} from {@code source} (a host) through every router of the lab. */
  public static void route(
      Lab.Slot slot, Sockets sockets, InetAddress group, String source, EventSink out) {
    Lab lab = LabOps.lab(slot);
    Topology t = lab.topology();
    if (!group.isMulticastAddress()) {
      throw new UsageError(Words.of("lab.notGroup", group.getHostAddress()));
    }
    LabOps.requireHost(lab, source);
    boolean v6 = group instanceof Inet6Address;
    dev.sockshell.machine.Needs.require(
        v6 ? dev.sockshell.machine.Feature.MROUTE6 : dev.sockshell.machine.Feature.MROUTE4,
        Words.literal("lab mroute"),
        Words.of(
            "lab.mrouteWould",
            v6 ? "MRT6_INIT, MRT6_ADD_MIF, MRT6_ADD_MFC" : "MRT_INIT, MRT_ADD_VIF, MRT_ADD_MFC"));
    InetAddress origin = lab.address(source, v6).orElseThrow();
    Map<String, Integer> distance = distances(t, source);
    int routers = 0;
    for (Topology.Node r : t.nodes()) {
      if (!r.router()) {
        continue;
      }
      routers++;
      List<Topology.Port> ports = t.ports(r.name());
      int parent = 0;
      for (int i = 1; i < ports.size(); i++) {
        if (distance.get(linkOf(t, ports.get(i))) < distance.get(linkOf(t, ports.get(parent)))) {
          parent = i;
        }
      }
      int fd = routerSocket(sockets, lab, r.name(), ports, v6);
      byte[] mfc =
          v6
              ? mf6cctl(origin, group, parent, ports.size())
              : mfcctl(origin, group, parent, ports.size());
      sockets.setsockopt(fd, v6 ? Linux.IPPROTO_IPV6 : Linux.IPPROTO_IP, Linux.MRT_ADD_MFC, mfc);
      List<String> outs = new ArrayList<>();
      for (int i = 0; i < ports.size(); i++) {
        if (i != parent) {
          outs.add(ports.get(i).iface());
        }
      }
      out.emit(
          new Event.Info(
              Words.of(
                  "lab.routed",
                  r.name(),
                  new dev.sockshell.posix.SockAddr(origin, 0).host(),
                  new dev.sockshell.posix.SockAddr(group, 0).host(),
                  ports.get(parent).iface(),
                  String.join(", ", outs),
                  v6 ? "MRT6_ADD_MFC" : "MRT_ADD_MFC")));
    }
    if (routers == 0) {
      out.emit(new Event.Info(Words.of("lab.noRouters", t.name())));
    }
  }

  private static String linkOf(Topology t, Topology.Port p) {
    return t.linkOf(p).name();
  }

  /** How many routers away each link is from the source's link. */
  private static Map<String, Integer> distances(Topology t, String source) {
    Map<String, Integer> d = new HashMap<>();
    List<String> queue = new ArrayList<>();
    for (Topology.Port p : t.ports(source)) {
      d.put(linkOf(t, p), 0);
      queue.add(linkOf(t, p));
    }
    for (int i = 0; i < queue.size(); i++) {
      String link = queue.get(i);
      for (Topology.Link l : t.links()) {
        if (!l.name().equals(link)) {
          continue;
        }
        for (Topology.Port p : l.ports()) {
          if (t.node(p.node()).orElseThrow().router()) {
            for (Topology.Port q : t.ports(p.node())) {
              String next = linkOf(t, q);
              if (!d.containsKey(next)) {
                d.put(next, d.get(link) + 1);
                queue.add(next);
              }
            }
          }
        }
      }
    }
    for (Topology.Link l : t.links()) {
      d.putIfAbsent(l.name(), Integer.MAX_VALUE);
    }
    return d;
  }

  /**
   * The router's raw socket for the family, made once: MRT_INIT, then one virtual interface per
   * port, numbered in port order.
   */
  private static int routerSocket(
      Sockets sockets, Lab lab, String router, List<Topology.Port> ports, boolean v6) {
    String key = router + (v6 ? "/6" : "/4");
    Integer known = lab.routerSocket(key);
    if (known != null) {
      return known;
    }
    String netns = lab.netnsFile(router);
    int fd =
        sockets.inNetns(
            netns,
            () ->
                sockets.socket(
                    v6 ? Linux.AF_INET6 : Linux.AF_INET,
                    Linux.SOCK_RAW,
                    v6 ? IPPROTO_ICMPV6 : IPPROTO_IGMP));
    lab.keepRouterSocket(key, fd, () -> sockets.close(fd));
    int level = v6 ? Linux.IPPROTO_IPV6 : Linux.IPPROTO_IP;
    sockets.setsockopt(fd, level, Linux.MRT_INIT, Structs.intValue(1));
    for (int i = 0; i < ports.size(); i++) {
      String iface = ports.get(i).iface();
      int index = sockets.inNetns(netns, () -> sockets.ifNameToIndex(iface));
      sockets.setsockopt(fd, level, Linux.MRT_ADD_VIF, v6 ? mif6ctl(i, index) : vifctl(i, index));
    }
    return fd;
  }

  /** struct vifctl: by interface index (VIFF_USE_IFINDEX). */
  public static byte[] vifctl(int vif, int ifindex) {
    byte[] b = Structs.zeroed(Structs.Mroute.VIFCTL);
    Structs.putShort(b, (short) vif, Structs.Mroute.VIFCTL, "vifc_vifi");
    b[Structs.offset(Structs.Mroute.VIFCTL, "vifc_flags")] = (byte) VIFF_USE_IFINDEX;
    b[Structs.offset(Structs.Mroute.VIFCTL, "vifc_threshold")] = (byte) THRESHOLD;
    Structs.putInt(b, ifindex, Structs.Mroute.VIFCTL, "vifc_lcl_ifindex");
    return b;
  }

  /** struct mfcctl: origin, group, parent vif, a TTL threshold per vif. */
  public static byte[] mfcctl(InetAddress origin, InetAddress group, int parent, int vifs) {
    byte[] b = Structs.zeroed(Structs.Mroute.MFCCTL);
    Structs.putBytes(b, origin.getAddress(), Structs.Mroute.MFCCTL, "mfcc_origin");
    Structs.putBytes(b, group.getAddress(), Structs.Mroute.MFCCTL, "mfcc_mcastgrp");
    Structs.putShort(b, (short) parent, Structs.Mroute.MFCCTL, "mfcc_parent");
    int ttls = Structs.offset(Structs.Mroute.MFCCTL, "mfcc_ttls");
    for (int i = 0; i < vifs; i++) {
      b[ttls + i] = (byte) (i == parent ? 0 : THRESHOLD);
    }
    return b;
  }

  /** struct mif6ctl: mif number and the interface's index. */
  public static byte[] mif6ctl(int mif, int ifindex) {
    byte[] b = Structs.zeroed(Structs.Mroute.MIF6CTL);
    Structs.putShort(b, (short) mif, Structs.Mroute.MIF6CTL, "mif6c_mifi");
    b[Structs.offset(Structs.Mroute.MIF6CTL, "vifc_threshold")] = (byte) THRESHOLD;
    Structs.putShort(b, (short) ifindex, Structs.Mroute.MIF6CTL, "mif6c_pifi");
    return b;
  }

  /** struct mf6cctl: two struct sockaddr_in6, the parent mif, the outgoing if_set. */
  public static byte[] mf6cctl(InetAddress origin, InetAddress group, int parent, int mifs) {
    byte[] b = Structs.zeroed(Structs.Mroute.MF6CCTL);
    for (String field : new String[] {"mf6cc_origin", "mf6cc_mcastgrp"}) {
      Structs.putShort(b, (short) Linux.AF_INET6, Structs.Mroute.MF6CCTL, field, "sin6_family");
    }
    Structs.putBytes(b, origin.getAddress(), Structs.Mroute.MF6CCTL, "mf6cc_origin", "sin6_addr");
    Structs.putBytes(b, group.getAddress(), Structs.Mroute.MF6CCTL, "mf6cc_mcastgrp", "sin6_addr");
    Structs.putShort(b, (short) parent, Structs.Mroute.MF6CCTL, "mf6cc_parent");
    int bits = 0;
    for (int i = 0; i < mifs; i++) {
      if (i != parent) {
        bits |= 1 << i;
      }
    }
    Structs.putInt(b, bits, Structs.Mroute.MF6CCTL, "mf6cc_ifset");
    return b;
  }
}
