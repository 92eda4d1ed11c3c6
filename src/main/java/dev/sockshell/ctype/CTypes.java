package dev.sockshell.ctype;

/** The C types the catalogue uses, one instance each. */
public final class CTypes {
  private CTypes() {}

  public static final CType BOOL_INT = new CBool(false);
  public static final CType INT = new CInt();
  public static final CType U_CHAR = new CUChar();
  public static final CType U_CHAR_BOOL = new CBool(true);
  public static final CType LINGER = new CLinger();
  public static final CType TIMEVAL = new CTimeval();
  public static final CType IN_ADDR = new CInAddr();
  public static final CType IP_MREQ = new CIpMreq();
  public static final CType IP_MREQ_SOURCE = new CIpMreqSource();
  public static final CType IPV6_MREQ = new CIpv6Mreq();
  public static final CType GROUP_SOURCE_REQ = new CGroupSourceReq();
  public static final CType IFINDEX = new CIfIndex();
  public static final CType IFINDEX_BE = new CIfIndex(true);
  public static final CType SOCK_TYPE = new CSockType();
  public static final CType ERRNO = new CErrno();
  public static final CType TCP_INFO = new CTcpInfo();
  public static final CType BYTES = new CBytes();
  public static final CType IP_OPTIONS = new CBytes("u_char[40] (IP options)", 40);
  public static final CType KEY16 = new CBytes("u_char[16] (key)", 16);
  public static final CType CMSG_BYTES = new CBytes("u_char[] (control messages)", 256);
  public static final CType SYN_BYTES = new CBytes("u_char[] (SYN headers)", 256);
  public static final CType SOCK_FPROG = new CBytes("struct sock_fprog", 256);
  public static final CType SOCKADDR = new CBytes("struct sockaddr_storage", 128);
  public static final CType IP_MSFILTER = new CBytes("struct ip_msfilter", 256);
  public static final CType XFRM_POLICY = new CBytes("struct xfrm_userpolicy_info", 256);
  public static final CType IN6_PKTINFO = new CBytes("struct in6_pktinfo", 20);
  public static final CType IP6_MTUINFO = new CBytes("struct ip6_mtuinfo", 32);
  public static final CType IP6_EXTHDR = new CBytes("u_char[] (IPv6 extension header)", 256);
  public static final CType FLOWLABEL_REQ = new CBytes("struct in6_flowlabel_req", 32);
  public static final CType TCP_MD5SIG = new CBytes("struct tcp_md5sig", 216);
  public static final CType TCP_REPAIR_OPT = new CBytes("struct tcp_repair_opt[]", 256);
  public static final CType CC_INFO = new CBytes("union tcp_cc_info", 64);
  public static final CType SECCTX = new CString(256, false);
  public static final CType MEMINFO =
      new CU32Fields(
          "__u32[SK_MEMINFO_VARS]",
          "rmem_alloc",
          "rcvbuf",
          "wmem_alloc",
          "sndbuf",
          "fwd_alloc",
          "wmem_queued",
          "optmem",
          "backlog",
          "drops");
  public static final CType DOMAIN = new CEnum("AF_", 2, "AF_INET", 10, "AF_INET6");
  public static final CType PROTOCOL =
      new CEnum("IPPROTO_", 0, "IPPROTO_IP", 6, "IPPROTO_TCP", 17, "IPPROTO_UDP");
  public static final CType IFNAME = new CString(16, true);
  public static final CType TEXT16 = new CString(16, false);
  public static final CType U64 = new CU64();
  public static final CType UCRED = new CUcred();
  public static final CType GROUP_REQ = new CGroupReq();
  public static final CType PMTUDISC =
      new CEnum(
          "IP_PMTUDISC_",
          0,
          "IP_PMTUDISC_DONT",
          1,
          "IP_PMTUDISC_WANT",
          2,
          "IP_PMTUDISC_DO",
          3,
          "IP_PMTUDISC_PROBE",
          4,
          "IP_PMTUDISC_INTERFACE",
          5,
          "IP_PMTUDISC_OMIT");

  /** SO_BUF_LOCK's bits (include/uapi/asm-generic/socket.h). */
  public static final CType BUF_LOCK =
      new CEnum(
              "SOCK_",
              1,
              "SOCK_SNDBUF_LOCK",
              2,
              "SOCK_RCVBUF_LOCK",
              3,
              "SOCK_SNDBUF_LOCK|SOCK_RCVBUF_LOCK")
          .zero("buflock.none");

  public static final CType PMTUDISC6 =
      new CEnum(
          "IPV6_PMTUDISC_",
          0,
          "IPV6_PMTUDISC_DONT",
          1,
          "IPV6_PMTUDISC_WANT",
          2,
          "IPV6_PMTUDISC_DO",
          3,
          "IPV6_PMTUDISC_PROBE",
          4,
          "IPV6_PMTUDISC_INTERFACE",
          5,
          "IPV6_PMTUDISC_OMIT");
}
