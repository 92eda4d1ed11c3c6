package dev.sockshell.interp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sockshell.Shell;
import dev.sockshell.catalogue.OptionCatalogue;
import dev.sockshell.catalogue.SockOption;
import dev.sockshell.event.Event;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * setsockopt then getsockopt of every catalogue option on a real socket it applies to, loopback
 * only. The expected text is what Linux answers, decoded by the option's C type.
 */
class OptionRoundTripTest {
  private static final Set<String> COVERED = new HashSet<>();

  static Stream<Arguments> cases() {
    return Stream.of(
        // option, socket, value set ("" = get only), value read back
        Arguments.of("SO_BROADCAST", "udp", "1", "1 (on)"),
        Arguments.of("SO_KEEPALIVE", "tcp", "1", "1 (on)"),
        Arguments.of("SO_LINGER", "tcp", "on 10", "{l_onoff=1, l_linger=10}"),
        Arguments.of("SO_SNDBUF", "tcp", "100000", "200000"),
        Arguments.of("SO_RCVBUF", "udp", "100000", "200000"),
        Arguments.of("SO_SNDTIMEO", "udp", "2500ms", "{tv_sec=2, tv_usec=500000} (2.5 s)"),
        Arguments.of("SO_RCVTIMEO", "udp", "3.5s", "{tv_sec=3, tv_usec=500000} (3.5 s)"),
        Arguments.of("SO_REUSEADDR", "tcp", "on", "1 (on)"),
        Arguments.of("SO_REUSEPORT", "udp", "1", "1 (on)"),
        Arguments.of("SO_TYPE", "tcp", "", "1 (SOCK_STREAM)"),
        Arguments.of("SO_ERROR", "udp", "", "0 (no error)"),
        Arguments.of("IP_TTL", "udp", "32", "32"),
        Arguments.of("IP_TOS", "tcp", "0x10", "16"),
        Arguments.of("IP_MULTICAST_IF", "udp", "127.0.0.1", "127.0.0.1"),
        Arguments.of("IP_MULTICAST_LOOP", "udp", "0", "0 (off)"),
        Arguments.of("IP_MULTICAST_TTL", "udp", "2", "2"),
        Arguments.of("IPV6_UNICAST_HOPS", "udp ipv6", "32", "32"),
        Arguments.of("IPV6_MULTICAST_IF", "udp ipv6", "lo", "1 (lo)"),
        Arguments.of("IPV6_MULTICAST_LOOP", "udp ipv6", "off", "0 (off)"),
        Arguments.of("IPV6_MULTICAST_HOPS", "udp ipv6", "5", "5"),
        Arguments.of("IPV6_V6ONLY", "tcp ipv6", "1", "1 (on)"),
        Arguments.of("TCP_NODELAY", "tcp", "1", "1 (on)"),
        Arguments.of("TCP_MAXSEG", "tcp", "1000", "1000"),
        Arguments.of("TCP_KEEPIDLE", "tcp", "10", "10"),
        Arguments.of("TCP_KEEPINTVL", "tcp", "2", "2"),
        Arguments.of("TCP_KEEPCNT", "tcp", "3", "3"),
        Arguments.of("IP_RECVTTL", "udp", "1", "1 (on)"),
        Arguments.of("IPV6_RECVHOPLIMIT", "udp ipv6", "1", "1 (on)"),
        Arguments.of(
            "TCP_INFO",
            "tcp",
            "",
            "{state=CLOSE, rtt=0 us, rto=1000 ms, snd_mss=536, snd_cwnd=10, retransmits=0,"
                + " total_retrans=0, probes=0, last_data_sent=*"));
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("cases")
  void setThenGetShowsWhatTheKernelKept(String option, String open, String value, String expected) {
    COVERED.add(option);
    try (Shell sh = new Shell()) {
      sh.ok("open " + open);
      if (value.isEmpty()) {
        String got = sh.value("getopt " + option);
        if (expected.endsWith("*")) {
          // the rest (times since the last packet) depends on the moment
          assertThat(got).startsWith(expected.substring(0, expected.length() - 1));
        } else {
          assertThat(got).isEqualTo(expected);
        }
        Event.Failure f = sh.fails("setopt " + option + " 1");
        // the kernel refuses it as it refuses C, and sockshell says why beside its errno
        assertThat(f.error()).isInstanceOf(dev.sockshell.posix.SocketError.class);
        assertThat(dev.sockshell.text.Words.text(f.hint())).contains("read-only");
        return;
      }
      String before = sh.value("getopt " + option);
      // setopt reads the value back at once; getopt must agree with it.
      assertThat(sh.value("setopt " + option + " " + value)).isEqualTo(expected);
      assertThat(sh.value("getopt " + option)).isEqualTo(expected);
      assertThat(before).as("the default differs from what was set").isNotEqualTo(expected);
    }
  }

  static Stream<Arguments> setOnly() {
    return Stream.of(
        // socket, join, leave, the errno of joining twice (Linux: EADDRINUSE for a group,
        // EADDRNOTAVAIL for a source already in the filter)
        Arguments.of(
            "udp",
            "IP_ADD_MEMBERSHIP 235.7.8.9 127.0.0.1",
            "IP_DROP_MEMBERSHIP 235.7.8.9 127.0.0.1",
            "EADDRINUSE"),
        Arguments.of(
            "udp",
            "IP_ADD_SOURCE_MEMBERSHIP 232.1.1.1 127.0.0.1 127.0.0.1",
            "IP_DROP_SOURCE_MEMBERSHIP 232.1.1.1 127.0.0.1 127.0.0.1",
            "EADDRNOTAVAIL"),
        Arguments.of(
            "udp ipv6",
            "IPV6_JOIN_GROUP ff12::1:2:3:4 lo",
            "IPV6_LEAVE_GROUP ff12::1:2:3:4 lo",
            "EADDRINUSE"),
        Arguments.of(
            "udp ipv6",
            "MCAST_JOIN_SOURCE_GROUP ff3e::1234 lo ::1",
            "MCAST_LEAVE_SOURCE_GROUP ff3e::1234 lo ::1",
            "EADDRNOTAVAIL"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("setOnly")
  void setOnlyMembershipOptionsJoinAndLeaveAndSaySoOnGet(
      String open, String add, String drop, String twice) {
    String addName = add.split(" ")[0];
    String dropName = drop.split(" ")[0];
    COVERED.add(addName);
    COVERED.add(dropName);
    try (Shell sh = new Shell()) {
      sh.ok("open " + open);
      sh.ok("setopt " + add);
      // The kernel remembers the membership: a second join of the same group fails.
      Event.Failure again = sh.fails("setopt " + add);
      assertThat(again.error()).hasMessageContaining("(" + twice + ")");
      Event.Failure get = sh.fails("getopt " + addName);
      assertThat(dev.sockshell.text.Words.text(get.hint())).contains("set-only");
      sh.ok("setopt " + drop);
      // Leaving twice: the kernel no longer knows the membership.
      assertThat(sh.fails("setopt " + drop).error().getMessage())
          .containsAnyOf("EADDRNOTAVAIL", "EINVAL");
    }
  }

  /** Issue 22: the kernel decides, whatever the socket; the catalogue's knowledge is a hint. */
  @Test
  void optionsForOtherSocketsReachTheKernelWithTheCatalogueBesideIt() {
    try (Shell sh = new Shell()) {
      sh.ok("open udp");
      Event.Failure f = sh.fails("setopt TCP_NODELAY 1");
      // what C gets: setsockopt(IPPROTO_TCP) on a UDP socket is the kernel's to refuse
      assertThat(f.error()).isInstanceOf(dev.sockshell.posix.SocketError.class);
      assertThat(f.error().getMessage()).startsWith("[setsockopt()] ");
      assertThat(f.hint())
          .isEqualTo(
              dev.sockshell.text.Words.of(
                  "opt.appliesTo",
                  "TCP_NODELAY",
                  dev.sockshell.text.Words.literal("TCP"),
                  "s1",
                  "udp4"));
      assertThat(sh.fails("getopt IPV6_MULTICAST_HOPS").error())
          .isInstanceOf(dev.sockshell.posix.SocketError.class);
    }
    try (Shell sh = new Shell()) {
      // a tcp6 socket: the kernel reads IPV6_MULTICAST_HOPS (1), and sockshell says what it means
      sh.ok("open tcp ipv6");
      java.util.List<Event> got = sh.ok("getopt IPV6_MULTICAST_HOPS");
      assertThat(got)
          .anyMatch(e -> e instanceof Event.OptionValue v && v.shown().text().equals("1"));
      assertThat(got).anyMatch(e -> Shell.noted(e, "opt.noEffectRead"));
      assertThat(sh.ok("setopt IPV6_MULTICAST_LOOP 0"))
          .anyMatch(e -> Shell.noted(e, "opt.noEffect"));
      // a set-only option is asked of the kernel too: its errno, and why
      Event.Failure setOnly = sh.fails("getopt IPV6_JOIN_GROUP");
      assertThat(setOnly.error()).isInstanceOf(dev.sockshell.posix.SocketError.class);
      assertThat(dev.sockshell.text.Words.text(setOnly.hint())).contains("set-only");
      // and a read-only one: setsockopt(SO_TYPE) is the kernel's to refuse
      Event.Failure readOnly = sh.fails("setopt SO_TYPE 1");
      assertThat(readOnly.error().getMessage()).contains("(ENOPROTOOPT)");
      assertThat(dev.sockshell.text.Words.text(readOnly.hint())).contains("read-only");
    }
  }

  @Test
  void optionsTheKernelJudgesReachTheKernel() {
    try (Shell sh = new Shell()) {
      sh.ok("open tcp");
      // Linux refuses multicast TTL on a stream socket itself: its errno is the answer.
      Event.Failure f = sh.fails("setopt IP_MULTICAST_TTL 2");
      assertThat(f.error().getMessage()).isEqualTo("[setsockopt()] Invalid argument (EINVAL)");
    }
  }

  @Test
  void rawNumericOptionsReachAnything() {
    try (Shell sh = new Shell()) {
      sh.ok("open udp");
      // level 1 = SOL_SOCKET, 2 = SO_REUSEADDR, as raw bytes
      assertThat(sh.value("setopt 1 2 hex:01000000")).isEqualTo("1 (on)");
      assertThat(sh.value("getopt SO_REUSEADDR")).isEqualTo("1 (on)");
      // SO_TXTIME (61, struct sock_txtime) is not in the catalogue: CLOCK_MONOTONIC, no flags
      sh.ok("setopt 1 61 hex:0100000000000000");
      assertThat(sh.value("getopt 1 61")).isEqualTo("hex:0100000000000000");
    }
  }

  @AfterAll
  static void everyCatalogueOptionWasCovered() {
    Set<String> all = new HashSet<>();
    for (SockOption o : OptionCatalogue.get().all()) {
      if (o.has(dev.sockshell.catalogue.Trait.CHAPTER)) {
        all.add(o.name()); // the others are EveryOptionTest's
      }
    }
    assertThat(COVERED).containsExactlyInAnyOrderElementsOf(all);
  }
}
