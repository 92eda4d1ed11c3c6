package dev.sockshell.netns;

import static org.assertj.core.api.Assertions.assertThat;

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
@org.junit.jupiter.api.extension.ExtendWith(dev.sockshell.FixedPorts.class)
@org.junit.jupiter.api.Tag("slow") // Wine, mingw-w64, C programs or network namespaces
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
    dev.sockshell.Requires.setpriv();

    String[] up = run("-c", "lab up");
    assertThat(up[0]).isEqualTo("1");
    assertThat(up[2].lines().toList())
        .hasSize(2)
        .satisfies(l -> assertThat(l.get(0)).startsWith("-c:1: lab needs root"))
        .satisfies(l -> assertThat(l.get(1)).contains("loopback"));
    assertThat(up[2]).doesNotContain("Exception").doesNotContain("\tat ");

    String[] check = run("check", "--lessons");
    assertThat(check[1])
        .containsPattern("SKIP +lesson multicast6 .*needs root")
        .containsPattern("SKIP +lesson routing")
        // the chapter's exercises run on loopback; only their lab part is left out
        .containsPattern("PASS +lesson multicast4 .*the lab part skipped")
        .containsPattern("PASS +lesson ttl .*the lab part skipped")
        .doesNotContain("FAIL");
    assertThat(check[0]).as(check[1] + check[2]).isEqualTo("0"); // skipped is not failed
  }
}
