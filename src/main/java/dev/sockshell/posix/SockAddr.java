package dev.sockshell.posix;

import java.net.Inet6Address;
import java.net.InetAddress;

/** A socket address: an IPv4 or IPv6 address (with its scope id) and a port. */
public record SockAddr(InetAddress address, int port) {

  public boolean isV6() {
    return address instanceof Inet6Address;
  }

  /** {@code 127.0.0.1:9000} or {@code [::1]:9000}, the way people write them. */
  @Override
  public String toString() {
    return isV6() ? "[" + host() + "]:" + port : host() + ":" + port;
  }

  /** The address alone, without a reverse lookup, with {@code %scope} for scoped IPv6. */
  public String host() {
    return hostOf(address);
  }

  public static String hostOf(InetAddress address) {
    String s = address.getHostAddress();
    if (address instanceof Inet6Address v6) {
      int pct = s.indexOf('%');
      String bare = pct < 0 ? s : s.substring(0, pct);
      String compact = compressV6(bare);
      if (v6.getScopedInterface() != null) {
        return compact + "%" + v6.getScopedInterface().getName();
      }
      return v6.getScopeId() != 0 ? compact + "%" + v6.getScopeId() : compact;
    }
    return s;
  }

  /** Java prints IPv6 in full (0:0:0:0:0:0:0:1); people and the kernel write ::1. */
  static String compressV6(String full) {
    String[] parts = full.split(":");
    int bestStart = -1;
    int bestLen = 0;
    for (int i = 0; i < parts.length; ) {
      if (parts[i].equals("0")) {
        int j = i;
        while (j < parts.length && parts[j].equals("0")) {
          j++;
        }
        if (j - i > bestLen && j - i > 1) {
          bestStart = i;
          bestLen = j - i;
        }
        i = j;
      } else {
        i++;
      }
    }
    if (bestStart < 0) {
      return full;
    }
    String head = String.join(":", java.util.Arrays.copyOfRange(parts, 0, bestStart));
    String tail =
        String.join(":", java.util.Arrays.copyOfRange(parts, bestStart + bestLen, parts.length));
    return head + "::" + tail;
  }
}
