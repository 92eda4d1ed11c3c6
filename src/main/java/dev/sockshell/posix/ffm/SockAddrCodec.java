package dev.sockshell.posix.ffm;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import dev.sockshell.posix.Linux;
import dev.sockshell.posix.SockAddr;
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

  static MemorySegment encode(Arena arena, SockAddr a) {
    if (a.address() instanceof Inet6Address v6) {
      MemorySegment s = arena.allocate(Linux.SOCKADDR_IN6_SIZE, 4);
      s.set(JAVA_SHORT, 0, (short) Linux.AF_INET6);
      s.set(NET_SHORT, 2, (short) a.port());
      MemorySegment.copy(v6.getAddress(), 0, s, JAVA_BYTE, 8, 16);
      s.set(JAVA_INT, 24, v6.getScopeId());
      return s;
    }
    MemorySegment s = arena.allocate(Linux.SOCKADDR_IN_SIZE, 4);
    s.set(JAVA_SHORT, 0, (short) Linux.AF_INET);
    s.set(NET_SHORT, 2, (short) a.port());
    MemorySegment.copy(a.address().getAddress(), 0, s, JAVA_BYTE, 4, 4);
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
    int family = s.get(JAVA_SHORT, 0);
    int port = Short.toUnsignedInt(s.get(NET_SHORT, 2));
    try {
      if (family == Linux.AF_INET && length >= 8) {
        byte[] b = s.asSlice(4, 4).toArray(JAVA_BYTE);
        return new SockAddr(Inet4Address.getByAddress(b), port);
      }
      if (family == Linux.AF_INET6 && length >= 24) {
        byte[] b = s.asSlice(8, 16).toArray(JAVA_BYTE);
        int scope = length >= 28 ? s.get(JAVA_INT, 24) : 0;
        // Inet6Address directly: InetAddress.getByAddress would turn ::ffff:a.b.c.d into IPv4.
        return new SockAddr(v6(b, scope), port);
      }
    } catch (UnknownHostException e) {
      throw new IllegalStateException("kernel returned a malformed address", e);
    }
    return null;
  }
}
