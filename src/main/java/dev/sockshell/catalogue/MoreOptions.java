package dev.sockshell.catalogue;

import static dev.sockshell.catalogue.Level.*;
import static dev.sockshell.catalogue.OptionCatalogue.ANY;
import static dev.sockshell.catalogue.OptionCatalogue.BOTH;
import static dev.sockshell.catalogue.OptionCatalogue.RAW;
import static dev.sockshell.catalogue.OptionCatalogue.TCP;
import static dev.sockshell.catalogue.OptionCatalogue.UDP;
import static dev.sockshell.catalogue.OptionCatalogue.V4;
import static dev.sockshell.catalogue.OptionCatalogue.V6;
import static dev.sockshell.catalogue.SockOption.Access.*;
import static dev.sockshell.ctype.CTypes.*;

/**
 * Every other option socket(7), ip(7), ipv6(7), tcp(7) and udp(7) name for an AF_INET or AF_INET6
 * socket, one row each, with its Linux number (the uapi headers) and C type; their words are in
 * options[_ko].properties. Options of raw sockets (IP_HDRINCL, IP_ROUTER_ALERT, IP_NODEFRAG,
 * IPV6_CHECKSUM, IPV6_ROUTER_ALERT) are marked {@link Trait#RAW_ONLY}: the kernel still answers on
 * TCP and UDP sockets, and sockshell asks it. Values that hold a pointer, a variable-length list or
 * a key structure (SO_ATTACH_FILTER's sock_fprog, IP_MSFILTER, TCP_MD5SIG, the IPsec policies, the
 * IPv6 extension headers) are written and shown as raw bytes of their struct.
 */
final class MoreOptions {
  private MoreOptions() {}

  static void addTo(OptionCatalogue c) {
    c.traits("IPV6_MTU", Trait.READS_OTHER);
    c.traits("SO_DEBUG", Trait.PRIVILEGED);
    c.traits("SO_PRIORITY", Trait.PRIVILEGED);
    c.traits("SO_SNDBUFFORCE", Trait.PRIVILEGED);
    c.traits("SO_RCVBUFFORCE", Trait.PRIVILEGED);
    c.traits("SO_MARK", Trait.PRIVILEGED);
    c.traits("SO_BUSY_POLL", Trait.PRIVILEGED);
    c.traits("SO_PREFER_BUSY_POLL", Trait.PRIVILEGED);
    c.traits("SO_BUSY_POLL_BUDGET", Trait.PRIVILEGED);
    c.traits("IP_TRANSPARENT", Trait.PRIVILEGED);
    c.traits("IPV6_TRANSPARENT", Trait.PRIVILEGED);
    c.traits("IPV6_JOIN_ANYCAST", Trait.PRIVILEGED);
    c.traits("TCP_REPAIR", Trait.PRIVILEGED);
    c.traits("TCP_FASTOPEN_KEY", Trait.PRIVILEGED);
    c.traits("TCP_TX_DELAY", Trait.PRIVILEGED);
    c.traits("SO_BUF_LOCK", Trait.BUFFER_LOCK);
    for (String admin :
        new String[] {
          "IP_IPSEC_POLICY", "IP_XFRM_POLICY", "IPV6_IPSEC_POLICY", "IPV6_XFRM_POLICY",
          "IPV6_HOPOPTS", "IPV6_RTHDRDSTOPTS", "IPV6_DSTOPTS", "IPV6_NEXTHOP"
        }) {
      c.traits(admin, Trait.PRIVILEGED);
    }
    for (String raw :
        new String[] {
          "IP_HDRINCL", "IP_ROUTER_ALERT", "IP_NODEFRAG", "IPV6_CHECKSUM", "IPV6_ROUTER_ALERT"
        }) {
      c.traits(raw, Trait.RAW_ONLY);
    }
    c.add(SOL_SOCKET, "SO_DEBUG", 1, BOOL_INT, GET_SET, BOTH, ANY, false);
    c.add(SOL_SOCKET, "SO_DONTROUTE", 5, BOOL_INT, GET_SET, BOTH, ANY, false);
    c.add(SOL_SOCKET, "SO_OOBINLINE", 10, BOOL_INT, GET_SET, BOTH, TCP, false);
    c.add(SOL_SOCKET, "SO_NO_CHECK", 11, BOOL_INT, GET_SET, BOTH, UDP, false);
    c.add(SOL_SOCKET, "SO_PRIORITY", 12, INT, GET_SET, BOTH, ANY, false);
    c.add(SOL_SOCKET, "SO_BSDCOMPAT", 14, BOOL_INT, GET_SET, BOTH, ANY, false);
    c.add(SOL_SOCKET, "SO_PASSCRED", 16, BOOL_INT, GET_SET, BOTH, ANY, false);
    c.add(SOL_SOCKET, "SO_PEERCRED", 17, UCRED, GET_ONLY, BOTH, ANY, false);
    c.add(SOL_SOCKET, "SO_RCVLOWAT", 18, INT, GET_SET, BOTH, ANY, false);
    c.add(SOL_SOCKET, "SO_SNDLOWAT", 19, INT, GET_SET, BOTH, ANY, false);
    c.add(SOL_SOCKET, "SO_BINDTODEVICE", 25, IFNAME, GET_SET, BOTH, ANY, false);
    c.add(
        SOL_SOCKET, "SO_ATTACH_FILTER", 26, SOCK_FPROG, GET_SET, BOTH, ANY, false, "SO_GET_FILTER");
    c.add(SOL_SOCKET, "SO_DETACH_FILTER", 27, INT, SET_ONLY, BOTH, ANY, false, "SO_DETACH_BPF");
    c.add(SOL_SOCKET, "SO_PEERNAME", 28, SOCKADDR, GET_ONLY, BOTH, ANY, false);
    c.add(SOL_SOCKET, "SO_TIMESTAMP", 29, BOOL_INT, GET_SET, BOTH, ANY, false);
    c.add(SOL_SOCKET, "SO_ACCEPTCONN", 30, BOOL_INT, GET_ONLY, BOTH, ANY, false);
    c.add(SOL_SOCKET, "SO_PEERSEC", 31, SECCTX, GET_ONLY, BOTH, ANY, false);
    c.add(SOL_SOCKET, "SO_SNDBUFFORCE", 32, INT, SET_ONLY, BOTH, ANY, false);
    c.add(SOL_SOCKET, "SO_RCVBUFFORCE", 33, INT, SET_ONLY, BOTH, ANY, false);
    c.add(SOL_SOCKET, "SO_PASSSEC", 34, BOOL_INT, GET_SET, BOTH, ANY, false);
    c.add(SOL_SOCKET, "SO_TIMESTAMPNS", 35, BOOL_INT, GET_SET, BOTH, ANY, false);
    c.add(SOL_SOCKET, "SO_MARK", 36, INT, GET_SET, BOTH, ANY, false);
    c.add(SOL_SOCKET, "SO_TIMESTAMPING", 37, INT, GET_SET, BOTH, ANY, false);
    c.add(SOL_SOCKET, "SO_PROTOCOL", 38, PROTOCOL, GET_ONLY, BOTH, ANY, false);
    c.add(SOL_SOCKET, "SO_DOMAIN", 39, DOMAIN, GET_ONLY, BOTH, ANY, false);
    c.add(SOL_SOCKET, "SO_RXQ_OVFL", 40, BOOL_INT, GET_SET, BOTH, ANY, false);
    c.add(SOL_SOCKET, "SO_WIFI_STATUS", 41, BOOL_INT, GET_SET, BOTH, ANY, false);
    c.add(SOL_SOCKET, "SO_PEEK_OFF", 42, INT, GET_SET, BOTH, ANY, false);
    c.add(SOL_SOCKET, "SO_NOFCS", 43, BOOL_INT, GET_SET, BOTH, ANY, false);
    c.add(SOL_SOCKET, "SO_LOCK_FILTER", 44, BOOL_INT, GET_SET, BOTH, ANY, false);
    c.add(SOL_SOCKET, "SO_SELECT_ERR_QUEUE", 45, BOOL_INT, GET_SET, BOTH, ANY, false);
    c.add(SOL_SOCKET, "SO_BUSY_POLL", 46, INT, GET_SET, BOTH, ANY, false);
    c.add(SOL_SOCKET, "SO_MAX_PACING_RATE", 47, U64, GET_SET, BOTH, ANY, false);
    c.add(SOL_SOCKET, "SO_BPF_EXTENSIONS", 48, INT, GET_ONLY, BOTH, ANY, false);
    c.add(SOL_SOCKET, "SO_INCOMING_CPU", 49, INT, GET_SET, BOTH, ANY, false);
    c.add(SOL_SOCKET, "SO_ATTACH_BPF", 50, INT, SET_ONLY, BOTH, ANY, false);
    c.add(SOL_SOCKET, "SO_ATTACH_REUSEPORT_CBPF", 51, SOCK_FPROG, SET_ONLY, BOTH, ANY, false);
    c.add(SOL_SOCKET, "SO_ATTACH_REUSEPORT_EBPF", 52, INT, SET_ONLY, BOTH, ANY, false);
    c.add(SOL_SOCKET, "SO_CNX_ADVICE", 53, INT, SET_ONLY, BOTH, ANY, false);
    c.add(SOL_SOCKET, "SO_MEMINFO", 55, MEMINFO, GET_ONLY, BOTH, ANY, false);
    c.add(SOL_SOCKET, "SO_INCOMING_NAPI_ID", 56, INT, GET_ONLY, BOTH, ANY, false);
    c.add(SOL_SOCKET, "SO_COOKIE", 57, U64, GET_ONLY, BOTH, ANY, false);
    c.add(SOL_SOCKET, "SO_ZEROCOPY", 60, BOOL_INT, GET_SET, BOTH, ANY, false);
    c.add(SOL_SOCKET, "SO_BINDTOIFINDEX", 62, IFINDEX, GET_SET, BOTH, ANY, false);
    c.add(SOL_SOCKET, "SO_PREFER_BUSY_POLL", 69, BOOL_INT, GET_SET, BOTH, ANY, false);
    c.add(SOL_SOCKET, "SO_BUSY_POLL_BUDGET", 70, INT, SET_ONLY, BOTH, ANY, false);
    c.add(SOL_SOCKET, "SO_NETNS_COOKIE", 71, U64, GET_ONLY, BOTH, ANY, false);
    c.add(SOL_SOCKET, "SO_BUF_LOCK", 72, BUF_LOCK, GET_SET, BOTH, ANY, false);
    c.add(SOL_SOCKET, "SO_RESERVE_MEM", 73, INT, GET_SET, BOTH, ANY, false);
    c.add(SOL_SOCKET, "SO_TXREHASH", 74, INT, GET_SET, BOTH, TCP, false);
    c.add(SOL_SOCKET, "SO_RCVMARK", 75, BOOL_INT, GET_SET, BOTH, ANY, false);
    c.add(IPPROTO_IP, "IP_HDRINCL", 3, BOOL_INT, GET_SET, V4, RAW, true);
    c.add(IPPROTO_IP, "IP_OPTIONS", 4, IP_OPTIONS, GET_SET, V4, ANY, false);
    c.add(IPPROTO_IP, "IP_ROUTER_ALERT", 5, BOOL_INT, GET_SET, V4, RAW, true);
    c.add(IPPROTO_IP, "IP_RECVOPTS", 6, BOOL_INT, GET_SET, V4, UDP, false);
    c.add(IPPROTO_IP, "IP_RETOPTS", 7, BOOL_INT, GET_SET, V4, UDP, false);
    c.add(IPPROTO_IP, "IP_PKTINFO", 8, BOOL_INT, GET_SET, V4, UDP, false);
    c.add(IPPROTO_IP, "IP_PKTOPTIONS", 9, CMSG_BYTES, GET_ONLY, V4, TCP, false);
    c.add(IPPROTO_IP, "IP_MTU_DISCOVER", 10, PMTUDISC, GET_SET, V4, ANY, false);
    c.add(IPPROTO_IP, "IP_RECVERR", 11, BOOL_INT, GET_SET, V4, ANY, false);
    c.add(IPPROTO_IP, "IP_RECVTOS", 13, BOOL_INT, GET_SET, V4, UDP, false);
    c.add(IPPROTO_IP, "IP_MTU", 14, INT, GET_ONLY, V4, ANY, false);
    c.add(IPPROTO_IP, "IP_FREEBIND", 15, BOOL_INT, GET_SET, V4, ANY, false);
    c.add(IPPROTO_IP, "IP_IPSEC_POLICY", 16, XFRM_POLICY, SET_ONLY, V4, ANY, false);
    c.add(IPPROTO_IP, "IP_XFRM_POLICY", 17, XFRM_POLICY, SET_ONLY, V4, ANY, false);
    c.add(IPPROTO_IP, "IP_PASSSEC", 18, BOOL_INT, GET_SET, V4, UDP, false);
    c.add(IPPROTO_IP, "IP_TRANSPARENT", 19, BOOL_INT, GET_SET, V4, ANY, false);
    c.add(
        IPPROTO_IP, "IP_RECVORIGDSTADDR", 20, BOOL_INT, GET_SET, V4, UDP, false, "IP_ORIGDSTADDR");
    c.add(IPPROTO_IP, "IP_MINTTL", 21, INT, GET_SET, V4, ANY, false);
    c.add(IPPROTO_IP, "IP_NODEFRAG", 22, BOOL_INT, GET_SET, V4, RAW, true);
    c.add(IPPROTO_IP, "IP_CHECKSUM", 23, BOOL_INT, GET_SET, V4, ANY, false);
    c.add(IPPROTO_IP, "IP_BIND_ADDRESS_NO_PORT", 24, BOOL_INT, GET_SET, V4, TCP, false);
    c.add(IPPROTO_IP, "IP_RECVFRAGSIZE", 25, BOOL_INT, GET_SET, V4, UDP, false);
    c.add(IPPROTO_IP, "IP_RECVERR_RFC4884", 26, BOOL_INT, GET_SET, V4, ANY, false);
    c.add(IPPROTO_IP, "IP_UNBLOCK_SOURCE", 37, IP_MREQ_SOURCE, SET_ONLY, V4, UDP, false);
    c.add(IPPROTO_IP, "IP_BLOCK_SOURCE", 38, IP_MREQ_SOURCE, SET_ONLY, V4, UDP, false);
    c.add(IPPROTO_IP, "IP_MSFILTER", 41, IP_MSFILTER, GET_SET, V4, UDP, false);
    c.add(IPPROTO_IP, "IP_MULTICAST_ALL", 49, BOOL_INT, GET_SET, V4, UDP, false);
    c.add(IPPROTO_IP, "IP_UNICAST_IF", 50, IFINDEX_BE, GET_SET, V4, ANY, false);
    c.add(IPPROTO_IP, "IP_LOCAL_PORT_RANGE", 51, INT, GET_SET, V4, ANY, false);
    c.add(IPPROTO_IP, "IP_PROTOCOL", 52, INT, GET_ONLY, V4, ANY, false);
    c.add(IPPROTO_IPV6, "IPV6_ADDRFORM", 1, DOMAIN, SET_ONLY, V6, ANY, true);
    c.add(IPPROTO_IPV6, "IPV6_2292PKTINFO", 2, BOOL_INT, GET_SET, V6, UDP, true);
    c.add(IPPROTO_IPV6, "IPV6_2292HOPOPTS", 3, BOOL_INT, GET_SET, V6, UDP, true);
    c.add(IPPROTO_IPV6, "IPV6_2292DSTOPTS", 4, BOOL_INT, GET_SET, V6, UDP, true);
    c.add(IPPROTO_IPV6, "IPV6_2292RTHDR", 5, BOOL_INT, GET_SET, V6, UDP, true);
    c.add(
        IPPROTO_IPV6,
        "IPV6_2292PKTOPTIONS",
        6,
        CMSG_BYTES,
        GET_SET,
        V6,
        TCP,
        true,
        "IPV6_PKTOPTIONS");
    c.add(IPPROTO_IPV6, "IPV6_CHECKSUM", 7, INT, GET_SET, V6, RAW, true);
    c.add(IPPROTO_IPV6, "IPV6_2292HOPLIMIT", 8, BOOL_INT, GET_SET, V6, UDP, true);
    c.add(IPPROTO_IPV6, "IPV6_NEXTHOP", 9, SOCKADDR, GET_SET, V6, ANY, true);
    c.add(IPPROTO_IPV6, "IPV6_AUTHHDR", 10, BOOL_INT, GET_SET, V6, ANY, true);
    c.add(IPPROTO_IPV6, "IPV6_FLOWINFO", 11, BOOL_INT, GET_SET, V6, ANY, true);
    c.add(IPPROTO_IPV6, "IPV6_ROUTER_ALERT", 22, INT, GET_SET, V6, RAW, true);
    c.add(IPPROTO_IPV6, "IPV6_MTU_DISCOVER", 23, PMTUDISC6, GET_SET, V6, ANY, true);
    c.add(IPPROTO_IPV6, "IPV6_MTU", 24, INT, GET_SET, V6, ANY, true);
    c.add(IPPROTO_IPV6, "IPV6_RECVERR", 25, BOOL_INT, GET_SET, V6, ANY, true);
    c.add(IPPROTO_IPV6, "IPV6_JOIN_ANYCAST", 27, IPV6_MREQ, SET_ONLY, V6, ANY, true);
    c.add(IPPROTO_IPV6, "IPV6_LEAVE_ANYCAST", 28, IPV6_MREQ, SET_ONLY, V6, ANY, true);
    c.add(IPPROTO_IPV6, "IPV6_MULTICAST_ALL", 29, BOOL_INT, GET_SET, V6, UDP, true);
    c.add(IPPROTO_IPV6, "IPV6_RECVERR_RFC4884", 31, BOOL_INT, GET_SET, V6, ANY, true);
    c.add(IPPROTO_IPV6, "IPV6_FLOWLABEL_MGR", 32, FLOWLABEL_REQ, GET_SET, V6, ANY, true);
    c.add(IPPROTO_IPV6, "IPV6_FLOWINFO_SEND", 33, BOOL_INT, GET_SET, V6, ANY, true);
    c.add(IPPROTO_IPV6, "IPV6_IPSEC_POLICY", 34, XFRM_POLICY, SET_ONLY, V6, ANY, true);
    c.add(IPPROTO_IPV6, "IPV6_XFRM_POLICY", 35, XFRM_POLICY, SET_ONLY, V6, ANY, true);
    c.add(IPPROTO_IPV6, "IPV6_RECVPKTINFO", 49, BOOL_INT, GET_SET, V6, UDP, true);
    c.add(IPPROTO_IPV6, "IPV6_PKTINFO", 50, IN6_PKTINFO, SET_ONLY, V6, UDP, true);
    c.add(IPPROTO_IPV6, "IPV6_HOPLIMIT", 52, INT, GET_SET, V6, UDP, true);
    c.add(IPPROTO_IPV6, "IPV6_RECVHOPOPTS", 53, BOOL_INT, GET_SET, V6, UDP, true);
    c.add(IPPROTO_IPV6, "IPV6_HOPOPTS", 54, IP6_EXTHDR, GET_SET, V6, ANY, true);
    c.add(IPPROTO_IPV6, "IPV6_RTHDRDSTOPTS", 55, IP6_EXTHDR, GET_SET, V6, ANY, true);
    c.add(IPPROTO_IPV6, "IPV6_RECVRTHDR", 56, BOOL_INT, GET_SET, V6, UDP, true);
    c.add(IPPROTO_IPV6, "IPV6_RTHDR", 57, IP6_EXTHDR, GET_SET, V6, ANY, true);
    c.add(IPPROTO_IPV6, "IPV6_RECVDSTOPTS", 58, BOOL_INT, GET_SET, V6, UDP, true);
    c.add(IPPROTO_IPV6, "IPV6_DSTOPTS", 59, IP6_EXTHDR, GET_SET, V6, ANY, true);
    c.add(IPPROTO_IPV6, "IPV6_RECVPATHMTU", 60, BOOL_INT, GET_SET, V6, UDP, true);
    c.add(IPPROTO_IPV6, "IPV6_PATHMTU", 61, IP6_MTUINFO, GET_ONLY, V6, ANY, true);
    c.add(IPPROTO_IPV6, "IPV6_DONTFRAG", 62, BOOL_INT, GET_SET, V6, UDP, true);
    c.add(IPPROTO_IPV6, "IPV6_RECVTCLASS", 66, BOOL_INT, GET_SET, V6, UDP, true);
    c.add(IPPROTO_IPV6, "IPV6_TCLASS", 67, INT, GET_SET, V6, ANY, true);
    c.add(IPPROTO_IPV6, "IPV6_AUTOFLOWLABEL", 70, BOOL_INT, GET_SET, V6, ANY, true);
    c.add(IPPROTO_IPV6, "IPV6_ADDR_PREFERENCES", 72, INT, GET_SET, V6, ANY, true);
    c.add(IPPROTO_IPV6, "IPV6_MINHOPCOUNT", 73, INT, GET_SET, V6, ANY, true);
    c.add(
        IPPROTO_IPV6,
        "IPV6_RECVORIGDSTADDR",
        74,
        BOOL_INT,
        GET_SET,
        V6,
        UDP,
        true,
        "IPV6_ORIGDSTADDR");
    c.add(IPPROTO_IPV6, "IPV6_TRANSPARENT", 75, BOOL_INT, GET_SET, V6, ANY, true);
    c.add(IPPROTO_IPV6, "IPV6_UNICAST_IF", 76, IFINDEX_BE, GET_SET, V6, ANY, true);
    c.add(IPPROTO_IPV6, "IPV6_RECVFRAGSIZE", 77, BOOL_INT, GET_SET, V6, UDP, true);
    c.add(IPPROTO_IPV6, "IPV6_FREEBIND", 78, BOOL_INT, GET_SET, V6, ANY, true);
    c.add(IPPROTO_IPV6, "MCAST_JOIN_GROUP", 42, GROUP_REQ, SET_ONLY, V6, UDP, true);
    c.add(IPPROTO_IPV6, "MCAST_LEAVE_GROUP", 45, GROUP_REQ, SET_ONLY, V6, UDP, true);
    c.add(IPPROTO_IPV6, "MCAST_BLOCK_SOURCE", 43, GROUP_SOURCE_REQ, SET_ONLY, V6, UDP, true);
    c.add(IPPROTO_IPV6, "MCAST_UNBLOCK_SOURCE", 44, GROUP_SOURCE_REQ, SET_ONLY, V6, UDP, true);
    c.add(IPPROTO_TCP, "TCP_CORK", 3, BOOL_INT, GET_SET, BOTH, TCP, true);
    c.add(IPPROTO_TCP, "TCP_SYNCNT", 7, INT, GET_SET, BOTH, TCP, true);
    c.add(IPPROTO_TCP, "TCP_LINGER2", 8, INT, GET_SET, BOTH, TCP, true);
    c.add(IPPROTO_TCP, "TCP_DEFER_ACCEPT", 9, INT, GET_SET, BOTH, TCP, true);
    c.add(IPPROTO_TCP, "TCP_WINDOW_CLAMP", 10, INT, GET_SET, BOTH, TCP, true);
    c.add(IPPROTO_TCP, "TCP_QUICKACK", 12, BOOL_INT, GET_SET, BOTH, TCP, true);
    c.add(IPPROTO_TCP, "TCP_CONGESTION", 13, TEXT16, GET_SET, BOTH, TCP, true);
    c.add(IPPROTO_TCP, "TCP_MD5SIG", 14, TCP_MD5SIG, SET_ONLY, BOTH, TCP, true);
    c.add(IPPROTO_TCP, "TCP_COOKIE_TRANSACTIONS", 15, BYTES, GET_SET, BOTH, TCP, true);
    c.add(IPPROTO_TCP, "TCP_THIN_LINEAR_TIMEOUTS", 16, BOOL_INT, GET_SET, BOTH, TCP, true);
    c.add(IPPROTO_TCP, "TCP_THIN_DUPACK", 17, BOOL_INT, GET_SET, BOTH, TCP, true);
    c.add(IPPROTO_TCP, "TCP_USER_TIMEOUT", 18, INT, GET_SET, BOTH, TCP, true);
    c.add(IPPROTO_TCP, "TCP_REPAIR", 19, INT, GET_SET, BOTH, TCP, true);
    c.add(IPPROTO_TCP, "TCP_REPAIR_QUEUE", 20, INT, GET_SET, BOTH, TCP, true);
    c.add(IPPROTO_TCP, "TCP_QUEUE_SEQ", 21, INT, GET_SET, BOTH, TCP, true);
    c.add(IPPROTO_TCP, "TCP_REPAIR_OPTIONS", 22, TCP_REPAIR_OPT, SET_ONLY, BOTH, TCP, true);
    c.add(IPPROTO_TCP, "TCP_FASTOPEN", 23, INT, GET_SET, BOTH, TCP, true);
    c.add(IPPROTO_TCP, "TCP_TIMESTAMP", 24, INT, GET_SET, BOTH, TCP, true);
    c.add(IPPROTO_TCP, "TCP_NOTSENT_LOWAT", 25, INT, GET_SET, BOTH, TCP, true);
    c.add(IPPROTO_TCP, "TCP_CC_INFO", 26, CC_INFO, GET_ONLY, BOTH, TCP, true);
    c.add(IPPROTO_TCP, "TCP_SAVE_SYN", 27, BOOL_INT, GET_SET, BOTH, TCP, true);
    c.add(IPPROTO_TCP, "TCP_SAVED_SYN", 28, SYN_BYTES, GET_ONLY, BOTH, TCP, true);
    c.add(IPPROTO_TCP, "TCP_FASTOPEN_CONNECT", 30, BOOL_INT, GET_SET, BOTH, TCP, true);
    c.add(IPPROTO_TCP, "TCP_ULP", 31, TEXT16, GET_SET, BOTH, TCP, true);
    c.add(IPPROTO_TCP, "TCP_FASTOPEN_KEY", 33, KEY16, GET_SET, BOTH, TCP, true);
    c.add(IPPROTO_TCP, "TCP_FASTOPEN_NO_COOKIE", 34, BOOL_INT, GET_SET, BOTH, TCP, true);
    c.add(IPPROTO_TCP, "TCP_INQ", 36, BOOL_INT, GET_SET, BOTH, TCP, true);
    c.add(IPPROTO_TCP, "TCP_TX_DELAY", 37, INT, GET_SET, BOTH, TCP, true);
    c.add(IPPROTO_UDP, "UDP_CORK", 1, BOOL_INT, GET_SET, BOTH, UDP, true);
    c.add(IPPROTO_UDP, "UDP_ENCAP", 100, INT, GET_SET, BOTH, UDP, true);
    c.add(IPPROTO_UDP, "UDP_NO_CHECK6_TX", 101, BOOL_INT, GET_SET, V6, UDP, true);
    c.add(IPPROTO_UDP, "UDP_NO_CHECK6_RX", 102, BOOL_INT, GET_SET, V6, UDP, true);
    c.add(IPPROTO_UDP, "UDP_SEGMENT", 103, INT, GET_SET, BOTH, UDP, true);
    c.add(IPPROTO_UDP, "UDP_GRO", 104, BOOL_INT, GET_SET, BOTH, UDP, true);
  }
}
