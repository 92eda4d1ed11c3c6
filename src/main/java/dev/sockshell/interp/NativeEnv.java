package dev.sockshell.interp;

import dev.sockshell.ctype.CodecEnv;
import dev.sockshell.posix.Plumbing;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Enumeration;

/** Interface and errno look-ups for the value codecs, answered by libc and the JDK. */
final class NativeEnv implements CodecEnv {
  private final Plumbing sockets;
  private final dev.sockshell.lab.Lab.Slot lab;

  NativeEnv(Plumbing sockets, dev.sockshell.lab.Lab.Slot lab) {
    this.sockets = sockets;
    this.lab = lab;
  }

  /**
   * A lab interface (h1-eth0…) is looked up in its host's namespace: interface names are unique in
   * a lab, and each names its host.
   */
  @Override
  public int interfaceIndex(String name) {
    var lab = this.lab.current();
    if (lab.isPresent()) {
      var port = lab.get().topology().port(name);
      if (port.isPresent()) {
        return sockets.inNetns(
            lab.get().netnsFile(port.get().node()), () -> sockets.ifNameToIndex(name));
      }
    }
    return sockets.ifNameToIndex(name);
  }

  @Override
  public String interfaceName(int index) {
    return sockets.ifIndexToName(index);
  }

  @Override
  public Inet4Address interfaceIpv4(String name) {
    var lab = this.lab.current();
    if (lab.isPresent()) {
      var port = lab.get().topology().port(name);
      if (port.isPresent()) {
        return (Inet4Address) InetAddress.ofLiteral(port.get().v4());
      }
    }
    try {
      NetworkInterface ni = NetworkInterface.getByName(name);
      if (ni == null) {
        return null;
      }
      for (Enumeration<InetAddress> e = ni.getInetAddresses(); e.hasMoreElements(); ) {
        if (e.nextElement() instanceof Inet4Address v4) {
          return v4;
        }
      }
      return null;
    } catch (SocketException e) {
      return null;
    }
  }

  /** {@code base}, but with a lab host's interface indexes and names. */
  static CodecEnv inHost(
      CodecEnv base, Plumbing sockets, String host, dev.sockshell.lab.Lab.Slot slot) {
    var lab = slot.current();
    if (lab.isEmpty()) {
      return base;
    }
    String netns = lab.get().netnsFile(host);
    return new CodecEnv() {
      @Override
      public int interfaceIndex(String name) {
        return sockets.inNetns(netns, () -> sockets.ifNameToIndex(name));
      }

      @Override
      public String interfaceName(int index) {
        return sockets.inNetns(netns, () -> sockets.ifIndexToName(index));
      }

      @Override
      public Inet4Address interfaceIpv4(String name) {
        return base.interfaceIpv4(name);
      }

      @Override
      public String errnoName(int errno) {
        return base.errnoName(errno);
      }
    };
  }

  @Override
  public String errnoName(int errno) {
    return sockets.errnoName(errno);
  }
}
