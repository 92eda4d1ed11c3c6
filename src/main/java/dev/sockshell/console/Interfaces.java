package dev.sockshell.console;

import dev.sockshell.posix.SockAddr;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** This machine's interfaces and addresses, for completion (read when Tab is pressed). */
class Interfaces implements dev.sockshell.ctype.Machine {

  @Override
  public Map<String, Integer> interfaceIndexes() {
    return names();
  }

  @Override
  public Map<String, String> interfaceIpv4() {
    return ipv4();
  }

  /** Interface name to index. */
  Map<String, Integer> names() {
    Map<String, Integer> out = new LinkedHashMap<>();
    for (NetworkInterface ni : all()) {
      out.put(ni.getName(), ni.getIndex());
    }
    return out;
  }

  /** IPv4 address to the name of its interface. */
  Map<String, String> ipv4() {
    return addresses(Inet4Address.class);
  }

  /** IPv6 address (scoped ones with %name) to the name of its interface. */
  Map<String, String> ipv6() {
    return addresses(Inet6Address.class);
  }

  private Map<String, String> addresses(Class<? extends InetAddress> kind) {
    Map<String, String> out = new LinkedHashMap<>();
    for (NetworkInterface ni : all()) {
      for (InetAddress a : Collections.list(ni.getInetAddresses())) {
        if (kind.isInstance(a)) {
          out.put(SockAddr.hostOf(a), ni.getName());
        }
      }
    }
    return out;
  }

  private static Iterable<NetworkInterface> all() {
    try {
      return Collections.list(NetworkInterface.getNetworkInterfaces());
    } catch (SocketException e) {
      return java.util.List.of();
    }
  }
}
