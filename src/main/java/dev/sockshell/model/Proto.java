package dev.sockshell.model;

import dev.sockshell.posix.Linux;

/** The transport of a socket: a datagram (UDP) or a stream (TCP) socket. */
public enum Proto {
  UDP(Linux.SOCK_DGRAM, Linux.IPPROTO_UDP, "SOCK_DGRAM"),
  TCP(Linux.SOCK_STREAM, Linux.IPPROTO_TCP, "SOCK_STREAM");

  private final int sockType;
  private final int protocol;
  private final String cName;

  Proto(int sockType, int protocol, String cName) {
    this.sockType = sockType;
    this.protocol = protocol;
    this.cName = cName;
  }

  public int sockType() {
    return sockType;
  }

  public int protocol() {
    return protocol;
  }

  public String cName() {
    return cName;
  }

  public String lower() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
