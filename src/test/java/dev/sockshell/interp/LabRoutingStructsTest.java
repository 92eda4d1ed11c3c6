package dev.sockshell.interp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sockshell.cexport.Cc;
import dev.sockshell.help.HelpPages;
import dev.sockshell.lab.LabRouting;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The multicast routing structs the lab's routers are given are byte for byte those a C program
 * fills with the kernel's own headers (linux/mroute.h, linux/mroute6.h).
 */
class LabRoutingStructsTest {
  /** help MRT_ADD_MFC and the others: a page each, whose C compiles with the kernel's headers. */
  @Test
  void theMulticastRoutingOptionsHaveHelpPagesWhoseCCompiles(@TempDir Path dir) throws Exception {
    StringBuilder body = new StringBuilder();
    for (String name : HelpPages.MROUTE) {
      String page = HelpPages.page(name.toLowerCase(java.util.Locale.ROOT), null);
      assertThat(page).as(name).startsWith(name + " (IPPROTO_IP");
      body.append("  {\n  int s = -1;\n");
      page.lines()
          .filter(l -> l.startsWith("  "))
          .forEach(l -> body.append("  ").append(l).append('\n'));
      body.append("  }\n");
    }
    Cc.assumeCompiler("cc");
    Path src = dir.resolve("help.c");
    Files.writeString(
        src,
        """
        #include <arpa/inet.h>
        #include <net/if.h>
        #include <netinet/in.h>
        #include <linux/mroute.h>
        #include <linux/mroute6.h>
        #include <sys/socket.h>
        int main(void) {
        %s  return 0;
        }
        """
            .formatted(body));
    Cc.compile("cc", src, dir.resolve("help"));
  }

  @Test
  void vifctlMfcctlMif6ctlAndMf6cctlAreWhatCMakes(@TempDir Path dir) throws Exception {
    Cc.assumeCompiler("cc");
    Path src = dir.resolve("mr.c");
    Files.writeString(
        src,
        """
        #include <arpa/inet.h>
        #include <netinet/in.h>
        #include <linux/mroute.h>
        #include <linux/mroute6.h>
        #include <stdio.h>
        #include <string.h>
        static void hex(const char *name, const void *p, size_t n) {
          printf("%s ", name);
          for (size_t i = 0; i < n; i++) printf("%02x", ((const unsigned char *) p)[i]);
          printf("\\n");
        }
        int main(void) {
          struct vifctl v; memset(&v, 0, sizeof v);
          v.vifc_vifi = 1; v.vifc_flags = VIFF_USE_IFINDEX; v.vifc_threshold = 1;
          v.vifc_lcl_ifindex = 7;
          hex("vifctl", &v, sizeof v);
          struct mfcctl m; memset(&m, 0, sizeof m);
          inet_pton(AF_INET, "192.0.2.1", &m.mfcc_origin);
          inet_pton(AF_INET, "235.7.8.9", &m.mfcc_mcastgrp);
          m.mfcc_parent = 0; m.mfcc_ttls[1] = 1; m.mfcc_ttls[2] = 1;
          hex("mfcctl", &m, sizeof m);
          struct mif6ctl f; memset(&f, 0, sizeof f);
          f.mif6c_mifi = 2; f.vifc_threshold = 1; f.mif6c_pifi = 9;
          hex("mif6ctl", &f, sizeof f);
          struct mf6cctl c; memset(&c, 0, sizeof c);
          c.mf6cc_origin.sin6_family = AF_INET6;
          inet_pton(AF_INET6, "2001:db8:1::1", &c.mf6cc_origin.sin6_addr);
          c.mf6cc_mcastgrp.sin6_family = AF_INET6;
          inet_pton(AF_INET6, "ff15::1:2:3:4", &c.mf6cc_mcastgrp.sin6_addr);
          c.mf6cc_parent = 1;
          IF_SET(0, &c.mf6cc_ifset); IF_SET(2, &c.mf6cc_ifset);
          hex("mf6cctl", &c, sizeof c);
          return 0;
        }
        """);
    Path exe = dir.resolve("mr");
    Cc.compile("cc", src, exe);
    Cc.Run r = Cc.run(List.of(exe.toString()), Map.of(), 10);
    assertThat(r.status()).isZero();
    HexFormat h = HexFormat.of();
    InetAddress v4 = InetAddress.ofLiteral("192.0.2.1");
    InetAddress g4 = InetAddress.ofLiteral("235.7.8.9");
    InetAddress v6 = InetAddress.ofLiteral("2001:db8:1::1");
    InetAddress g6 = InetAddress.ofLiteral("ff15::1:2:3:4");
    assertThat(r.out().lines().toList())
        .containsExactly(
            "vifctl " + h.formatHex(LabRouting.vifctl(1, 7)),
            "mfcctl " + h.formatHex(LabRouting.mfcctl(v4, g4, 0, 3)),
            "mif6ctl " + h.formatHex(LabRouting.mif6ctl(2, 9)),
            "mf6cctl " + h.formatHex(LabRouting.mf6cctl(v6, g6, 1, 3)));
  }

  /**
   * The trace of the routers' calls reads the structs by their field names (where the kernel has
   * multicast routing the lab's tests see it whole; here, on any machine, from the bytes alone).
   */
  @Test
  void theTraceReadsTheStructsBack() throws Exception {
    var traced = new dev.sockshell.trace.TracingSockets(new dev.sockshell.FakeSockets());
    java.util.List<String> lines = new java.util.ArrayList<>();
    traced.traceTo(lines::add);
    int ip = dev.sockshell.posix.Linux.IPPROTO_IP;
    int ip6 = dev.sockshell.posix.Linux.IPPROTO_IPV6;
    var origin = java.net.InetAddress.getByName("192.0.2.1");
    var group = java.net.InetAddress.getByName("235.7.8.9");
    var origin6 = java.net.InetAddress.getByName("2001:db8:1::1");
    var group6 = java.net.InetAddress.getByName("ff15::1:2:3:4");
    traced.setsockopt(3, ip, dev.sockshell.posix.Linux.MRT_ADD_VIF, LabRouting.vifctl(1, 7));
    traced.setsockopt(
        3, ip, dev.sockshell.posix.Linux.MRT_ADD_MFC, LabRouting.mfcctl(origin, group, 0, 3));
    traced.setsockopt(3, ip6, dev.sockshell.posix.Linux.MRT_ADD_VIF, LabRouting.mif6ctl(2, 9));
    traced.setsockopt(
        3, ip6, dev.sockshell.posix.Linux.MRT_ADD_MFC, LabRouting.mf6cctl(origin6, group6, 1, 3));
    String all = String.join("\n", lines);
    assertThat(all)
        .contains(
            "{vifc_vifi=1, vifc_flags=VIFF_USE_IFINDEX, vifc_threshold=1, vifc_lcl_ifindex=7}")
        .contains(
            "{mfcc_origin=inet_addr(\"192.0.2.1\"), mfcc_mcastgrp=inet_addr(\"235.7.8.9\"),"
                + " mfcc_parent=0, mfcc_ttls={[1]=1, [2]=1}}")
        .contains("{mif6c_mifi=2, vifc_threshold=1, mif6c_pifi=9}")
        .contains(
            "{mf6cc_origin=inet_pton(\"2001:db8:1::1\"), mf6cc_mcastgrp=inet_pton(\"ff15::1:2:3:4\"),"
                + " mf6cc_parent=1, mf6cc_ifset={0, 2}}");
  }
}
