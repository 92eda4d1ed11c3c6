package dev.sockshell.catalogue;

/**
 * The C type of an option value, as Linux's setsockopt/getsockopt see it. {@code capacity} is the
 * buffer getsockopt is given: for u_char it is 1, which is what makes Linux answer with a u_char.
 */
public enum CType {
  BOOL_INT("int (boolean)", 4, "1|0|on|off"),
  INT("int", 4, "NUMBER (sizes like 64k allowed)"),
  U_CHAR("u_char", 1, "0..255"),
  U_CHAR_BOOL("u_char (boolean)", 1, "1|0|on|off"),
  LINGER("struct linger", 8, "on SECONDS | off"),
  TIMEVAL("struct timeval", 16, "DURATION (3.5s, 3500ms) | 0"),
  IN_ADDR("struct in_addr", 4, "IPv4 ADDRESS | INTERFACE | INDEX | any"),
  IP_MREQ("struct ip_mreq", 12, "GROUP [INTERFACE-ADDRESS | INTERFACE | INDEX]"),
  IP_MREQ_SOURCE("struct ip_mreq_source", 12, "GROUP INTERFACE-ADDRESS SOURCE"),
  IPV6_MREQ("struct ipv6_mreq", 20, "GROUP [INTERFACE | INDEX]"),
  GROUP_SOURCE_REQ("struct group_source_req", 264, "GROUP INTERFACE SOURCE"),
  IFINDEX("u_int (interface index)", 4, "INTERFACE | INDEX | 0"),
  SOCK_TYPE("int (socket type)", 4, "(read-only)"),
  ERRNO("int (errno)", 4, "(read-only)"),
  TCP_INFO("struct tcp_info", 232, "(read-only)"),
  BYTES("raw bytes", 256, "hex:BYTES | NUMBER");

  private final String cName;
  private final int capacity;
  private final String syntax;

  CType(String cName, int capacity, String syntax) {
    this.cName = cName;
    this.capacity = capacity;
    this.syntax = syntax;
  }

  public String cName() {
    return cName;
  }

  public int capacity() {
    return capacity;
  }

  /** How a value of this type is written at the prompt. */
  public String syntax() {
    return syntax;
  }
}
