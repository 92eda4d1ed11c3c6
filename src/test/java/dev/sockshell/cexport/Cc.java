package dev.sockshell.cexport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Compiles C with the machine's compilers and runs what they make (under Wine for Windows). */
public final class Cc {
  private Cc() {}

  public static final String MINGW = "x86_64-w64-mingw32-gcc";
  public static final Path WINE = Path.of("/usr/lib/wine/wine64");

  /** The result of a run: exit status and everything printed. */
  public record Run(int status, String out) {}

  public static void assumeCompiler(String cc) {
    dev.sockshell.Requires.feature(
        cc.equals(MINGW) ? dev.sockshell.machine.Feature.MINGW : dev.sockshell.machine.Feature.CC);
  }

  public static void assumeWine() {
    dev.sockshell.Requires.feature(dev.sockshell.machine.Feature.WINE);
  }

  static boolean onPath(String cmd) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (Files.isExecutable(Path.of(dir, cmd))) {
        return true;
      }
    }
    return false;
  }

  /** Compiles {@code source} to {@code exe}; fails the test with the compiler's words. */
  public static void compile(String cc, Path source, Path exe, String... extra) throws Exception {
    List<String> cmd =
        new ArrayList<>(
            List.of(
                cc,
                "-std=c11",
                "-Wall",
                "-Wextra",
                "-Werror",
                "-o",
                exe.toString(),
                source.toString()));
    cmd.addAll(List.of(extra));
    Run r = run(cmd, Map.of(), 120);
    if (r.status() != 0) {
      throw new AssertionError(
          String.join(" ", cmd) + " failed:\n" + r.out() + "\n--- source:\n" + numbered(source));
    }
  }

  private static String numbered(Path source) throws IOException {
    List<String> lines = Files.readAllLines(source);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      b.append(String.format("%4d  %s%n", i + 1, lines.get(i)));
    }
    return b.toString();
  }

  public static Run run(List<String> cmd, Map<String, String> env, int seconds) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().putAll(env);
    Process p = pb.start();
    p.getOutputStream().close();
    byte[][] out = new byte[1][];
    Thread reader =
        Thread.ofVirtual()
            .start(
                () -> {
                  try {
                    out[0] = p.getInputStream().readAllBytes();
                  } catch (IOException e) {
                    out[0] = new byte[0];
                  }
                });
    if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError(String.join(" ", cmd) + " did not end within " + seconds + " s");
    }
    reader.join();
    return new Run(p.exitValue(), new String(out[0], StandardCharsets.UTF_8));
  }

  /** Runs a Windows program under Wine, in a prefix of its own below {@code dir}. */
  public static Run wine(Path exe, Path dir, int seconds) throws Exception {
    Path prefix = dir.resolve("wineprefix");
    Files.createDirectories(prefix);
    return run(
        List.of(WINE.toString(), exe.toString()),
        Map.of("WINEDEBUG", "-all", "WINEPREFIX", prefix.toString(), "DISPLAY", ""),
        seconds);
  }
}
