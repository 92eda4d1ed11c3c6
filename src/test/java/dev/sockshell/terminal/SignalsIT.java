package dev.sockshell.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sockshell.Requires;
import dev.sockshell.machine.Feature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Started with SIGINT and SIGHUP ignored (cmd & from a script, nohup, a wrapper's trap '' INT),
 * sockshell takes Ctrl-C back: a script blocked in recv ends at SIGINT, the prompt cancels.
 */
class SignalsIT {
  private static final Path ROOT =
      Path.of(System.getProperty("sockshell.root", System.getProperty("user.dir")));

  @Test
  void aScriptStartedWithSigintIgnoredEndsAtSigint() throws Exception {
    Path out = Files.createTempFile("signals", ".out");
    try {
      Process p =
          new ProcessBuilder(
                  "sh",
                  "-c",
                  "trap '' INT HUP; exec scripts/sockshell -c 'open udp; bind 127.0.0.1 0;"
                      + " recv timeout 30s'")
              .directory(ROOT.toFile())
              .redirectErrorStream(true)
              .redirectOutput(out.toFile())
              .start();
      long pid = p.pid();
      // the JVM itself (sh execs into the launcher, which execs java): wait for the bind
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (!Files.readString(out).contains("bound to") && System.nanoTime() < until) {
        Thread.sleep(50);
      }
      assertThat(Files.readString(out)).contains("bound to");
      String status = Files.readString(Path.of("/proc/" + pid + "/status"));
      long ignored =
          Long.parseUnsignedLong(
              status
                  .lines()
                  .filter(l -> l.startsWith("SigIgn:"))
                  .findFirst()
                  .orElseThrow()
                  .substring(7)
                  .strip(),
              16);
      assertThat(ignored & 2).as("SIGINT taken back from ignored").isZero();
      assertThat(ignored & 1).as("SIGHUP left ignored for a script (nohup)").isEqualTo(1);
      new ProcessBuilder("kill", "-INT", Long.toString(pid)).start().waitFor();
      assertThat(p.waitFor(10, TimeUnit.SECONDS)).as("ended at SIGINT").isTrue();
      assertThat(p.exitValue()).isEqualTo(130);
      assertThat(Files.readString(out))
          .as("the waiting line is cancelled and named, its sockets closed")
          .contains("-c:1: cancelled (Ctrl-C)");
    } finally {
      Files.deleteIfExists(out);
    }
  }

  /** Ctrl-C in a --keep-going run ends the run: the lines after it do not run. */
  @Test
  void sigintEndsAKeepGoingRunToo() throws Exception {
    Path out = Files.createTempFile("signals", ".out");
    Path in = Files.createTempFile("signals", ".sockscript");
    try {
      Files.writeString(
          in, "open udp as w\nbind w 127.0.0.1 0\nrecv w timeout 30s\nopen udp as later\nls\n");
      Process p =
          new ProcessBuilder("scripts/sockshell", "--keep-going", in.toString())
              .directory(ROOT.toFile())
              .redirectErrorStream(true)
              .redirectOutput(out.toFile())
              .start();
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (!Files.readString(out).contains("bound to") && System.nanoTime() < until) {
        Thread.sleep(50);
      }
      Thread.sleep(200); // into the recv
      new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
      assertThat(p.waitFor(10, TimeUnit.SECONDS)).as("ended at SIGINT").isTrue();
      assertThat(p.exitValue()).isEqualTo(130);
      assertThat(Files.readString(out))
          .contains(in + ":3: cancelled (Ctrl-C)")
          .doesNotContain("later");
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(in);
    }
  }

  @Test
  void thePromptStartedWithSigintIgnoredCancelsAtCtrlC() throws Exception {
    Requires.feature(Feature.TMUX);
    try (Tmux t =
        Tmux.start(
            "cd '" + ROOT + "' && trap '' INT HUP && scripts/sockshell; echo EXIT=$?; sleep 30",
            100,
            20)) {
      t.waitFor("sockshell>", 120);
      t.type("open udp as u; bind 127.0.0.1 0; recv u");
      t.keys("Enter");
      t.waitFor("bound to", 10);
      Thread.sleep(300);
      t.keys("C-c");
      t.waitFor("cancelled (Ctrl-C)", 10);
      t.type("ls");
      t.keys("Enter");
      t.waitForPrompt("bound  127.0.0.1", 10);
      t.keys("C-d");
      assertThat(t.waitFor("EXIT=", 10)).contains("EXIT=0");
    }
  }
}
