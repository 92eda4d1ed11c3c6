package dev.sockshell.lab;

import java.util.List;
import java.util.Optional;

/**
 * A lab: hosts and routers (each a network namespace of its own), the links between them with their
 * IPv4 and IPv6 addresses (documentation ranges only), and each node's routes.
 *
 * @param drawing the topology as a small picture, for {@code lab}
 */
public record Topology(String name, List<Node> nodes, List<Link> links, String drawing) {
  /** A host or a router; a router forwards (IPv4 and IPv6). */
  public record Node(String name, boolean router, List<Route> routes) {}

  /** A node's interface on a link, with its addresses (without the prefix length). */
  public record Port(String node, String iface, String v4, String v6) {}

  /**
   * A link: two ports joined by a veth pair, or more joined by a bridge that is the interface of
   * {@code bridgeAt} (a router) on that link.
   */
  public record Link(String name, int v4Length, int v6Length, String bridgeAt, List<Port> ports) {}

  /** A route: {@code to} is a prefix or "default"; {@code via} the next hop's address. */
  public record Route(String to, String via) {}

  public Optional<Node> node(String name) {
    return nodes.stream().filter(n -> n.name().equals(name)).findFirst();
  }

  /** The ports of a node, in link order. */
  public List<Port> ports(String node) {
    return links.stream()
        .flatMap(l -> l.ports().stream())
        .filter(p -> p.node().equals(node))
        .toList();
  }

  /** The port of an interface (interface names are unique in a lab), if any. */
  public Optional<Port> port(String iface) {
    return links.stream()
        .flatMap(l -> l.ports().stream())
        .filter(p -> p.iface().equals(iface))
        .findFirst();
  }

  /** The link a port is on. */
  public Link linkOf(Port p) {
    return links.stream().filter(l -> l.ports().contains(p)).findFirst().orElseThrow();
  }

  /** The nodes' names, for messages: "h1, h3, h2, r1, r2, h4". */
  public String nodeNames() {
    return String.join(", ", nodes.stream().map(Node::name).toList());
  }

  private static Route r(String to, String via) {
    return new Route(to, via);
  }

  private static Port p(String node, String iface, String v4, String v6) {
    return new Port(node, iface, v4, v6);
  }

  /**
   * h1 and h3 share a link with r1 (a bridge); h2 and r2 sit on r1's second link; h4 is behind r2.
   * A packet from h1 crosses no router to h3, one to h2, two to h4.
   */
  public static final Topology ROUTERS =
      new Topology(
          "routers",
          List.of(
              new Node(
                  "h1", false, List.of(r("default", "192.0.2.254"), r("::/0", "2001:db8:1::254"))),
              new Node(
                  "h3", false, List.of(r("default", "192.0.2.254"), r("::/0", "2001:db8:1::254"))),
              new Node(
                  "h2",
                  false,
                  List.of(
                      r("default", "198.51.100.254"),
                      r("::/0", "2001:db8:2::254"),
                      r("203.0.113.0/24", "198.51.100.253"),
                      r("2001:db8:3::/64", "2001:db8:2::253"))),
              new Node(
                  "r1",
                  true,
                  List.of(
                      r("203.0.113.0/24", "198.51.100.253"),
                      r("2001:db8:3::/64", "2001:db8:2::253"))),
              new Node(
                  "r2",
                  true,
                  List.of(r("default", "198.51.100.254"), r("::/0", "2001:db8:2::254"))),
              new Node(
                  "h4",
                  false,
                  List.of(r("default", "203.0.113.254"), r("::/0", "2001:db8:3::254")))),
          List.of(
              new Link(
                  "A",
                  24,
                  64,
                  "r1",
                  List.of(
                      p("h1", "h1-eth0", "192.0.2.1", "2001:db8:1::1"),
                      p("h3", "h3-eth0", "192.0.2.3", "2001:db8:1::3"),
                      p("r1", "r1-eth0", "192.0.2.254", "2001:db8:1::254"))),
              new Link(
                  "B",
                  24,
                  64,
                  "r1",
                  List.of(
                      p("h2", "h2-eth0", "198.51.100.2", "2001:db8:2::2"),
                      p("r2", "r2-eth0", "198.51.100.253", "2001:db8:2::253"),
                      p("r1", "r1-eth1", "198.51.100.254", "2001:db8:2::254"))),
              new Link(
                  "C",
                  24,
                  64,
                  null,
                  List.of(
                      p("r2", "r2-eth1", "203.0.113.254", "2001:db8:3::254"),
                      p("h4", "h4-eth0", "203.0.113.4", "2001:db8:3::4")))),
          """
            h1 ─┐
                ├─(A)─ r1 ─(B)─┬─ h2
            h3 ─┘              └─ r2 ─(C)─ h4
          """);

  /** Two hosts on one link (a veth pair), for multicast between two machines. */
  public static final Topology PAIR =
      new Topology(
          "pair",
          List.of(new Node("h1", false, List.of()), new Node("h2", false, List.of())),
          List.of(
              new Link(
                  "A",
                  24,
                  64,
                  null,
                  List.of(
                      p("h1", "h1-eth0", "192.0.2.1", "2001:db8:1::1"),
                      p("h2", "h2-eth0", "192.0.2.2", "2001:db8:1::2")))),
          """
            h1 ─(A)─ h2
          """);

  public static final List<Topology> ALL = List.of(ROUTERS, PAIR);

  public static Optional<Topology> named(String name) {
    return ALL.stream().filter(t -> t.name().equalsIgnoreCase(name)).findFirst();
  }
}
