package dev.sockshell.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Into a pipe, output is buffered (a replay of many lines would otherwise make a write call a
 * line), yet what came before a long wait is not held back: it arrives while sockshell waits.
 */
class PipeOutputIT {
  private static final Path ROOT =
      Path.of(System.getProperty("sockshell.root", System.getProperty("user.dir")));

  /**
   * A pipe whose reader has gone (`| head -2`) ends the script, as SIGPIPE ends a C program: status
   * 141 and a line naming where it stopped, not the rest of a long script run unseen.
   */
  @Test
  void aScriptWhosePipeIsClosedStops() throws Exception {
    java.nio.file.Path script = java.nio.file.Files.createTempFile("sockshell-pipe", ".sockscript");
    StringBuilder b = new StringBuilder("open udp\n");
    for (int i = 0; i < 100; i++) {
      b.append("getopt SO_RCVBUF\nsleep 100ms\n"); // ten seconds in all
    }
    java.nio.file.Files.writeString(script, b);
    Process p =
        new ProcessBuilder(ROOT.resolve("scripts/sockshell").toString(), script.toString())
            .redirectError(ProcessBuilder.Redirect.PIPE)
            .start();
    try {
      BufferedReader r =
          new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      assertThat(r.readLine()).contains("udp4 socket");
      p.getInputStream().close(); // the reader goes, as head does after its lines
      assertThat(p.waitFor(6, TimeUnit.SECONDS)).as("ended well before its ten seconds").isTrue();
      String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.exitValue()).as(err).isEqualTo(141);
      assertThat(err)
          .contains(script.getFileName().toString() + ":")
          .contains("standard output was closed")
          .doesNotContain("Exception");
    } finally {
      p.destroyForcibly();
      java.nio.file.Files.deleteIfExists(script);
    }
  }

  @Test
  void linesBeforeAWaitReachThePipeWhileSockshellWaits() throws Exception {
    Process p =
        new ProcessBuilder(
                ROOT.resolve("scripts/sockshell").toString(),
                "-c",
                "open udp as a; bind 127.0.0.1 0; recv a timeout 5s")
            .redirectErrorStream(true)
            .start();
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      long start = System.nanoTime();
      String first = r.readLine();
      String second = r.readLine();
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertThat(first).contains("a: udp4 socket");
      assertThat(second).contains("a: bound to 127.0.0.1:");
      // both came during the 5 s wait, not at its end
      assertThat(millis).isLessThan(4000);
    } finally {
      p.waitFor(10, TimeUnit.SECONDS);
      p.destroyForcibly();
    }
  }
}
