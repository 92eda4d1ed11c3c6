package dev.sockshell.trace;

import dev.sockshell.posix.Linux;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The multicast routing structs the lab's routers are given, written as strace writes a struct:
 * {@code {vifc_vifi=0, vifc_flags=VIFF_USE_IFINDEX, vifc_threshold=1, vifc_lcl_ifindex=6}}.
 */
final class MrouteTrace {
  private MrouteTrace() {}

  /**
   * The name of a multicast routing option, which the catalogue (options of datagram and stream
   * sockets) leaves out; any other option by number.
   */
  static String name(int level, int name) {
    String v6 = level == Linux.IPPROTO_IPV6 ? "6" : "";
    if (level != Linux.IPPROTO_IP && level != Linux.IPPROTO_IPV6) {
      return Integer.toString(name);
    }
    return switch (name) {
      case Linux.MRT_INIT -> "MRT" + v6 + "_INIT";
      case Linux.MRT_DONE -> "MRT" + v6 + "_DONE";
      case Linux.MRT_ADD_VIF -> v6.isEmpty() ? "MRT_ADD_VIF" : "MRT6_ADD_MIF";
      case Linux.MRT_ADD_MFC -> "MRT" + v6 + "_ADD_MFC";
      default -> Integer.toString(name);
    };
  }

  /** The value of an MRT_* or MRT6_* option as a struct, or null for any other option. */
  static String value(int level, int name, byte[] v) {
    ByteBuffer b = ByteBuffer.wrap(v).order(ByteOrder.LITTLE_ENDIAN);
    boolean v6 = level == Linux.IPPROTO_IPV6;
    if (level != Linux.IPPROTO_IP && !v6) {
      return null;
    }
    if (name == Linux.MRT_INIT && v.length == 4) {
      return "[" + b.getInt(0) + "]";
    }
    if (name == Linux.MRT_ADD_VIF && !v6 && v.length == 16) {
      return "{vifc_vifi="
          + Short.toUnsignedInt(b.getShort(0))
          + ", vifc_flags="
          + ((b.get(2) & 0x8) != 0 ? "VIFF_USE_IFINDEX" : Byte.toUnsignedInt(b.get(2)))
          + ", vifc_threshold="
          + Byte.toUnsignedInt(b.get(3))
          + ", vifc_lcl_ifindex="
          + b.getInt(8)
          + "}";
    }
    if (name == Linux.MRT_ADD_VIF && v6 && v.length == 12) {
      return "{mif6c_mifi="
          + Short.toUnsignedInt(b.getShort(0))
          + ", vifc_threshold="
          + Byte.toUnsignedInt(b.get(3))
          + ", mif6c_pifi="
          + Short.toUnsignedInt(b.getShort(4))
          + "}";
    }
    if (name == Linux.MRT_ADD_MFC && !v6 && v.length == 60) {
      List<String> ttls = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        if (v[10 + i] != 0) {
          ttls.add("[" + i + "]=" + Byte.toUnsignedInt(v[10 + i]));
        }
      }
      return "{mfcc_origin=inet_addr(\""
          + address(v, 0, 4)
          + "\"), mfcc_mcastgrp=inet_addr(\""
          + address(v, 4, 4)
          + "\"), mfcc_parent="
          + Short.toUnsignedInt(b.getShort(8))
          + ", mfcc_ttls={"
          + String.join(", ", ttls)
          + "}}";
    }
    if (name == Linux.MRT_ADD_MFC && v6 && v.length == 92) {
      List<String> mifs = new ArrayList<>();
      int bits = b.getInt(60);
      for (int i = 0; i < 32; i++) {
        if ((bits & (1 << i)) != 0) {
          mifs.add(Integer.toString(i));
        }
      }
      return "{mf6cc_origin=inet_pton(\""
          + address(v, 8, 16)
          + "\"), mf6cc_mcastgrp=inet_pton(\""
          + address(v, 36, 16)
          + "\"), mf6cc_parent="
          + Short.toUnsignedInt(b.getShort(56))
          + ", mf6cc_ifset={"
          + String.join(", ", mifs)
          + "}}";
    }
    return null;
  }

  private static String address(byte[] v, int at, int length) {
    try {
      return new dev.sockshell.posix.SockAddr(
              InetAddress.getByAddress(Arrays.copyOfRange(v, at, at + length)), 0)
          .host();
    } catch (UnknownHostException e) {
      return "?";
    }
  }
}
