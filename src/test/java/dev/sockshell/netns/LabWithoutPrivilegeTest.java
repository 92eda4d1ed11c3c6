package dev.sockshell.netns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Without the privileges a lab needs (sockshell started by root with CAP_SYS_ADMIN and
 * CAP_NET_ADMIN taken away by setpriv), lab up says so in one line with what to do instead, and a
 * checked lab lesson is skipped with that reason rather than failed.
 */
class LabWithoutPrivilegeTest {
  private static String[] run(String... args) throws Exception {
    List<String> cmd =
        new ArrayList<>(List.of("/usr/bin/setpriv", "--bounding-set=-sys_admin,-net_admin"));
    cmd.addAll(NetNs.sockshellCommand(args));
    Path err = Files.createTempFile("lab-nopriv", ".err");
    try {
      Process p = new ProcessBuilder(cmd).redirectError(err.toFile()).start();
      p.getOutputStream().close();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
      return new String[] {String.valueOf(p.exitValue()), out, Files.readString(err)};
    } finally {
      Files.deleteIfExists(err);
    }
  }

  @Test
  void labUpSaysWhatItNeedsAndALabLessonIsSkipped() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/setpriv")), "setpriv (util-linux) is missing");
    assumeTrue(
        "root".equals(System.getProperty("user.name")),
        "taking capabilities away with setpriv needs root (CI runs as root)");

    String[] up = run("-c", "lab up");
    assertThat(up[0]).isEqualTo("1");
    assertThat(up[2].lines().toList())
        .hasSize(2)
        .satisfies(l -> assertThat(l.get(0)).startsWith("-c:1: lab needs root"))
        .satisfies(l -> assertThat(l.get(1)).contains("loopback"));
    assertThat(up[2]).doesNotContain("Exception").doesNotContain("\tat ");

    String[] check = run("check", "--lessons");
    assertThat(check[1])
        .containsPattern("SKIP +lesson multicast6")
        .containsPattern("SKIP +lesson routing");
    assertThat(check[1]).contains("lab needs root");
    assertThat(check[0]).isEqualTo("0"); // skipped is not failed
  }
}
