package dev.sockshell.ctype;

import java.net.Inet4Address;

/** What value codecs need from the machine: interface names and indexes, and errno names. */
public interface CodecEnv {

  /** The index of a named interface, or 0 when there is none. */
  int interfaceIndex(String name);

  /** The name of an interface index, or null. */
  String interfaceName(int index);

  /** The first IPv4 address of a named interface, or null. */
  Inet4Address interfaceIpv4(String name);

  String errnoName(int errno);
}
