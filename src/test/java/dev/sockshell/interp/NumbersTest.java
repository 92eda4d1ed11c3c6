package dev.sockshell.interp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sockshell.Shell;
import org.junit.jupiter.api.Test;

/**
 * No value is silently wrong: every number is checked against its C type's range, and where the
 * kernel keeps something other than what was set, a note says why.
 */
class NumbersTest {
  private static String error(Shell sh, String line) {
    try {
      return sh.fails(line).error().getMessage();
    } catch (RuntimeException e) {
      return e.getMessage(); // refused while parsing
    }
  }

  @Test
  void numbersThatDoNotFitTheirCTypeAreRefusedWithTheRangeNamed() {
    try (Shell sh = new Shell()) {
      sh.ok("open tcp as t; open udp as u");
      assertThat(error(sh, "setopt t SO_LINGER on 99999999999"))
          .isEqualTo("l_linger is a C int (-2147483648..2147483647), not 99999999999");
      assertThat(error(sh, "listen t 99999999999"))
          .isEqualTo("backlog is a C int (-2147483648..2147483647), not 99999999999");
      assertThat(error(sh, "setopt u SO_RCVBUF 2147483648"))
          .isEqualTo("the value is a C int (-2147483648..2147483647), not 2147483648");
      assertThat(error(sh, "setopt u SO_RCVBUF 0xFFFFFFFF"))
          .isEqualTo("the value is a C int (-2147483648..2147483647), not 4294967295");
      assertThat(error(sh, "setopt u IP_MULTICAST_TTL 256"))
          .isEqualTo("a u_char is 0..255, not 256");
      assertThat(error(sh, "setopt u IP_MULTICAST_TTL -1")).isEqualTo("a u_char is 0..255, not -1");
      assertThat(error(sh, "setopt u SO_RCVBUF 99999999999999999999999"))
          .isEqualTo("'99999999999999999999999' is too large for any C integer (64 bits at most)");
      assertThat(error(sh, "setopt u 1 99999999999 0"))
          .isEqualTo("an option number is a C int (-2147483648..2147483647), not 99999999999");
      assertThat(error(sh, "join u 224.1.2.3 4294967296"))
          .isEqualTo("an interface index is a u_int: 0..4294967295, not 4294967296");
      // Nothing was set by any of them.
      sh.ok("open udp as fresh");
      assertThat(sh.value("getopt u SO_RCVBUF")).isEqualTo(sh.value("getopt fresh SO_RCVBUF"));
    }
  }

  @Test
  void theKernelJudgesTimevalFieldsItself() {
    try (Shell sh = new Shell()) {
      sh.ok("open udp");
      assertThat(error(sh, "setopt SO_RCVTIMEO 3 1000000"))
          .isEqualTo("[setsockopt()] Numerical argument out of domain (EDOM)");
      assertThat(sh.value("setopt SO_RCVTIMEO 3 500000")).startsWith("{tv_sec=3, tv_usec=500000}");
    }
  }

  @Test
  void whatTheKernelChangedIsExplained() {
    try (Shell sh = new Shell()) {
      sh.ok("open udp as u; open tcp as t");
      assertThat(sh.optionValue("setopt u SO_RCVBUF -1").note())
          .contains("you set -1, which Linux reads as the unsigned 4294967295")
          .contains("capped it at net.core.rmem_max and doubled that")
          .doesNotContain("minimum");
      assertThat(sh.optionValue("setopt u SO_RCVBUF 1").note()).contains("minimum");
      assertThat(sh.optionValue("setopt u SO_RCVBUF 100000").note())
          .isEqualTo("you set 100000; Linux doubles it to leave room for its bookkeeping");
      assertThat(sh.optionValue("setopt u IP_TTL -1").note()).startsWith("-1 asks for the default");
      assertThat(sh.optionValue("setopt u SO_BROADCAST 5").note()).contains("reads back as 1");
      assertThat(sh.optionValue("setopt t SO_LINGER on -5").note())
          .contains("you set l_linger -5")
          .contains("without limit");
      assertThat(sh.optionValue("setopt t SO_LINGER on 10").note()).isNull();
      assertThat(sh.optionValue("setopt u IP_TTL 9").note()).isNull();
    }
  }

  @Test
  void ipv6OnlyTurnedOnByBindIsExplained() {
    try (Shell sh = new Shell()) {
      sh.ok("open udp ipv6 as a; open udp ipv6 as b");
      assertThat(sh.optionValue("getopt a IPV6_V6ONLY").note()).isNull();
      sh.ok("bind a [::1]:0; bind b [::]:0");
      assertThat(sh.optionValue("getopt a IPV6_V6ONLY").note())
          .contains("bound to a specific IPv6 address (here ::1)");
      assertThat(sh.optionValue("getopt b IPV6_V6ONLY").value()).startsWith("0");
      assertThat(sh.optionValue("getopt b IPV6_V6ONLY").note()).isNull();
    }
  }

  @Test
  void refusedWhileParsing() {
    try (Shell sh = new Shell()) {
      assertThatThrownBy(() -> sh.run("recv 99999999999999999999"))
          .hasMessageContaining("too large");
    }
  }

  @Test
  void rawBytesShorterThanTheCTypeAreTheKernelsToJudge() {
    try (Shell sh = new Shell()) {
      sh.ok("open udp as u; bind 127.0.0.1 0");
      // An empty or one-byte value for an int option: the kernel decides (EINVAL or a char).
      assertThat(sh.run("setopt u IP_RECVTTL hex:")).isNotEmpty();
      assertThat(sh.run("setopt u IP_RECVTTL hex:6e0b")).isNotEmpty();
      assertThat(sh.run("setopt u IP_RECVTTL hex:01"))
          .noneMatch(e -> e.toString().contains("internal error"));
      assertThat(sh.run("getopt u IP_RECVTTL")).noneMatch(e -> e.toString().contains("internal"));
    }
  }
}
