package dev.sockshell.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sockshell.FakeSockets;
import dev.sockshell.run.Run;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The prompt loop on a dumb terminal fed with keystrokes. */
@org.junit.jupiter.api.extension.ExtendWith(dev.sockshell.FixedPorts.class)
class ConsoleTest {

  private static String drive(String keys) throws IOException {
    return DumbConsole.drive(keys, null);
  }

  @Test
  void realSessionPromptShowsTheCurrentSocketAndErrorsPointAtTheColumn() throws IOException {
    Console console = new Console(Run.Config.prompt(), false);
    Run run = console.session();
    String screen;
    try (console) {
      screen = DumbConsole.drive(console, "open udp\nsetopt SO_BROADCST 1\ngetopt SO_TYPE\n", null);
    }
    assertThat(screen).contains("sockshell> ").contains("sockshell[s1 udp4]> ");
    // The caret sits under the bad word: prompt width + column - 1 spaces (the dumb terminal
    // does not echo the typed line, so the caret line follows the prompt).
    String prompt = "sockshell[s1 udp4]> ";
    assertThat(screen).contains(prompt + " ".repeat(prompt.length() + 7) + "^\n");
    assertThat(screen).contains("Type 'help' for commands");
    assertThat(screen).contains("col 8: unknown option 'SO_BROADCST'");
    assertThat(screen).contains("did you mean SO_BROADCAST?");
    // The session survived the error.
    assertThat(screen).contains("SO_TYPE = 2 (SOCK_DGRAM)");
    // Ctrl-D (end of input) closed the socket.
    assertThat(screen).contains("s1: closed");
    assertThat(run.session().all()).isEmpty();
  }

  @Test
  void quitEndsTheLoop() throws IOException {
    String screen = drive("open tcp\nquit\nopen udp\n");
    assertThat(screen).contains("s1: closed").contains("bye").doesNotContain("udp4");
  }

  @Test
  void aFailingCommandIsRenderedWithItsHintAndEndsItsLine() throws IOException {
    // No kernel: a fake whose bind refuses a port already bound, as the kernel would.
    try (Console console = new Console(Run.Config.prompt().with(FakeSockets::new), false)) {
      String screen =
          DumbConsole.drive(console, "open udp\nbind * 9000\nopen udp; bind * 9000; ls\n", null);
      assertThat(screen).contains("[bind()] Address already in use (EADDRINUSE)");
      assertThat(screen).contains("  another UDP socket is bound to port 9000");
      // After the failure the rest of the line (ls) was not run.
      assertThat(screen).doesNotContain("id  name");
    }
  }

  @Test
  void historyFollowsHomeAndXdgStateHome() {
    assertThat(Terminals.historyFile(java.util.Map.of("HOME", "/tmp/h")))
        .isEqualTo(java.nio.file.Path.of("/tmp/h/.sockshell_history"));
    assertThat(
            Terminals.historyFile(java.util.Map.of("HOME", "/tmp/h", "XDG_STATE_HOME", "/tmp/s")))
        .isEqualTo(java.nio.file.Path.of("/tmp/s/sockshell/history"));
    // a relative XDG_STATE_HOME is invalid by the spec: $HOME then
    assertThat(Terminals.historyFile(java.util.Map.of("HOME", "/tmp/h", "XDG_STATE_HOME", "rel")))
        .isEqualTo(java.nio.file.Path.of("/tmp/h/.sockshell_history"));
  }
}
