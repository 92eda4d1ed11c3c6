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
  public static final CType SOCK_TYPE = new CSockType();
  public static final CType ERRNO = new CErrno();
  public static final CType TCP_INFO = new CTcpInfo();
  public static final CType BYTES = new CBytes();
}
