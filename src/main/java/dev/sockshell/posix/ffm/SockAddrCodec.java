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

  private static final int FAMILY = Structs.offset(SOCKADDR_IN, "sin_family");
  private static final int PORT = Structs.offset(SOCKADDR_IN, "sin_port");
  private static final int V4_ADDR = Structs.offset(SOCKADDR_IN, "sin_addr");
  private static final int V6_FAMILY = Structs.offset(SOCKADDR_IN6, "sin6_family");
  private static final int V6_PORT = Structs.offset(SOCKADDR_IN6, "sin6_port");
  private static final int V6_ADDR = Structs.offset(SOCKADDR_IN6, "sin6_addr");
  private static final int V6_SCOPE = Structs.offset(SOCKADDR_IN6, "sin6_scope_id");

  static MemorySegment encode(Arena arena, SockAddr a) {
    if (a.address() instanceof Inet6Address v6) {
      MemorySegment s = arena.allocate(SOCKADDR_IN6);
      s.set(JAVA_SHORT, V6_FAMILY, (short) Linux.AF_INET6);
      s.set(NET_SHORT, V6_PORT, (short) a.port());
      MemorySegment.copy(v6.getAddress(), 0, s, JAVA_BYTE, V6_ADDR, 16);
      s.set(JAVA_INT, V6_SCOPE, v6.getScopeId());
      return s;
    }
    MemorySegment s = arena.allocate(SOCKADDR_IN);
    s.set(JAVA_SHORT, FAMILY, (short) Linux.AF_INET);
    s.set(NET_SHORT, PORT, (short) a.port());
    MemorySegment.copy(a.address().getAddress(), 0, s, JAVA_BYTE, V4_ADDR, 4);
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
    int family = s.get(JAVA_SHORT, FAMILY);
    int port = Short.toUnsignedInt(s.get(NET_SHORT, PORT));
    try {
      if (family == Linux.AF_INET && length >= V4_ADDR + 4) {
        byte[] b = s.asSlice(V4_ADDR, 4).toArray(JAVA_BYTE);
        return new SockAddr(Inet4Address.getByAddress(b), port);
      }
      if (family == Linux.AF_INET6 && length >= V6_ADDR + 16) {
        byte[] b = s.asSlice(V6_ADDR, 16).toArray(JAVA_BYTE);
        int scope = length >= V6_SCOPE + 4 ? s.get(JAVA_INT, V6_SCOPE) : 0;
        // Inet6Address directly: InetAddress.getByAddress would turn ::ffff:a.b.c.d into IPv4.
        return new SockAddr(v6(b, scope), port);
      }
    } catch (UnknownHostException e) {
      throw new IllegalStateException("kernel returned a malformed address", e);
    }
    return null;
  }
}
