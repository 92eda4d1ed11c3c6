package dev.sockshell.interp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sockshell.Shell;
import dev.sockshell.event.Event;
import dev.sockshell.render.Renderer;
import org.junit.jupiter.api.Test;

/**
 * The raw form mixes names and numbers either way, and a value of the wrong size refused with
 * EINVAL says what size Linux wanted: the chapter's own Linux multicast sender passes
 * IPV6_MULTICAST_HOPS as a 1-byte u_char.
 */
class RawFormsTest {
  private static final Renderer WORDS = new Renderer(false);

  @Test
  void aNamedLevelTakesANumericOptionAndTheOtherWayRound() {
    try (Shell sh = new Shell()) {
      sh.ok("open udp ipv6 as m");
      assertThat(sh.value("setopt ipv6 18 5")).isEqualTo("5");
      assertThat(sh.value("getopt IPPROTO_IPV6 18")).isEqualTo("5");
      assertThat(sh.value("setopt 41 IPV6_MULTICAST_HOPS 7")).isEqualTo("7");
      assertThat(sh.value("getopt 41 IPV6_MULTICAST_HOPS")).isEqualTo("7");
      assertThat(sh.value("getopt socket 3")).contains("SOCK_DGRAM");
    }
  }

  @Test
  void aOneByteHopLimitIsRefusedWithTheSizeLinuxWants() {
    try (Shell sh = new Shell()) {
      sh.ok("open udp ipv6 as m");
      Event.Failure f = sh.fails("setopt IPPROTO_IPV6 IPV6_MULTICAST_HOPS hex:02");
      String shown = WORDS.render(f);
      assertThat(shown)
          .contains("[setsockopt()]")
          .contains("(EINVAL)")
          .contains("1 byte given, Linux wants int (4 bytes)");
      Event.Failure raw = sh.fails("setopt ipv6 18 hex:0200");
      assertThat(WORDS.render(raw)).contains("2 bytes given, Linux wants int (4 bytes)");
    }
  }
}
