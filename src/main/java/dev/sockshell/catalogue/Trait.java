package dev.sockshell.catalogue;

/** What sockshell does differently for an option; the catalogue says which options have which. */
public enum Trait {
  /** on, recv reads each datagram's TTL or hop limit (recvmsg with a control buffer) */
  RECV_TTL(null),
  /** Linux doubles the size set, capped by net.core.rmem_max */
  DOUBLED_RMEM("net.core.rmem_max"),
  /** Linux doubles the size set, capped by net.core.wmem_max */
  DOUBLED_WMEM("net.core.wmem_max"),
  /** Linux turns it on by itself when an IPv6 socket is bound to a specific address */
  ON_BY_BIND(null),
  /** joins a multicast group */
  JOIN(null),
  /** leaves a multicast group */
  LEAVE(null),
  /** a join or leave for one source only */
  SOURCE(null),
  /** the pending error a non-blocking connect leaves */
  PENDING_ERROR(null),
  /** the kernel's own limit on a blocking receive */
  RECV_TIMEOUT(null),
  /** the kernel's own limit on a blocking send */
  SEND_TIMEOUT(null),
  /** setting it (or raising it) needs CAP_NET_ADMIN or CAP_NET_RAW: others get EPERM */
  PRIVILEGED(null),
  /** getsockopt reports something else than the value setsockopt takes (IPV6_MTU: the path's) */
  READS_OTHER(null),
  /** one of the chapter's four tables: getopt without a name shows these */
  CHAPTER(null),
  /** on, ICMP errors wait on the socket's error queue (and fail the next call until read) */
  ERROR_QUEUE(null),
  /** on, a bind may take a port whose earlier connections linger in TIME_WAIT */
  REUSE_ADDR(null),
  /** the interface multicast leaves through */
  MULTICAST_IF(null),
  /** binds the socket to one interface (given by its index) */
  BINDS_INTERFACE(null),
  /** the kernel's figures of a TCP connection (rtt, retransmits, segments) */
  CONNECTION_INFO(null),
  /**
   * meant for raw sockets (SOCK_RAW), which sockshell does not open: on TCP and UDP it does nothing
   */
  RAW_ONLY(null),
  /** the lock bits that keep the kernel from tuning the buffer sizes itself */
  BUFFER_LOCK(null);

  private final String sysctl;

  Trait(String sysctl) {
    this.sysctl = sysctl;
  }

  /** The sysctl that caps a doubled size, or null. */
  public String sysctl() {
    return sysctl;
  }
}
