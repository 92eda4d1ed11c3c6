package dev.sockshell.netns;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * join without an interface says which interface the kernel chose (from its own group table). It
 * runs inside a namespace this test makes: a join with no interface follows the routing table,
 * which on this machine would lead to the real network.
 */
@org.junit.jupiter.api.Tag("slow") // Wine, mingw-w64, C programs or network namespaces
class JoinChoiceNetnsTest {
  @Test
  void aJoinWithoutAnInterfaceSaysWhereTheKernelJoined() throws Exception {
    String[] why = {null};
    try (NetNs ns = NetNs.create(why)) {
      Assumptions.assumeTrue(ns != null, () -> why[0]);
      ns.must("ip", "addr", "add", "10.9.0.1/24", "dev", "veth0");
      ns.must("ip", "route", "add", "224.0.0.0/4", "dev", "veth0");
      NetNs.Run r =
          ns.sockshell(
              "-c", "open udp as m; join 235.7.8.9; open udp as k; join k 235.7.8.10 lo; ls");
      assertThat(r.status()).as(r.out() + r.err()).isZero();
      assertThat(r.out())
          .contains(
              "m: joined 235.7.8.9 (IP_ADD_MEMBERSHIP) on veth0, the interface the kernel chose")
          .contains("k: joined 235.7.8.10 on lo (IP_ADD_MEMBERSHIP)")
          .doesNotContain("235.7.8.10 on lo (IP_ADD_MEMBERSHIP) on");
    }
  }
}
