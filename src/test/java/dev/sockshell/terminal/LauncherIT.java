package dev.sockshell.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** scripts/sockshell, as a person starts it: two at once after a change build once, both run. */
class LauncherIT {
  private static final Path ROOT =
      Path.of(System.getProperty("sockshell.root", System.getProperty("user.dir")));

  /**
   * A script file over 4 MB runs with C2 (the JDK's default tiered compilation); a short one, -c
   * text and the prompt with C1 alone. The JVM says which: -XX:+PrintFlagsFinal.
   */
  @Test
  void aLongScriptRunsWithC2AndAShortOneWithC1Alone() throws Exception {
    Path dir = Files.createTempDirectory("sockshell-launch");
    Path longOne = dir.resolve("long.sockscript");
    Path shortOne = dir.resolve("short.sockscript");
    StringBuilder b = new StringBuilder("open udp\n");
    String comment = "# " + "x".repeat(97) + "\n";
    while (b.length() < 4_300_000) {
      b.append(comment);
    }
    Files.writeString(longOne, b.append("getopt SO_TYPE\n"));
    Files.writeString(shortOne, "open udp\ngetopt SO_TYPE\n");
    try {
      assertThat(tieredStopAtLevel(longOne.toString())).isEqualTo("4");
      assertThat(tieredStopAtLevel(shortOne.toString())).isEqualTo("1");
      assertThat(tieredStopAtLevel("-c", "open udp; getopt SO_TYPE")).isEqualTo("1");
    } finally {
      Files.delete(longOne);
      Files.delete(shortOne);
      Files.delete(dir);
    }
  }

  /** TieredStopAtLevel as the JVM started by scripts/sockshell has it, its run having passed. */
  private static String tieredStopAtLevel(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(ROOT.resolve("scripts/sockshell").toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().put("JAVA_TOOL_OPTIONS", "-XX:+PrintFlagsFinal");
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    assertThat(out).contains("SO_TYPE = 2 (SOCK_DGRAM)");
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("intx TieredStopAtLevel\\s+= (\\d+)").matcher(out);
    assertThat(m.find()).as(out.substring(0, Math.min(out.length(), 2000))).isTrue();
    return m.group(1);
  }

  @Test
  void twoStartsAtOnceAfterAChangeBothRun() throws Exception {
    Instant started = Instant.now().minusSeconds(1);
    Path grammar = ROOT.resolve("grammar/SockShell.g4");
    Files.setLastModifiedTime(grammar, FileTime.from(Instant.now()));
    List<Process> starts = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      starts.add(
          new ProcessBuilder(
                  ROOT.resolve("scripts/sockshell").toString(),
                  "-c",
                  "open udp as p" + i + "; getopt p" + i + " SO_TYPE")
              .redirectErrorStream(true)
              .start());
    }
    for (int i = 0; i < 2; i++) {
      Process p = starts.get(i);
      assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.exitValue()).as(out).isZero();
      assertThat(out).contains("SO_TYPE = 2 (SOCK_DGRAM)").doesNotContain("Unable to access");
    }
    // Nothing left behind by these builds: no temporary jar, no log of a build that worked.
    try (Stream<Path> left = Files.list(ROOT.resolve("target"))) {
      assertThat(
              left.filter(
                  p -> {
                    try {
                      return Files.getLastModifiedTime(p).toInstant().isAfter(started);
                    } catch (IOException e) {
                      return false;
                    }
                  }))
          .map(p -> p.getFileName().toString())
          .noneMatch(n -> n.startsWith("sockshell-build-") || n.startsWith("build-"));
    }
  }

  @Test
  void theBannerAndVersionAgree() throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder(ROOT.resolve("scripts/sockshell").toString(), "--version")
            .redirectErrorStream(true)
            .start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String version = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    String pom = Files.readString(ROOT.resolve("pom.xml"));
    String expected = pom.substring(pom.indexOf("<version>") + 9, pom.indexOf("</version>"));
    assertThat(version).endsWith("sockshell " + expected);
  }
}
