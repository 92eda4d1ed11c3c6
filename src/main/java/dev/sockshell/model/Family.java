package dev.sockshell.model;

import dev.sockshell.posix.Linux;

/** The address family of a socket. */
public enum Family {
  IPV4(Linux.AF_INET, "4", "AF_INET"),
  IPV6(Linux.AF_INET6, "6", "AF_INET6");

  private final int af;
  private final String suffix;
  private final String cName;

  Family(int af, String suffix, String cName) {
    this.af = af;
    this.suffix = suffix;
    this.cName = cName;
  }

  public int af() {
    return af;
  }

  /** "4" or "6", as in udp4. */
  public String suffix() {
    return suffix;
  }

  public String cName() {
    return cName;
  }
}
