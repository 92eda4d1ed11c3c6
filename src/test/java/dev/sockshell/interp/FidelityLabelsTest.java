package dev.sockshell.interp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sockshell.Shell;
import dev.sockshell.event.Event;
import dev.sockshell.render.Renderer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Labels that used to differ from what C sees: IP_MULTICAST_IF set by index, groups echoed as
 * typed, and the trace of recvfrom's address argument.
 */
class FidelityLabelsTest {
  private static final Renderer WORDS = new Renderer(false);

  private static String all(List<Event> events) {
    return String.join("\n", events.stream().map(WORDS::render).toList());
  }

  @Test
  void multicastIfSetByIndexSaysGetsockoptCanOnlyReportAnAddress() {
    try (Shell sh = new Shell()) {
      sh.ok("open udp");
      String shown = all(sh.ok("setopt IP_MULTICAST_IF 1"));
      assertThat(shown)
          .contains("IP_MULTICAST_IF = 0.0.0.0")
          .contains("set by interface index 1 (lo")
          .contains("getsockopt can only report an address");
      assertThat(all(sh.ok("setopt IP_MULTICAST_IF 127.0.0.1")))
          .contains("IP_MULTICAST_IF = 127.0.0.1")
          .doesNotContain("index");
    }
  }

  @Test
  void groupsAreShownAsTheKernelWritesThem() {
    try (Shell sh = new Shell()) {
      sh.ok("open udp ipv6 as m");
      Event.Membership joined =
          (Event.Membership)
              sh.ok("join FF12::1:2:3:4 lo").stream()
                  .filter(e -> e instanceof Event.Membership)
                  .findFirst()
                  .orElseThrow();
      assertThat(joined.group().address()).isEqualTo("ff12::1:2:3:4");
      assertThat(sh.socket("m").groups()).hasSize(1);
      sh.ok("leave ff12::1:2:3:4 lo");
      assertThat(sh.socket("m").groups()).isEmpty();
    }
  }

  @Test
  void theTraceShowsRecvfromsAddressBufferAndItsLengthInAndOut() {
    try (Shell sh = new Shell()) {
      sh.ok("open udp as rx; bind 127.0.0.1 0; open udp as tx");
      sh.ok("set feedback verbose");
      List<String> failed =
          sh.run("setopt rx SO_RCVTIMEO 100ms; recv rx").stream()
              .filter(e -> e instanceof Event.Syscall)
              .map(e -> ((Event.Syscall) e).text())
              .filter(t -> t.startsWith("recvfrom("))
              .toList();
      assertThat(failed).isNotEmpty();
      assertThat(failed.get(failed.size() - 1)).contains(", 0x…, [128]) = -1 EAGAIN");
      sh.ok("send tx \"x\" to 127.0.0.1 " + sh.port("rx"));
      String got =
          sh.ok("recv rx timeout 2s").stream()
              .filter(e -> e instanceof Event.Syscall)
              .map(e -> ((Event.Syscall) e).text())
              .filter(t -> t.startsWith("recvfrom("))
              .reduce((a, b) -> b)
              .orElseThrow();
      assertThat(got).contains("sin_addr=inet_addr(\"127.0.0.1\")}, [128 => 16]) = 1");
    }
  }

  /**
   * Issue 21: the session kept a membership as its words, so a leave in another language did not
   * find the join ("235.7.8.9 on lo" against "235.7.8.9 (lo에서)"): ls listed a group the kernel had
   * dropped. The session keeps values now.
   */
  @Test
  void aLeaveInAnotherLanguageFindsItsJoin() {
    try (Shell sh = new Shell()) {
      sh.ok("open udp as m; bind 127.0.0.1 0; join 235.7.8.9 lo");
      assertThat(sh.socket("m").groups()).hasSize(1);
      dev.sockshell.text.Text.Lang before = dev.sockshell.text.Text.lang();
      try {
        sh.ok("set lang ko; leave 235.7.8.9 lo");
      } finally {
        dev.sockshell.text.Text.lang(before);
      }
      assertThat(sh.socket("m").groups()).isEmpty();
    }
  }
}
