package dev.sockshell.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sockshell.Requires;
import dev.sockshell.machine.Feature;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * sockshell as a student runs it: an ordinary user (nobody), no capabilities at all. The chapter's
 * exercises run on loopback, the lab lessons are skipped with the reason, and check --sandbox
 * confines scripts in a user and network namespace of its own where the kernel allows one.
 */
@org.junit.jupiter.api.extension.ExtendWith(dev.sockshell.FixedPorts.class)
class UnprivilegedIT {
  private static final Path ROOT =
      Path.of(System.getProperty("sockshell.root", System.getProperty("user.dir")));

  private record Result(int status, String out) {}

  /** The built jar run as nobody, with {@code env} added (NAME=VALUE). */
  private static Result asNobody(List<String> env, String... args) throws Exception {
    List<String> cmd =
        new ArrayList<>(
            List.of(
                "/usr/bin/setpriv",
                "--reuid=65534",
                "--regid=65534",
                "--clear-groups",
                "--inh-caps=-all",
                "--bounding-set=-all",
                "env",
                "HOME=/tmp",
                "LC_ALL=C.UTF-8"));
    cmd.addAll(env);
    cmd.addAll(
        List.of(
            ProcessHandle.current().info().command().orElseThrow(),
            "--enable-native-access=ALL-UNNAMED",
            "-jar",
            ROOT.resolve("target/sockshell.jar").toString()));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Result(p.exitValue(), out);
  }

  @Test
  void theChaptersLessonsRunWithoutRootAndTheLabsAreSkippedWithTheReason() throws Exception {
    Requires.setpriv();
    Result r = asNobody(List.of(), "check", "--lessons");
    assertThat(r.out())
        .containsPattern("PASS +lesson reuseaddr")
        .containsPattern("PASS +lesson rcvtimeo")
        .containsPattern("PASS +lesson multicast4 .*the lab part skipped: this user may not make")
        .containsPattern("PASS +lesson ttl .*the lab part skipped")
        .containsPattern("SKIP +lesson routing .*needs root")
        .doesNotContain("FAIL");
    assertThat(r.status()).as(r.out()).isZero();
    // doctor says the same
    Result d = asNobody(List.of(), "doctor");
    assertThat(d.out()).containsPattern("root \\(network namespaces\\) +no ");
  }

  @Test
  void theSandboxHasANamespaceWithoutRootWhereTheKernelAllowsIt() throws Exception {
    Requires.setpriv();
    Requires.feature(Feature.USERNS);
    Path dir = Files.createTempDirectory("sandbox-nobody");
    try {
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
      Path good = dir.resolve("good.sockscript");
      Files.writeString(
          good,
          "open udp as r\nbind 127.0.0.1 0\nsetopt SO_RCVBUF 100000\nexpect SO_RCVBUF = 200000\n");
      Files.setPosixFilePermissions(good, PosixFilePermissions.fromString("rw-r--r--"));
      Result r = asNobody(List.of(), "check", "--sandbox", dir.toString());
      assertThat(r.out().lines().findFirst().orElse(""))
          .isEqualTo("sandbox: a network namespace with only lo, and sockshell's own checks");
      assertThat(r.out()).containsPattern("PASS +.*good.sockscript").contains("1 passed, 0 failed");
      assertThat(r.status()).isZero();
      // where user namespaces are not allowed, it says so and grades with its own checks
      Result w =
          asNobody(List.of("SOCKSHELL_WITHOUT=userns"), "check", "--sandbox", dir.toString());
      assertThat(w.out().lines().findFirst().orElse(""))
          .startsWith(
              "sandbox: sockshell's own checks only (no network namespace: making one needs")
          .contains("unprivileged user namespaces");
      assertThat(w.out()).contains("1 passed, 0 failed");
    } finally {
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /**
   * --private-net: the whole lab without root, in namespaces of the session's own, where the kernel
   * allows a user namespace; and at the prompt, a lab up that needs root offers to go on there.
   */
  @Test
  void theLabWorksWithoutRootInANetworkOfItsOwn() throws Exception {
    Requires.setpriv();
    Requires.features(Feature.USERNS, Feature.IP, Feature.SYSCTL);
    Result r =
        asNobody(
            List.of(),
            "--private-net",
            "-c",
            "lab up pair; open udp in h2 as rx; bind * 9000; open udp in h1 as tx;"
                + " send \"hi\" to h2:9000; expect recv rx \"hi\"; lab down");
    assertThat(r.out())
        .contains("lab pair is up")
        .contains("tx: sent 2 bytes to 192.0.2.2:9000")
        .contains("lab down: its namespaces");
    assertThat(r.status()).as(r.out()).isZero();
    // without it, lab up says where the lab can be had
    Result without = asNobody(List.of(), "-c", "lab up pair");
    assertThat(without.status()).isEqualTo(1);
    assertThat(without.out()).contains("--private-net starts one without root");
  }

  @Test
  void labUpAtThePromptOffersANetworkOfItsOwn() throws Exception {
    Requires.setpriv();
    Requires.features(Feature.USERNS, Feature.IP, Feature.SYSCTL, Feature.TMUX);
    String java = ProcessHandle.current().info().command().orElseThrow();
    String cmd =
        "/usr/bin/setpriv --reuid=65534 --regid=65534 --clear-groups --inh-caps=-all"
            + " --bounding-set=-all env HOME=/tmp LC_ALL=C.UTF-8 "
            + java
            + " --enable-native-access=ALL-UNNAMED -jar "
            + ROOT.resolve("target/sockshell.jar")
            + "; echo EXIT=$?; sleep 30";
    try (Tmux t = Tmux.start(cmd, 110, 30)) {
      t.waitFor("sockshell>", 60);
      t.type("open udp as here");
      t.keys("Enter");
      t.type("lab up pair");
      t.keys("Enter");
      t.waitFor("[y/N]", 20);
      t.type("y");
      String screen = t.waitFor("lab pair is up", 60);
      assertThat(screen).contains("here: closed").contains("this session has a network of its own");
      t.type("open udp in h1 as a; ls");
      t.keys("Enter");
      t.waitForPrompt("udp4@h1", 20);
      t.keys("C-d");
      screen = t.waitFor("EXIT=", 20);
      assertThat(screen).contains("EXIT=0");
    }
  }
}
