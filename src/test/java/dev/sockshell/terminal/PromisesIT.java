package dev.sockshell.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The promises of the real prompt, in a real terminal: Ctrl-C wins whatever timeout is set, a long
 * paste is taken whole and capped, no key swallows Ctrl-C, and every way out gives the terminal
 * back as it was.
 */
class PromisesIT {
  private static Tmux start() throws Exception {
    dev.sockshell.Requires.feature(dev.sockshell.machine.Feature.TMUX);
    String root = System.getProperty("sockshell.root", System.getProperty("user.dir"));
    Tmux t =
        Tmux.start("cd '" + root + "' && scripts/sockshell; echo \"EXIT=$?\"; sleep 30", 100, 30);
    t.waitFor("sockshell>", 120);
    return t;
  }

  @Test
  void ctrlCWinsOverSoRcvtimeoAndAPasteStartSwallowsNothing() throws Exception {
    try (Tmux t = start()) {
      t.type("open udp; bind 127.0.0.1 0; setopt SO_RCVTIMEO 600s; recv");
      t.keys("Enter");
      t.waitFor("(600 s)", 10);
      Thread.sleep(300);
      t.keys("C-c");
      t.waitFor("cancelled (Ctrl-C)", 5);
      // A paste start with no end, then Ctrl-C: the prompt still answers.
      t.type("\u001b[200~open tcp");
      t.keys("C-c");
      t.type("ls");
      t.keys("Enter");
      String screen =
          t.waitFor("the table", s -> s.contains("udp4  7") || s.matches("(?s).*s1 +udp4.*"), 10);
      assertThat(screen).doesNotContain("tcp4");
      // Ctrl-X Ctrl-E does not leave the prompt for an editor.
      t.type("getopt SO_TYPE");
      t.keys("C-x", "C-e");
      t.keys("Enter");
      t.waitForPrompt("SO_TYPE = 2 (SOCK_DGRAM)", 10);
      t.keys("C-d");
      t.waitFor("EXIT=0", 10);
    }
  }

  /**
   * Ctrl-S typed while a command runs once stopped all output (XOFF) until Ctrl-Q; at the prompt it
   * started a forward search that took every key after it.
   */
  @Test
  void ctrlSNeitherStopsOutputNorStartsASearch() throws Exception {
    try (Tmux t = start()) {
      t.type("sleep 1s");
      t.keys("Enter");
      Thread.sleep(300);
      t.keys("C-s");
      t.waitFor("slept 1 s", 10);
      t.waitForPrompt("slept 1 s", 10);
      t.keys("C-s");
      t.type("getopt");
      t.keys("Enter");
      t.waitForPrompt("incomplete command", 10);
      assertThat(t.screen()).doesNotContain("i-search");
      // Ctrl-R searches back; Ctrl-G and Ctrl-C each leave the search for the prompt
      for (String leave : List.of("C-g", "C-c")) {
        t.keys("C-r");
        t.type("sle");
        t.waitFor("sleep 1s", 5);
        t.keys(leave);
        t.keys("C-u");
        t.type("open udp as " + leave.replace("-", ""));
        t.keys("Enter");
        t.waitForPrompt(leave.replace("-", "") + ": udp4 socket", 10);
      }
      t.keys("C-d");
      t.waitFor("EXIT=0", 10);
    }
  }

  @Test
  void aHundredKilobytesTypedAreTakenAndCapped() throws Exception {
    try (Tmux t = start()) {
      String chunk = "x".repeat(10_000);
      for (int i = 0; i < 10; i++) {
        t.type(chunk);
      }
      t.waitFor("the line is at its limit of 16384 characters", 60);
      t.keys("C-u");
      t.type("ls");
      t.keys("Enter");
      t.waitForPrompt("(none)", 30);
      t.keys("C-d");
      t.waitFor("EXIT=0", 10);
    }
  }

  @Test
  void sigtermAndCtrlDGiveTheTerminalBack() throws Exception {
    try (Tmux t = start()) {
      assertThat(t.format("#{keypad_cursor_flag}")).isEqualTo("1");
      t.keys("C-d");
      t.waitFor("EXIT=0", 10);
      assertThat(t.format("#{keypad_cursor_flag} #{keypad_flag}")).isEqualTo("0 0");
      assertThat(t.format("#{scroll_region_lower}")).isEqualTo("29");
      List<String> last = t.screen().strip().lines().toList();
      assertThat(last.getLast()).isEqualTo("EXIT=0");
    }
    try (Tmux t = start()) {
      new ProcessBuilder("kill", "-TERM", Long.toString(t.javaPid())).inheritIO().start().waitFor();
      t.waitFor("EXIT=", 10);
      assertThat(t.format("#{keypad_cursor_flag} #{keypad_flag}")).isEqualTo("0 0");
      assertThat(t.format("#{scroll_region_lower}")).isEqualTo("29");
    }
  }
}
