package dev.sockshell.machine;

/**
 * What a machine may have or lack that some part of sockshell needs. Each is probed once by {@link
 * Machine}; {@code doctor}, the lessons, the lab and the tests ask the same probe, so that what one
 * says is missing the others skip for the same reason. The word is how {@code SOCKSHELL_WITHOUT}
 * (and {@code -Dsockshell.without}) names it to pretend it is missing.
 */
public enum Feature {
  /** CAP_NET_ADMIN and CAP_SYS_ADMIN in the effective set: network namespaces, the lab. */
  ROOT("root"),
  /** CAP_NET_ADMIN: the options only an administrator may set (SO_MARK, IP_TRANSPARENT…). */
  NET_ADMIN("netadmin"),
  /** CAP_NET_RAW: raw sockets (the lab's routers hold one each). */
  NET_RAW("netraw"),
  /** iproute2's ip, which makes the lab's namespaces and links. */
  IP("ip"),
  /** procps' sysctl, which sets the lab's namespaces' kernel settings. */
  SYSCTL("sysctl"),
  /** IPv6 in this kernel (and not switched off): ipv6 sockets, the IPv6 half of every lesson. */
  IPV6("ipv6"),
  /** The loopback interface carries IPv4 multicast: lesson multicast4 and ttl on lo. */
  MULTICAST_LO("multicast-lo"),
  /** IPv4 multicast routing in the kernel (CONFIG_IP_MROUTE): MRT_INIT, lab mroute. */
  MROUTE4("mroute"),
  /** IPv6 multicast routing in the kernel (CONFIG_IPV6_MROUTE): MRT6_INIT, lab mroute for v6. */
  MROUTE6("mroute6"),
  /** Unprivileged user namespaces (unshare -Urn): a sandbox and a lab without root. */
  USERNS("userns"),
  /** A C compiler (cc): compiling what export c writes. */
  CC("cc"),
  /** mingw-w64 (x86_64-w64-mingw32-gcc): compiling export c --winsock. */
  MINGW("mingw"),
  /** Wine (wine64): running the Winsock programs. */
  WINE("wine"),
  /** tmux: the terminal tests, and a teacher's split screen. */
  TMUX("tmux");

  private final String word;

  Feature(String word) {
    this.word = word;
  }

  /** The word SOCKSHELL_WITHOUT names it by. */
  public String word() {
    return word;
  }
}
