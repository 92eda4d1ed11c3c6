package dev.sockshell.trace;

import dev.sockshell.posix.Linux;
import dev.sockshell.posix.Structs;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
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
    boolean v6 = level == Linux.IPPROTO_IPV6;
    if (level != Linux.IPPROTO_IP && !v6) {
      return null;
    }
    if (name == Linux.MRT_INIT && v.length == 4) {
      return "[" + MemorySegment.ofArray(v).get(ValueLayout.JAVA_INT_UNALIGNED, 0) + "]";
    }
    if (name == Linux.MRT_ADD_VIF && !v6 && v.length == Structs.Mroute.VIFCTL.byteSize()) {
      int flags = Structs.getUByte(v, Structs.Mroute.VIFCTL, "vifc_flags");
      return "{vifc_vifi="
          + Structs.getShort(v, Structs.Mroute.VIFCTL, "vifc_vifi")
          + ", vifc_flags="
          + ((flags & 0x8) != 0 ? "VIFF_USE_IFINDEX" : flags)
          + ", vifc_threshold="
          + Structs.getUByte(v, Structs.Mroute.VIFCTL, "vifc_threshold")
          + ", vifc_lcl_ifindex="
          + Structs.getInt(v, Structs.Mroute.VIFCTL, "vifc_lcl_ifindex")
          + "}";
    }
    if (name == Linux.MRT_ADD_VIF && v6 && v.length == Structs.Mroute.MIF6CTL.byteSize()) {
      return "{mif6c_mifi="
          + Structs.getShort(v, Structs.Mroute.MIF6CTL, "mif6c_mifi")
          + ", vifc_threshold="
          + Structs.getUByte(v, Structs.Mroute.MIF6CTL, "vifc_threshold")
          + ", mif6c_pifi="
          + Structs.getShort(v, Structs.Mroute.MIF6CTL, "mif6c_pifi")
          + "}";
    }
    if (name == Linux.MRT_ADD_MFC && !v6 && v.length == Structs.Mroute.MFCCTL.byteSize()) {
      List<String> ttls = new ArrayList<>();
      byte[] t = Structs.bytes(v, Structs.Mroute.MFCCTL, "mfcc_ttls");
      for (int i = 0; i < t.length; i++) {
        if (t[i] != 0) {
          ttls.add("[" + i + "]=" + Byte.toUnsignedInt(t[i]));
        }
      }
      return "{mfcc_origin=inet_addr(\""
          + address(Structs.bytes(v, Structs.Mroute.MFCCTL, "mfcc_origin"))
          + "\"), mfcc_mcastgrp=inet_addr(\""
          + address(Structs.bytes(v, Structs.Mroute.MFCCTL, "mfcc_mcastgrp"))
          + "\"), mfcc_parent="
          + Structs.getShort(v, Structs.Mroute.MFCCTL, "mfcc_parent")
          + ", mfcc_ttls={"
          + String.join(", ", ttls)
          + "}}";
    }
    if (name == Linux.MRT_ADD_MFC && v6 && v.length == Structs.Mroute.MF6CCTL.byteSize()) {
      List<String> mifs = new ArrayList<>();
      int bits = Structs.getInt(v, Structs.Mroute.MF6CCTL, "mf6cc_ifset");
      for (int i = 0; i < 32; i++) {
        if ((bits & (1 << i)) != 0) {
          mifs.add(Integer.toString(i));
        }
      }
      return "{mf6cc_origin=inet_pton(\""
          + address(Structs.bytes(v, Structs.Mroute.MF6CCTL, "mf6cc_origin", "sin6_addr"))
          + "\"), mf6cc_mcastgrp=inet_pton(\""
          + address(Structs.bytes(v, Structs.Mroute.MF6CCTL, "mf6cc_mcastgrp", "sin6_addr"))
          + "\"), mf6cc_parent="
          + Structs.getShort(v, Structs.Mroute.MF6CCTL, "mf6cc_parent")
          + ", mf6cc_ifset={"
          + String.join(", ", mifs)
          + "}}";
    }
    return null;
  }

  private static String address(byte[] a) {
    try {
      return new dev.sockshell.posix.SockAddr(InetAddress.getByAddress(a), 0).host();
    } catch (UnknownHostException e) {
      return "?";
    }
  }
}
