package dev.sockshell.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sockshell.Requires;
import dev.sockshell.machine.Feature;
import dev.sockshell.text.Width;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The prompt as the terminals and locales of a class find it: tmux and screen (whose line drawing
 * needs designating), a Korean locale the machine does not have, type-ahead before the prompt, a
 * $HOME that is not the passwd home, and windows narrower than any table.
 */
class EverywhereIT {
  private static final String ROOT =
      System.getProperty("sockshell.root", System.getProperty("user.dir"));

  @BeforeEach
  void needsTmux() {
    Requires.feature(Feature.TMUX);
  }

  private static String start(String env) {
    return "cd '" + ROOT + "' && env " + env + " scripts/sockshell; echo \"EXIT=$?\"; sleep 30";
  }

  /**
   * What a person sees through a real tmux client (an outer tmux attached to the one sockshell runs
   * in, so that the inner client's bytes are drawn): the status bar's divider is a line, not 'q's.
   */
  @ParameterizedTest(name = "TERM={0}")
  @ValueSource(strings = {"tmux-256color", "screen", "linux", "xterm-256color"})
  void theStatusBarDividerIsALine(String term) throws Exception {
    try (Tmux inner = Tmux.start(start("TERM=" + term), 90, 12)) {
      inner.waitFor("sockshell>", 120);
      try (Tmux outer = Tmux.start("TMUX= tmux attach -t " + inner.name(), 90, 13)) {
        inner.type("open ");
        String seen =
            outer.waitFor(
                "the status bar",
                s -> s.contains("open udp|tcp [ipv4|ipv6]") && s.contains("─"),
                20);
        assertThat(seen).contains("─".repeat(40)).doesNotContain("qqqqqqqqqq");
      }
    }
  }

  /**
   * LANG names a Korean UTF-8 locale this machine lacks (Docker images, minimal WSL, SSH from a
   * Korean Mac): what is typed in Hangul is still read as UTF-8 and sent as its 15 bytes.
   */
  @org.junit.jupiter.api.Test
  void koreanTypedAtThePromptWhateverTheLocale() throws Exception {
    try (DatagramSocket rx = new DatagramSocket(0, InetAddress.getLoopbackAddress());
        Tmux t = Tmux.start(start("LC_ALL= LC_CTYPE= LANG=ko_KR.UTF-8"), 100, 20)) {
      rx.setSoTimeout(10_000);
      t.waitFor("sockshell>", 120);
      t.type("open udp; send \"안녕하세요\" to 127.0.0.1 " + rx.getLocalPort());
      t.keys("Enter");
      byte[] buf = new byte[100];
      DatagramPacket p = new DatagramPacket(buf, buf.length);
      rx.receive(p);
      assertThat(Arrays.copyOf(buf, p.getLength()))
          .isEqualTo("안녕하세요".getBytes(StandardCharsets.UTF_8));
      // the messages are Korean, with the particle that follows the port's number
      String screen = t.waitFor("15바이트", 10);
      assertThat(screen).doesNotContain("\uFFFD");
      int port = rx.getLocalPort();
      assertThat(screen).contains("127.0.0.1:" + port + particle(port));
    }
  }

  /** 로 after a number read with a vowel or ㄹ at its end (1 일, 2 이, 9 구), 으로 after 3, 6, 0. */
  private static String particle(int port) {
    int last = port % 10;
    return last == 0 || last == 3 || last == 6 ? "으로" : "로";
  }

  /** What is typed before the prompt appears runs when it does, as in bash and jshell. */
  @org.junit.jupiter.api.Test
  void typeAheadIsKept() throws Exception {
    try (Tmux t = Tmux.start(start("LANG=C.UTF-8"), 100, 20)) {
      t.type("open udp as early");
      t.keys("Enter");
      t.waitFor("sockshell[early udp4]>", 120);
      assertThat(t.screen()).contains("early: udp4 socket");
    }
  }

  /** History goes to $HOME (sudo and containers leave the passwd home elsewhere). */
  @org.junit.jupiter.api.Test
  void historyFollowsHome() throws Exception {
    Path home = Files.createTempDirectory("sockshell-home");
    try (Tmux t = Tmux.start(start("HOME=" + home), 100, 20)) {
      t.waitFor("sockshell>", 120);
      t.type("ls");
      t.keys("Enter");
      t.waitForPrompt("(none)", 10); // Ctrl-D once the prompt reads keys again
      t.keys("C-d");
      t.waitFor("EXIT=0", 10);
      assertThat(Files.readString(home.resolve(".sockshell_history"))).contains("ls");
    } finally {
      try (var files = Files.walk(home)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /**
   * In a 60-column window nothing is wider than the window: tables narrow their columns or stack
   * their rows, help pages break at spaces, in English and in Korean.
   */
  @ParameterizedTest(name = "LANG={0}")
  @ValueSource(strings = {"C.UTF-8", "ko_KR.UTF-8"})
  void nothingIsWiderThanTheWindow(String lang) throws Exception {
    int width = 60;
    try (Tmux t = Tmux.start(start("LC_ALL= LANG=" + lang), width, 40)) {
      t.waitFor("sockshell>", 120);
      for (String line :
          new String[] {
            "options chapter",
            "options",
            "help",
            "help setopt",
            "help SO_LINGER",
            "doctor",
            "lessons",
            "open udp; ls"
          }) {
        t.type(line);
        t.keys("Enter");
        Thread.sleep(400);
      }
      t.type("quit");
      t.keys("Enter");
      String all = t.waitFor("EXIT=", 20);
      // -J joins what the terminal wrapped: a line wider than the window shows as one
      String history = t.history();
      assertThat(history).contains("SO_LINGER");
      for (String l : history.lines().toList()) {
        assertThat(Width.of(l.stripTrailing())).as(l).isLessThanOrEqualTo(width);
      }
      assertThat(all).contains("EXIT=0");
    }
  }

  /** -c into a terminal fits the window too (its width read with one ioctl, no prompt set up). */
  @org.junit.jupiter.api.Test
  void aOneShotCommandFitsTheWindow() throws Exception {
    int width = 60;
    String cmd =
        "cd '"
            + ROOT
            + "' && scripts/sockshell -c 'options chapter; help; doctor'; echo EXIT=$?;"
            + " sleep 30";
    try (Tmux t = Tmux.start(cmd, width, 40)) {
      t.waitFor("EXIT=", 120);
      String history = t.history();
      assertThat(history).contains("SO_BROADCAST").contains("EXIT=0");
      for (String l : history.lines().toList()) {
        assertThat(Width.of(l.stripTrailing())).as(l).isLessThanOrEqualTo(width);
      }
    }
  }
}
