package dev.sockshell.posix;

/** The numeric constants of Linux (x86_64 and aarch64 agree on all of these). */
public final class Linux {
  private Linux() {}

  public static final int AF_INET = 2;

  // control message types of recvmsg (the TTL or hop limit, and the error queue's errors)
  public static final int IP_TTL = 2;
  public static final int IP_RECVERR = 11;
  public static final int IPV6_HOPLIMIT = 52;
  public static final int IPV6_RECVERR = 25;
  public static final int AF_INET6 = 10;
  public static final int SOCK_STREAM = 1;
  public static final int SOCK_DGRAM = 2;
  public static final int SOCK_RAW = 3;

  /**
   * Multicast routing options of raw sockets (linux/mroute.h; linux/mroute6.h has MRT6_INIT,
   * MRT6_ADD_MIF and MRT6_ADD_MFC with the same numbers, at IPPROTO_IPV6).
   */
  public static final int MRT_INIT = 200;

  public static final int MRT_DONE = 201;
  public static final int MRT_ADD_VIF = 202;
  public static final int MRT_ADD_MFC = 204;

  public static final int SOL_SOCKET = 1;
  public static final int IPPROTO_IP = 0;
  public static final int IPPROTO_TCP = 6;
  public static final int IPPROTO_UDP = 17;
  public static final int IPPROTO_IPV6 = 41;

  public static final int SHUT_RD = 0;
  public static final int SHUT_WR = 1;
  public static final int SHUT_RDWR = 2;

  public static final short POLLIN = 0x001;
  public static final short POLLOUT = 0x004;
  public static final short POLLERR = 0x008;

  /** The socket was shut down for reading (its own SHUT_RD, or a peer's FIN). */
  public static final short POLLRDHUP = 0x2000;

  public static final short POLLHUP = 0x010;

  public static final int O_NONBLOCK = 04000;
  public static final int MSG_DONTWAIT = 0x40;
  public static final int MSG_ERRQUEUE = 0x2000;
  public static final int MSG_NOSIGNAL = 0x4000;

  public static final int EINTR = 4;
  public static final int EADDRINUSE = 98;
  public static final int EAGAIN = 11;
  public static final int ENOTCONN = 107;
  public static final int EISCONN = 106;
  public static final int EALREADY = 114;
  public static final int EINPROGRESS = 115;
}
