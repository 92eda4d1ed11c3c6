package dev.sockshell.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sockshell.cexport.Cc;
import dev.sockshell.netns.NetNs;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code record FILE.c … record stop} and {@code export c} at the prompt. */
@org.junit.jupiter.api.extension.ExtendWith(dev.sockshell.FixedPorts.class)
class RecordCTest {
  @TempDir Path dir;

  @Test
  void aCRecordingStandsAloneAndTakesInALesson() throws Exception {
    Path c = dir.resolve("part.c");
    String screen =
        DumbConsole.drive(
            "open udp as rx\nsetopt SO_RCVBUF 64k\nbind 127.0.0.1 0\ngetopt SO_TYPE\n"
                + "record "
                + c
                + "\nsetopt rx IP_TTL 9\nlesson ttl --auto\nrecord stop\n",
            null);
    assertThat(screen).contains("recording the socket calls as C to " + c);
    assertThat(screen).containsPattern("wrote \\d+ lines of C to " + c);
    String source = Files.readString(c);
    // rx was made before the recording: it is set up first, without the read-backs of then.
    assertThat(source)
        .contains("int rx = socket(AF_INET, SOCK_DGRAM, 0);")
        .contains("SO_RCVBUF, &v, sizeof v)")
        .doesNotContain("SO_TYPE")
        .contains("int ttl_receiver = socket(AF_INET, SOCK_DGRAM, 0);")
        .contains("the end of ttl closes what is open");
    Cc.assumeCompiler("cc");
    Path exe = dir.resolve("part");
    Cc.compile("cc", c, exe);
    String[] why = {null};
    try (NetNs ns = NetNs.create(why)) {
      Assumptions.assumeTrue(ns != null, () -> why[0] + ": compiled, not run");
      NetNs.Run run = ns.run(exe.toString());
      assertThat(run.status()).as(run.out() + run.err()).isZero();
      assertThat(run.out())
          .contains("IP_TTL = 9")
          .contains("IP_TTL = 7")
          .containsPattern("\\[UDP/[^ ]+\\] default  \\(7 bytes");
    }
  }

  @Test
  void exportNeverReplacesAFileWithoutForce() throws Exception {
    Path c = dir.resolve("kept.c");
    Files.writeString(c, "mine");
    String screen = DumbConsole.drive("export c " + c + "\nopen udp\nexport c " + c + "\n", null);
    assertThat(screen).contains("nothing to export yet");
    assertThat(screen).contains(c + " already exists");
    assertThat(Files.readString(c)).isEqualTo("mine");
    String forced = DumbConsole.drive("open udp\nexport c " + c + " --winsock --force\n", null);
    assertThat(forced).containsPattern("wrote \\d+ lines of C to " + c);
    assertThat(Files.readString(c)).contains("WSAStartup");
  }

  @Test
  void leavingThePromptWritesACRecordingThatWasNotStopped() throws Exception {
    Path c = dir.resolve("forgot.c");
    // two labels that make one C name, and one that is a C keyword
    String screen =
        DumbConsole.drive(
            "record "
                + c
                + "\nopen udp as a.b\nopen udp as a_b\nopen tcp as int\n"
                + "setopt a.b SO_RCVBUF 64k\n",
            null);
    assertThat(screen).containsPattern("wrote \\d+ lines of C to " + c);
    String source = Files.readString(c);
    assertThat(source)
        .contains("int sock_a_b = socket(AF_INET, SOCK_DGRAM, 0);")
        .contains("int a_b = socket(AF_INET, SOCK_DGRAM, 0);")
        .contains("int sock_int = socket(AF_INET, SOCK_STREAM, 0);");
    Cc.assumeCompiler("cc");
    Cc.compile("cc", c, dir.resolve("forgot"));
  }
}
