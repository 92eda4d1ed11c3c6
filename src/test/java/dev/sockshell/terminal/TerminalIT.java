package dev.sockshell.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * End to end in a real terminal: tmux runs scripts/sockshell, the test types at it and reads the
 * screen as a person would see it.
 */
class TerminalIT {

  /** The line of the screen that holds the prompt the user is typing at (the last one). */
  private static String promptLine(String screen) {
    List<String> lines = screen.lines().filter(l -> l.contains("sockshell[")).toList();
    return lines.isEmpty() ? "" : lines.getLast();
  }

  @Test
  void aSessionAtTheRealPrompt() throws Exception {
    dev.sockshell.Requires.feature(dev.sockshell.machine.Feature.TMUX);
    String root = System.getProperty("sockshell.root", System.getProperty("user.dir"));
    int port;
    try (DatagramSocket probe = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
      port = probe.getLocalPort();
    }
    try (Tmux t =
            Tmux.start(
                "cd '" + root + "' && scripts/sockshell; echo \"EXIT=$?\"; sleep 30", 120, 30);
        DatagramSocket sender = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
      t.waitFor("sockshell>", 120);
      // The first Tab lists what the grammar allows here, grouped.
      t.type("open ");
      t.keys("Tab");
      t.waitFor(
          "the protocols listed", s -> s.contains("keywords") && s.matches("(?s).*tcp +udp.*"), 10);
      t.keys("C-u");
      t.type("open udp as rx");
      t.keys("Enter");
      t.waitFor("sockshell[rx udp4]>", 10);

      // Tab completes an option name from the catalogue.
      t.type("setopt SO_RCVT");
      t.keys("Tab");
      t.waitFor("setopt SO_RCVTIMEO", 10);
      t.keys("C-u");

      t.type("bind 127.0.0.1 " + port + "; watch rx");
      t.keys("Enter");
      t.waitFor("watching rx", 10);

      // Datagrams arrive while a line is half typed: they print above it, the line stays.
      t.type("getopt SO_TY");
      t.waitFor("the half-typed line", s -> promptLine(s).endsWith("getopt SO_TY"), 10);
      for (String text : List.of("hello-1", "hello-2")) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        sender.send(new DatagramPacket(b, b.length, InetAddress.getLoopbackAddress(), port));
      }
      // the line printed above, then the prompt and the half-typed line drawn again: wait for
      // both (on a loaded machine the redraw comes a moment after the datagram's line)
      String screen =
          t.waitFor(
              "hello-2 above the half-typed line",
              x ->
                  x.contains("hello-2  (7 bytes)")
                      && promptLine(x).endsWith("sockshell[rx udp4]> getopt SO_TY"),
              10);
      int sent = sender.getLocalPort();
      assertThat(screen).contains("[UDP/127.0.0.1:" + sent + "] hello-1  (7 bytes)");
      assertThat(promptLine(screen)).endsWith("sockshell[rx udp4]> getopt SO_TY");
      assertThat(screen.indexOf("hello-2")).isLessThan(screen.lastIndexOf("getopt SO_TY"));
      t.type("PE");
      t.keys("Enter");
      t.waitFor("SO_TYPE = 2 (SOCK_DGRAM)", 10);

      // Ctrl-C ends a blocking recv and the session goes on.
      t.type("unwatch rx; recv rx");
      t.keys("Enter");
      t.waitFor("stopped watching rx", 10);
      Thread.sleep(300);
      t.keys("C-c");
      t.waitFor("cancelled (Ctrl-C)", 10);
      t.type("ls");
      t.keys("Enter");
      // the ls row (the bind line above also names the port), then the next prompt
      screen =
          t.waitFor(
              "the ls row and a fresh prompt",
              x -> x.contains("bound  127.0.0.1:" + port) && promptLine(x).strip().endsWith("]>"),
              10);
      assertThat(screen).contains("rx").contains("udp4");

      // Ctrl-D closes everything and exits 0.
      t.keys("C-d");
      screen = t.waitFor("EXIT=", 10);
      assertThat(screen).contains("rx: closed").contains("EXIT=0");
      assertThat(screen).doesNotContain("Exception").doesNotContain("\tat ");
    }
  }
}
