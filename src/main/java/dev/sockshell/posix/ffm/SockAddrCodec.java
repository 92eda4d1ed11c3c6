package dev.sockshell.posix.ffm;

import static dev.sockshell.posix.Structs.SOCKADDR_IN;
import static dev.sockshell.posix.Structs.SOCKADDR_IN6;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import dev.sockshell.posix.Linux;
import dev.sockshell.posix.SockAddr;
import dev.sockshell.posix.Structs;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.nio.ByteOrder;

/** {@code struct sockaddr_in} / {@code sockaddr_in6} to and from Java's addresses. */
final class SockAddrCodec {
  private static final ValueLayout.OfShort NET_SHORT = JAVA_SHORT.withOrder(ByteOrder.BIG_ENDIAN);

  private SockAddrCodec() {}

  private static int at(java.lang.foreign.MemoryLayout struct, String field) {
    return Structs.offset(struct, field);
  }

  static MemorySegment encode(Arena arena, SockAddr a) {
    if (a.address() instanceof Inet6Address v6) {
      MemorySegment s = arena.allocate(SOCKADDR_IN6);
      s.set(JAVA_SHORT, at(SOCKADDR_IN6, "sin6_family"), (short) Linux.AF_INET6);
      s.set(NET_SHORT, at(SOCKADDR_IN6, "sin6_port"), (short) a.port());
      MemorySegment.copy(v6.getAddress(), 0, s, JAVA_BYTE, at(SOCKADDR_IN6, "sin6_addr"), 16);
      s.set(JAVA_INT, at(SOCKADDR_IN6, "sin6_scope_id"), v6.getScopeId());
      return s;
    }
    MemorySegment s = arena.allocate(SOCKADDR_IN);
    s.set(JAVA_SHORT, at(SOCKADDR_IN, "sin_family"), (short) Linux.AF_INET);
    s.set(NET_SHORT, at(SOCKADDR_IN, "sin_port"), (short) a.port());
    MemorySegment.copy(a.address().getAddress(), 0, s, JAVA_BYTE, at(SOCKADDR_IN, "sin_addr"), 4);
    return s;
  }

  /** A scoped address names its interface (fe80::1%veth0) when the interface is known. */
  private static Inet6Address v6(byte[] b, int scope) throws UnknownHostException {
    if (scope != 0) {
      try {
        NetworkInterface ni = NetworkInterface.getByIndex(scope);
        if (ni != null) {
          return Inet6Address.getByAddress(null, b, ni);
        }
      } catch (SocketException e) {
        // fall back to the numeric scope below
      }
    }
    return Inet6Address.getByAddress(null, b, scope != 0 ? scope : -1);
  }

  /** Decodes what the kernel wrote; null for an empty or unknown address family. */
  static SockAddr decode(MemorySegment s, int length) {
    if (length < 2) {
      return null;
    }
    // sin_family and sin_port sit where sin6_family and sin6_port do
    int family = s.get(JAVA_SHORT, at(SOCKADDR_IN, "sin_family"));
    int port = Short.toUnsignedInt(s.get(NET_SHORT, at(SOCKADDR_IN, "sin_port")));
    try {
      int v4 = at(SOCKADDR_IN, "sin_addr");
      if (family == Linux.AF_INET && length >= v4 + 4) {
        byte[] b = s.asSlice(v4, 4).toArray(JAVA_BYTE);
        return new SockAddr(Inet4Address.getByAddress(b), port);
      }
      int v6 = at(SOCKADDR_IN6, "sin6_addr");
      int scopeAt = at(SOCKADDR_IN6, "sin6_scope_id");
      if (family == Linux.AF_INET6 && length >= v6 + 16) {
        byte[] b = s.asSlice(v6, 16).toArray(JAVA_BYTE);
        int scope = length >= scopeAt + 4 ? s.get(JAVA_INT, scopeAt) : 0;
        // Inet6Address directly: InetAddress.getByAddress would turn ::ffff:a.b.c.d into IPv4.
        return new SockAddr(v6(b, scope), port);
      }
    } catch (UnknownHostException e) {
      throw new IllegalStateException("kernel returned a malformed address", e);
    }
    return null;
  }
}
