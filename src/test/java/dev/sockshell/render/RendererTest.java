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
        new Event.Table(
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
}
