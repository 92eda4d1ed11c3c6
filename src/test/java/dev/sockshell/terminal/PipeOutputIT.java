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
