package dev.sockshell.posix.ffm;

import static dev.sockshell.posix.Structs.Messages.CMSGHDR;
import static dev.sockshell.posix.Structs.Messages.IOVEC;
import static dev.sockshell.posix.Structs.Messages.MSGHDR;
import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.sockshell.posix.Linux;
import dev.sockshell.posix.Structs;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * recvmsg's struct msghdr with one iovec and a control buffer, and the TTL or hop limit read from
 * its control messages. Field offsets come from the named layouts, once.
 */
final class Msghdr {
  private Msghdr() {}

  private static final long CONTROL_SIZE = 128;

  private static final long IOV_BASE = Structs.offset(IOVEC, "iov_base");
  private static final long IOV_LEN = Structs.offset(IOVEC, "iov_len");
  private static final long NAME = Structs.offset(MSGHDR, "msg_name");
  private static final long NAMELEN = Structs.offset(MSGHDR, "msg_namelen");
  private static final long IOV = Structs.offset(MSGHDR, "msg_iov");
  private static final long IOVLEN = Structs.offset(MSGHDR, "msg_iovlen");
  private static final long CONTROL = Structs.offset(MSGHDR, "msg_control");
  private static final long CONTROLLEN = Structs.offset(MSGHDR, "msg_controllen");
  private static final long CMSG_LEN = Structs.offset(CMSGHDR, "cmsg_len");
  private static final long CMSG_LEVEL = Structs.offset(CMSGHDR, "cmsg_level");
  private static final long CMSG_TYPE = Structs.offset(CMSGHDR, "cmsg_type");
  private static final long CMSG_HEADER = CMSGHDR.byteSize();

  /** The buffer the control messages are received into. */
  static MemorySegment control(Arena arena) {
    return arena.allocate(CONTROL_SIZE, 8);
  }

  /**
   * A msghdr that receives into {@code buf} (max bytes), names the sender in {@code name} and puts
   * the control messages in {@code control}.
   */
  static MemorySegment of(
      Arena arena, MemorySegment buf, long max, MemorySegment name, MemorySegment control) {
    MemorySegment iov = arena.allocate(IOVEC);
    iov.set(ADDRESS, IOV_BASE, buf);
    iov.set(JAVA_LONG, IOV_LEN, max);
    MemorySegment msg = arena.allocate(MSGHDR);
    msg.set(ADDRESS, NAME, name);
    msg.set(JAVA_INT, NAMELEN, (int) name.byteSize());
    msg.set(ADDRESS, IOV, iov);
    msg.set(JAVA_LONG, IOVLEN, 1L);
    msg.set(ADDRESS, CONTROL, control);
    msg.set(JAVA_LONG, CONTROLLEN, CONTROL_SIZE);
    return msg;
  }

  /** How long the sender's address is, as recvmsg left it. */
  static int nameLength(MemorySegment msg) {
    return msg.get(JAVA_INT, NAMELEN);
  }

  private static final long EE_SIZE = Structs.Messages.SOCK_EXTENDED_ERR.byteSize();

  private static long ee(String field) {
    return Structs.offset(Structs.Messages.SOCK_EXTENDED_ERR, field);
  }

  /**
   * The data (CMSG_DATA) of the first control message of type {@code v4Type} at IPPROTO_IP or
   * {@code v6Type} at IPPROTO_IPV6, or null; control messages are struct cmsghdr, 8-byte aligned.
   */
  private static MemorySegment find(
      MemorySegment msg, MemorySegment control, int v4Type, int v6Type) {
    long length = msg.get(JAVA_LONG, CONTROLLEN);
    long off = 0;
    while (off + CMSG_HEADER <= length) {
      long len = control.get(JAVA_LONG, off + CMSG_LEN);
      int level = control.get(JAVA_INT, off + CMSG_LEVEL);
      int type = control.get(JAVA_INT, off + CMSG_TYPE);
      if (len < CMSG_HEADER) {
        break;
      }
      if ((level == Linux.IPPROTO_IP && type == v4Type)
          || (level == Linux.IPPROTO_IPV6 && type == v6Type)) {
        return control.asSlice(off + CMSG_HEADER, len - CMSG_HEADER);
      }
      off += (len + 7) & ~7L;
    }
    return null;
  }

  /**
   * The struct sock_extended_err of an IP_RECVERR or IPV6_RECVERR control message (from the error
   * queue), with the offender's address that follows it, or null.
   */
  static dev.sockshell.posix.Sockets.ExtendedError extendedError(
      MemorySegment msg, MemorySegment control) {
    MemorySegment ee = find(msg, control, Linux.IP_RECVERR, Linux.IPV6_RECVERR);
    if (ee == null) {
      return null;
    }
    dev.sockshell.posix.SockAddr offender = null;
    long rest = ee.byteSize() - EE_SIZE;
    if (rest >= 2 && ee.get(java.lang.foreign.ValueLayout.JAVA_SHORT, EE_SIZE) != 0) {
      offender = SockAddrCodec.decode(ee.asSlice(EE_SIZE, rest), (int) rest);
    }
    return new dev.sockshell.posix.Sockets.ExtendedError(
        ee.get(JAVA_INT, ee("ee_errno")),
        Byte.toUnsignedInt(ee.get(java.lang.foreign.ValueLayout.JAVA_BYTE, ee("ee_origin"))),
        Byte.toUnsignedInt(ee.get(java.lang.foreign.ValueLayout.JAVA_BYTE, ee("ee_type"))),
        Byte.toUnsignedInt(ee.get(java.lang.foreign.ValueLayout.JAVA_BYTE, ee("ee_code"))),
        ee.get(JAVA_INT, ee("ee_info")),
        ee.get(JAVA_INT, ee("ee_data")),
        offender);
  }

  /** The TTL or hop limit among the control messages. */
  static Integer ttl(MemorySegment msg, MemorySegment control) {
    MemorySegment d = find(msg, control, Linux.IP_TTL, Linux.IPV6_HOPLIMIT);
    return d == null ? null : d.get(JAVA_INT, 0);
  }
}
