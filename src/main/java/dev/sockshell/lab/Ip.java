package dev.sockshell.lab;

import dev.sockshell.error.UsageError;
import dev.sockshell.text.Words;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * iproute2's {@code ip}, as the lab runs it: in a session of its own, its first error as a line.
 */
final class Ip {
  private Ip() {}

  /** setsid (util-linux), where there is one. */
  private static final String SETSID =
      java.util.stream.Stream.of("/usr/bin/setsid", "/bin/setsid")
          .filter(f -> Files.isExecutable(Path.of(f)))
          .findFirst()
          .orElse(null);

  /**
   * A child in a session of its own: Ctrl-C at the terminal goes to sockshell's process group only,
   * so that sockshell stops the build and removes what was made, while ip (not killed halfway)
   * finishes its step or is never started.
   */
  static List<String> detached(List<String> cmd) {
    if (SETSID == null) {
      return cmd;
    }
    List<String> out = new ArrayList<>();
    out.add(SETSID);
    out.add("-w"); // waits for ip and gives its exit status (setsid forks when it must)
    out.addAll(cmd);
    return out;
  }

  /** Runs ip with {@code lines} on its standard input; its first error line, if it fails. */
  static String run(List<String> args, List<String> lines) {
    List<String> cmd = new ArrayList<>();
    cmd.add("ip");
    cmd.addAll(args);
    try {
      Process p = new ProcessBuilder(detached(cmd)).redirectErrorStream(true).start();
      try (var in = p.getOutputStream()) {
        if (!lines.isEmpty()) {
          in.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        }
      } catch (IOException e) {
        // ip ended without reading everything (it failed, and says why below)
      }
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new UsageError(Words.of("lab.failed", String.join(" ", cmd), "timeout"), 0);
      }
      if (p.exitValue() != 0) {
        String first = out.lines().findFirst().orElse("exit " + p.exitValue());
        throw new UsageError(Words.of("lab.failed", String.join(" ", cmd), first), 0);
      }
      return out;
    } catch (IOException e) {
      String why =
          e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
      throw new UsageError(Words.of("lab.failed", String.join(" ", cmd), why), 0);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UsageError(Words.of("lab.failed", String.join(" ", cmd), "interrupted"), 0);
    }
  }
}
