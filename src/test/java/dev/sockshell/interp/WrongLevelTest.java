package dev.sockshell.interp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sockshell.Shell;
import dev.sockshell.event.Event;
import dev.sockshell.posix.SocketError;
import dev.sockshell.text.Words;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An option named at a level not its own is not refused by sockshell: the kernel gets the numbers a
 * C program would pass, and answers. The Linux Test Project's setsockopt01 has the UDP case
 * ("invalid option name (UDP)": ENOPROTOOPT).
 */
class WrongLevelTest {

  @Test
  void aSocketOptionAtTheUdpLevelGetsTheKernelsErrnoAndTheRightLevelInTheHint() {
    try (Shell sh = new Shell()) {
      sh.ok("open udp");
      for (String line : List.of("setopt IPPROTO_UDP SO_OOBINLINE 1", "setopt 17 SO_OOBINLINE 1")) {
        Event.Failure f = sh.fails(line);
        assertThat(f.error()).isInstanceOf(SocketError.class);
        assertThat(((SocketError) f.error()).errnoName()).as(line).isEqualTo("ENOPROTOOPT");
        assertThat(f.hint())
            .isEqualTo(
                Words.of(
                    "opt.wrongLevel",
                    "SO_OOBINLINE",
                    "SOL_SOCKET",
                    "IPPROTO_UDP",
                    "setopt SOL_SOCKET SO_OOBINLINE \u2026"));
      }
      // the option itself was never touched
      assertThat(sh.value("getopt SO_OOBINLINE")).isEqualTo("0 (off)");
    }
  }

  @Test
  void numbersThatAreAnotherOptionAtThatLevelSetThatOptionAndSaySo() {
    try (Shell sh = new Shell()) {
      sh.ok("open tcp");
      // (IPPROTO_TCP, 9): SO_KEEPALIVE's number is TCP_DEFER_ACCEPT at the TCP level
      List<Event> got = sh.ok("setopt IPPROTO_TCP SO_KEEPALIVE 1");
      Event.OptionValue v = Shell.first(got, Event.OptionValue.class);
      assertThat(v.name()).isEqualTo("TCP_DEFER_ACCEPT");
      assertThat(got)
          .anyMatch(
              e ->
                  e instanceof Event.Note n
                      && n.said() instanceof Words.Message m
                      && m.key().equals("opt.levelSet")
                      && m.args().contains("TCP_DEFER_ACCEPT"));
      assertThat(sh.value("getopt TCP_DEFER_ACCEPT")).isEqualTo("1");
      assertThat(sh.value("getopt SO_KEEPALIVE")).isEqualTo("0 (off)");
    }
  }

  @Test
  void theValueIsWrittenInTheNamedOptionsType() {
    try (Shell sh = new Shell()) {
      sh.ok("open udp");
      // struct linger {1, 5} at (IPPROTO_IP, 13) = IP_RECVTOS: the kernel reads its first int
      Event.OptionValue v = sh.optionValue("setopt IPPROTO_IP SO_LINGER on 5");
      assertThat(v.name()).isEqualTo("IP_RECVTOS");
      assertThat(v.call().set()).hasSize(8);
      assertThat(sh.value("getopt IP_RECVTOS")).isEqualTo("1 (on)");
    }
  }

  @Test
  void aSetWhoseReadBackFailsIsASuccessThatSaysSo() {
    try (Shell sh = new Shell()) {
      sh.ok("open udp ipv6");
      // IPV6_MTU is kept by setsockopt, but getsockopt wants a connected socket (ENOTCONN)
      List<Event> got = sh.ok("setopt IPV6_MTU 1400");
      assertThat(got).anyMatch(e -> e instanceof Event.OptionSet);
      Event.Note n = Shell.first(got, Event.Note.class);
      assertThat(((Words.Message) n.said()).key()).isEqualTo("opt.readBackFailed");
      assertThat(Words.text(n.said())).contains("ENOTCONN");
      // connected, the read answers (with the route's path MTU, which is what getsockopt reports)
      sh.ok("connect ::1 9");
      assertThat(sh.value("getopt IPV6_MTU")).matches("\\d+");
    }
  }
}
