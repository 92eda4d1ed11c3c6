package dev.sockshell.posix;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.MemoryLayout.paddingLayout;
import static java.lang.foreign.MemoryLayout.sequenceLayout;
import static java.lang.foreign.MemoryLayout.structLayout;
import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemoryLayout.PathElement;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.ValueLayout;
import java.util.Arrays;

/**
 * Linux's C structs (x86_64 and aarch64 lay them out alike), each a {@link StructLayout} with the
 * field names of the C headers. The FFM layer, the C types and the tracer read fields by name from
 * here; no other class knows an offset.
 */
public final class Structs {
  private Structs() {}

  public static final StructLayout LINGER =
      structLayout(JAVA_INT.withName("l_onoff"), JAVA_INT.withName("l_linger")).withName("linger");

  public static final StructLayout TIMEVAL =
      structLayout(JAVA_LONG.withName("tv_sec"), JAVA_LONG.withName("tv_usec")).withName("timeval");

  /** s_addr holds the address in network order: its four bytes are the dotted quad's. */
  public static final StructLayout IN_ADDR =
      structLayout(sequenceLayout(4, JAVA_BYTE).withName("s_addr")).withName("in_addr");

  public static final StructLayout IN6_ADDR =
      structLayout(sequenceLayout(16, JAVA_BYTE).withName("s6_addr")).withName("in6_addr");

  public static final StructLayout IP_MREQ =
      structLayout(IN_ADDR.withName("imr_multiaddr"), IN_ADDR.withName("imr_interface"))
          .withName("ip_mreq");

  /** Linux's ip_mreqn: the interface by index; IP_MULTICAST_IF and the joins accept it too. */
  public static final StructLayout IP_MREQN =
      structLayout(
              IN_ADDR.withName("imr_multiaddr"),
              IN_ADDR.withName("imr_address"),
              JAVA_INT.withName("imr_ifindex"))
          .withName("ip_mreqn");

  public static final StructLayout IP_MREQ_SOURCE =
      structLayout(
              IN_ADDR.withName("imr_multiaddr"),
              IN_ADDR.withName("imr_interface"),
              IN_ADDR.withName("imr_sourceaddr"))
          .withName("ip_mreq_source");

  public static final StructLayout IPV6_MREQ =
      structLayout(IN6_ADDR.withName("ipv6mr_multiaddr"), JAVA_INT.withName("ipv6mr_interface"))
          .withName("ipv6_mreq");

  public static final StructLayout SOCKADDR_IN =
      structLayout(
              JAVA_SHORT.withName("sin_family"),
              JAVA_SHORT.withName("sin_port"),
              IN_ADDR.withName("sin_addr"),
              sequenceLayout(8, JAVA_BYTE).withName("sin_zero"))
          .withName("sockaddr_in");

  public static final StructLayout SOCKADDR_IN6 =
      structLayout(
              JAVA_SHORT.withName("sin6_family"),
              JAVA_SHORT.withName("sin6_port"),
              JAVA_INT.withName("sin6_flowinfo"),
              IN6_ADDR.withName("sin6_addr"),
              JAVA_INT.withName("sin6_scope_id"))
          .withName("sockaddr_in6");

  public static final StructLayout SOCKADDR_STORAGE =
      structLayout(
              JAVA_SHORT.withName("ss_family"),
              sequenceLayout(118, JAVA_BYTE).withName("__ss_padding"),
              JAVA_LONG.withName("__ss_align"))
          .withName("sockaddr_storage");

  public static final StructLayout GROUP_SOURCE_REQ =
      structLayout(
              JAVA_INT.withName("gsr_interface"),
              paddingLayout(4),
              SOCKADDR_STORAGE.withName("gsr_group"),
              SOCKADDR_STORAGE.withName("gsr_source"))
          .withName("group_source_req");

  public static final StructLayout GROUP_REQ =
      structLayout(
              JAVA_INT.withName("gr_interface"),
              paddingLayout(4),
              SOCKADDR_STORAGE.withName("gr_group"))
          .withName("group_req");

  public static final StructLayout POLLFD =
      structLayout(
              JAVA_INT.withName("fd"),
              JAVA_SHORT.withName("events"),
              JAVA_SHORT.withName("revents"))
          .withName("pollfd");

  private static void add(java.util.List<MemoryLayout> to, ValueLayout type, String... names) {
    for (String n : names) {
      to.add(type.withName(n));
    }
  }

  /** The offset of a field, by its path of names: offset(GROUP_SOURCE_REQ, "gsr_group"). */
  public static int offset(MemoryLayout struct, String... path) {
    return (int)
        struct.byteOffset(
            Arrays.stream(path).map(PathElement::groupElement).toArray(PathElement[]::new));
  }

  /** The size of a field. */
  public static int size(MemoryLayout struct, String field) {
    return (int) struct.select(groupElement(field)).byteSize();
  }

  public static int getInt(byte[] raw, MemoryLayout struct, String... path) {
    return MemorySegment.ofArray(raw).get(ValueLayout.JAVA_INT_UNALIGNED, offset(struct, path));
  }

  public static long getLong(byte[] raw, MemoryLayout struct, String... path) {
    return MemorySegment.ofArray(raw).get(ValueLayout.JAVA_LONG_UNALIGNED, offset(struct, path));
  }

  public static int getShort(byte[] raw, MemoryLayout struct, String... path) {
    return Short.toUnsignedInt(
        MemorySegment.ofArray(raw).get(ValueLayout.JAVA_SHORT_UNALIGNED, offset(struct, path)));
  }

  public static int getUByte(byte[] raw, MemoryLayout struct, String... path) {
    return Byte.toUnsignedInt(raw[offset(struct, path)]);
  }

  /** The bytes of a field: an address's four or sixteen. */
  public static byte[] bytes(byte[] raw, MemoryLayout struct, String... path) {
    int at = offset(struct, path);
    long size =
        struct
            .select(Arrays.stream(path).map(PathElement::groupElement).toArray(PathElement[]::new))
            .byteSize();
    return Arrays.copyOfRange(raw, at, at + (int) size);
  }

  /** A C int as a setsockopt value takes it (native order). */
  public static byte[] intValue(int v) {
    byte[] b = new byte[4];
    MemorySegment.ofArray(b).set(ValueLayout.JAVA_INT_UNALIGNED, 0, v);
    return b;
  }

  /** A zeroed buffer the size of {@code struct}. */
  public static byte[] zeroed(MemoryLayout struct) {
    return new byte[(int) struct.byteSize()];
  }

  public static void putInt(byte[] raw, int value, MemoryLayout struct, String... path) {
    MemorySegment.ofArray(raw).set(ValueLayout.JAVA_INT_UNALIGNED, offset(struct, path), value);
  }

  public static void putLong(byte[] raw, long value, MemoryLayout struct, String... path) {
    MemorySegment.ofArray(raw).set(ValueLayout.JAVA_LONG_UNALIGNED, offset(struct, path), value);
  }

  public static void putShort(byte[] raw, short value, MemoryLayout struct, String... path) {
    MemorySegment.ofArray(raw).set(ValueLayout.JAVA_SHORT_UNALIGNED, offset(struct, path), value);
  }

  public static void putBytes(byte[] raw, byte[] value, MemoryLayout struct, String... path) {
    System.arraycopy(value, 0, raw, offset(struct, path), value.length);
  }

  /**
   * What the process itself asks: its terminal, its signals, its peer. Made on first use, apart
   * from the common structs above: a one-shot run pays for no layout it does not use.
   */
  public static final class Process {
    private Process() {}

    /** struct winsize (ioctl TIOCGWINSZ): the terminal's size in character cells. */
    public static final StructLayout WINSIZE =
        structLayout(
                JAVA_SHORT.withName("ws_row"),
                JAVA_SHORT.withName("ws_col"),
                JAVA_SHORT.withName("ws_xpixel"),
                JAVA_SHORT.withName("ws_ypixel"))
            .withName("winsize");

    /**
     * struct sigaction, as far as its handler: the rest (mask, flags, restorer) is only ever read
     * back whole, so it is padding here (glibc x86_64 and aarch64: 152 bytes).
     */
    public static final StructLayout SIGACTION =
        structLayout(ADDRESS.withName("sa_handler"), paddingLayout(144)).withName("sigaction");

    public static final StructLayout UCRED =
        structLayout(JAVA_INT.withName("pid"), JAVA_INT.withName("uid"), JAVA_INT.withName("gid"))
            .withName("ucred");
  }

  /**
   * recvmsg and its control messages, and what the error queue holds. Made on first use, apart from
   * the common structs above: a one-shot run pays for no layout it does not use.
   */
  public static final class Messages {
    private Messages() {}

    /** What IP_RECVERR / IPV6_RECVERR put on the error queue (linux/errqueue.h). */
    public static final StructLayout SOCK_EXTENDED_ERR =
        structLayout(
                JAVA_INT.withName("ee_errno"),
                JAVA_BYTE.withName("ee_origin"),
                JAVA_BYTE.withName("ee_type"),
                JAVA_BYTE.withName("ee_code"),
                JAVA_BYTE.withName("ee_pad"),
                JAVA_INT.withName("ee_info"),
                JAVA_INT.withName("ee_data"))
            .withName("sock_extended_err");

    public static final StructLayout IN_PKTINFO =
        structLayout(
                JAVA_INT.withName("ipi_ifindex"),
                IN_ADDR.withName("ipi_spec_dst"),
                IN_ADDR.withName("ipi_addr"))
            .withName("in_pktinfo");

    public static final StructLayout IOVEC =
        structLayout(ADDRESS.withName("iov_base"), JAVA_LONG.withName("iov_len")).withName("iovec");

    public static final StructLayout MSGHDR =
        structLayout(
                ADDRESS.withName("msg_name"),
                JAVA_INT.withName("msg_namelen"),
                paddingLayout(4),
                ADDRESS.withName("msg_iov"),
                JAVA_LONG.withName("msg_iovlen"),
                ADDRESS.withName("msg_control"),
                JAVA_LONG.withName("msg_controllen"),
                JAVA_INT.withName("msg_flags"),
                paddingLayout(4))
            .withName("msghdr");

    public static final StructLayout CMSGHDR =
        structLayout(
                JAVA_LONG.withName("cmsg_len"),
                JAVA_INT.withName("cmsg_level"),
                JAVA_INT.withName("cmsg_type"))
            .withName("cmsghdr");
  }

  /**
   * The multicast routing structs the lab's routers set (linux/mroute.h, linux/mroute6.h). Made on
   * first use, apart from the common structs above: a one-shot run pays for no layout it does not
   * use.
   */
  public static final class Mroute {
    private Mroute() {}

    /** struct vifctl: a virtual interface, here by its index (VIFF_USE_IFINDEX; a union in C). */
    public static final StructLayout VIFCTL =
        structLayout(
                JAVA_SHORT.withName("vifc_vifi"),
                JAVA_BYTE.withName("vifc_flags"),
                JAVA_BYTE.withName("vifc_threshold"),
                JAVA_INT.withName("vifc_rate_limit"),
                JAVA_INT.withName("vifc_lcl_ifindex"),
                IN_ADDR.withName("vifc_rmt_addr"))
            .withName("vifctl");

    /** struct mfcctl: a route of (origin, group) from a parent vif, a TTL threshold per vif. */
    public static final StructLayout MFCCTL =
        structLayout(
                IN_ADDR.withName("mfcc_origin"),
                IN_ADDR.withName("mfcc_mcastgrp"),
                JAVA_SHORT.withName("mfcc_parent"),
                sequenceLayout(32, JAVA_BYTE).withName("mfcc_ttls"),
                paddingLayout(2),
                JAVA_INT.withName("mfcc_pkt_cnt"),
                JAVA_INT.withName("mfcc_byte_cnt"),
                JAVA_INT.withName("mfcc_wrong_if"),
                JAVA_INT.withName("mfcc_expire"))
            .withName("mfcctl");

    /** struct mif6ctl: an IPv6 multicast interface and the interface's index. */
    public static final StructLayout MIF6CTL =
        structLayout(
                JAVA_SHORT.withName("mif6c_mifi"),
                JAVA_BYTE.withName("mif6c_flags"),
                JAVA_BYTE.withName("vifc_threshold"),
                JAVA_SHORT.withName("mif6c_pifi"),
                paddingLayout(2),
                JAVA_INT.withName("vifc_rate_limit"))
            .withName("mif6ctl");

    /** struct mf6cctl: an IPv6 route of (origin, group) from a parent mif, the outgoing if_set. */
    public static final StructLayout MF6CCTL =
        structLayout(
                SOCKADDR_IN6.withName("mf6cc_origin"),
                SOCKADDR_IN6.withName("mf6cc_mcastgrp"),
                JAVA_SHORT.withName("mf6cc_parent"),
                paddingLayout(2),
                sequenceLayout(8, JAVA_INT).withName("mf6cc_ifset"))
            .withName("mf6cctl");
  }

  /**
   * TCP_INFO's struct. Made on first use, apart from the common structs above: a one-shot run pays
   * for no layout it does not use.
   */
  public static final class Tcp {
    private Tcp() {}

    /** linux/tcp.h up to tcpi_snd_wnd; byte 6 and 7 hold bit fields (wscale, app_limited…). */
    public static final StructLayout TCP_INFO = tcpInfo();

    private static StructLayout tcpInfo() {
      String[] u8 = {
        "tcpi_state",
        "tcpi_ca_state",
        "tcpi_retransmits",
        "tcpi_probes",
        "tcpi_backoff",
        "tcpi_options",
        "tcpi_wscale",
        "tcpi_flags"
      };
      String[] u32a = {
        "tcpi_rto",
        "tcpi_ato",
        "tcpi_snd_mss",
        "tcpi_rcv_mss",
        "tcpi_unacked",
        "tcpi_sacked",
        "tcpi_lost",
        "tcpi_retrans",
        "tcpi_fackets",
        "tcpi_last_data_sent",
        "tcpi_last_ack_sent",
        "tcpi_last_data_recv",
        "tcpi_last_ack_recv",
        "tcpi_pmtu",
        "tcpi_rcv_ssthresh",
        "tcpi_rtt",
        "tcpi_rttvar",
        "tcpi_snd_ssthresh",
        "tcpi_snd_cwnd",
        "tcpi_advmss",
        "tcpi_reordering",
        "tcpi_rcv_rtt",
        "tcpi_rcv_space",
        "tcpi_total_retrans"
      };
      String[] u64a = {
        "tcpi_pacing_rate", "tcpi_max_pacing_rate", "tcpi_bytes_acked", "tcpi_bytes_received"
      };
      String[] u32b = {
        "tcpi_segs_out",
        "tcpi_segs_in",
        "tcpi_notsent_bytes",
        "tcpi_min_rtt",
        "tcpi_data_segs_in",
        "tcpi_data_segs_out"
      };
      String[] u64b = {
        "tcpi_delivery_rate", "tcpi_busy_time", "tcpi_rwnd_limited", "tcpi_sndbuf_limited"
      };
      String[] u32c = {"tcpi_delivered", "tcpi_delivered_ce"};
      String[] u64c = {"tcpi_bytes_sent", "tcpi_bytes_retrans"};
      String[] u32d = {"tcpi_dsack_dups", "tcpi_reord_seen", "tcpi_rcv_ooopack", "tcpi_snd_wnd"};
      java.util.List<MemoryLayout> fields = new java.util.ArrayList<>();
      add(fields, JAVA_BYTE, u8);
      add(fields, JAVA_INT, u32a);
      add(fields, JAVA_LONG, u64a);
      add(fields, JAVA_INT, u32b);
      add(fields, JAVA_LONG, u64b);
      add(fields, JAVA_INT, u32c);
      add(fields, JAVA_LONG, u64c);
      add(fields, JAVA_INT, u32d);
      return structLayout(fields.toArray(MemoryLayout[]::new)).withName("tcp_info");
    }
  }
}
