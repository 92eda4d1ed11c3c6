package dev.sockshell.lab;

import dev.sockshell.command.Endpoint;
import dev.sockshell.error.UsageError;
import dev.sockshell.model.Atom;
import dev.sockshell.model.Family;
import dev.sockshell.posix.SockAddr;
import dev.sockshell.text.Words;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/** Resolves typed hosts for a socket's family: {@code *} is 0.0.0.0 or ::, names are looked up. */
public final class Addresses {
  private Addresses() {}

  public static SockAddr resolve(Endpoint e, Family family, Lab.Slot lab) {
    return new SockAddr(host(e.host(), family, lab), e.port());
  }

  public static InetAddress host(Atom h, Family family, Lab.Slot lab) {
    String text = h.text();
    if (h.kind() == Atom.Kind.STAR || text.equalsIgnoreCase("any") || text.equals("*")) {
      return InetAddress.ofLiteral(family == Family.IPV6 ? "::" : "0.0.0.0");
    }
    InetAddress a =
        h.kind() == Atom.Kind.IPV4 || h.kind() == Atom.Kind.IPV6
            ? dev.sockshell.ctype.Values.address(h)
            : lookup(h, family, lab);
    return forFamily(a, family, h);
  }

  private static InetAddress lookup(Atom h, Family family, Lab.Slot slot) {
    // localhost is loopback by definition (RFC 6761): no resolver needs asking
    if (h.text().equalsIgnoreCase("localhost")) {
      return InetAddress.ofLiteral(family == Family.IPV6 ? "::1" : "127.0.0.1");
    }
    // a lab host's name: its address (on its first link), before any resolver is asked
    var lab = slot.current();
    if (lab.isPresent()) {
      var a = lab.get().address(h.text(), family == Family.IPV6);
      if (a.isPresent()) {
        return a.get();
      }
    }
    try {
      for (InetAddress a : InetAddress.getAllByName(h.text())) {
        if ((family == Family.IPV6) == (a instanceof Inet6Address)) {
          return a;
        }
      }
      return InetAddress.getAllByName(h.text())[0];
    } catch (UnknownHostException ex) {
      throw new UsageError(Words.of("value.unknownHost", Words.clipped(h.text())), h.column());
    }
  }

  /** IPv4 on an IPv6 socket becomes ::ffff:a.b.c.d, as the C API wants it. */
  private static InetAddress forFamily(InetAddress a, Family family, Atom h) {
    if (family == Family.IPV4 && a instanceof Inet6Address) {
      throw new UsageError(Words.of("value.v6OnV4", Words.clipped(h.text())), h.column());
    }
    if (family == Family.IPV6 && a instanceof Inet4Address v4) {
      byte[] mapped = new byte[16];
      mapped[10] = (byte) 0xff;
      mapped[11] = (byte) 0xff;
      System.arraycopy(v4.getAddress(), 0, mapped, 12, 4);
      try {
        return Inet6Address.getByAddress(null, mapped, -1);
      } catch (UnknownHostException ex) {
        throw new IllegalStateException(ex);
      }
    }
    return a;
  }
}
