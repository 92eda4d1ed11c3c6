package dev.sockshell.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sockshell.event.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How ls looks in colour: the current row stays bold past its coloured state. */
class RendererTest {
  private static final String BOLD = "\u001b[1m";

  @Test
  void theCurrentRowIsBoldToItsEnd() {
    Event.Table t =
        Event.Table.literal(
            List.of(
                List.of("", "id", "state", "local"),
                List.of("*", "s1", "bound", "127.0.0.1:9000"),
                List.of("", "s2", "open", "-")));
    List<String> lines = new Renderer(true).render(t).lines().toList();
    String current = lines.get(1);
    int state = current.indexOf("bound");
    int local = current.indexOf("127.0.0.1:9000");
    // The last style set before the local address is bold again, not a reset.
    String between = current.substring(state, local);
    assertThat(between.lastIndexOf(BOLD)).isGreaterThan(between.lastIndexOf("\u001b[0m"));
    assertThat(lines.get(2)).doesNotContain(BOLD);
    assertThat(new Renderer(false).render(t)).doesNotContain("\u001b");
  }

  @Test
  void theHopLimitOfAnIpv6DatagramIsCalledHops() throws Exception {
    Renderer r = new Renderer(false);
    var v6 = new dev.sockshell.posix.SockAddr(java.net.InetAddress.getByName("::1"), 9000);
    var v4 = new dev.sockshell.posix.SockAddr(java.net.InetAddress.getByName("127.0.0.1"), 9000);
    byte[] hi = "hi".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    var udp = dev.sockshell.model.Proto.UDP;
    assertThat(r.render(new Event.Received("u", udp, v6, hi, 64, 0)))
        .endsWith("(2 bytes, hops=64)");
    assertThat(r.render(new Event.Received("u", udp, v4, hi, 64, 0))).endsWith("(2 bytes, ttl=64)");
  }

  @Test
  void closeAllSaysEachSocketAsCloseDoes() {
    Renderer r = new Renderer(false);
    assertThat(r.render(new Event.Closed(List.of("a", "mrx"), true)))
        .isEqualTo("a: closed\nmrx: closed");
    assertThat(r.render(new Event.Closed(List.of("mrx"), false))).isEqualTo("mrx: closed");
  }
}
