package dev.sockshell.script;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sockshell.MainRunner;
import dev.sockshell.Shell;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every run gives back every descriptor it opened: sockets, watchers and wake-up eventfds. */
@org.junit.jupiter.api.extension.ExtendWith(dev.sockshell.FixedPorts.class)
class DescriptorTest {
  @TempDir Path dir;

  private static long openDescriptors() throws IOException {
    try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
      return fds.count();
    }
  }

  @Test
  void checkingManyScriptsLeaksNothing() throws IOException {
    Path f = dir.resolve("one.sockscript");
    Files.writeString(
        f,
        "open udp as a\nbind a 127.0.0.1 0\nsetopt a SO_RCVTIMEO 10ms\nrecv a\n"
            + "expect error EAGAIN\nsleep 1ms\n");
    List<Checker.Script> scripts = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      scripts.add(Checker.Script.of(f));
    }
    scripts.add(Checker.Script.of(dir.resolve("missing.sockscript")));
    long before = openDescriptors();
    PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    new Checker(1_000_000, 10_000).run(scripts, out, false);
    assertThat(openDescriptors()).isEqualTo(before);
  }

  @Test
  void manyOpenCloseCyclesSourcesAndScriptRunsLeakNothing() throws IOException {
    Path inner = Files.writeString(dir.resolve("inner.sockscript"), "open udp as x\nclose x\n");
    long before = openDescriptors();
    try (Shell sh = new Shell()) {
      for (int i = 0; i < 10_000; i++) {
        sh.ok("open udp; close");
      }
    }
    StringBuilder sources = new StringBuilder();
    for (int i = 0; i < 1_000; i++) {
      sources.append("source ").append(inner).append('\n');
    }
    MainRunner.Result r = MainRunner.withInput(sources.toString());
    assertThat(r.status()).as(r.err()).isZero();
    for (int i = 0; i < 50; i++) {
      MainRunner.run("-c", "open udp; bind 127.0.0.1 0; sleep 1ms");
    }
    assertThat(openDescriptors()).isEqualTo(before);
  }

  @Test
  void lessonsCheckedInARowLeakNothing() throws IOException {
    long before = openDescriptors();
    List<Checker.Script> lessons = new ArrayList<>();
    for (Checker.Script s : Checker.lessons()) {
      if (s.name().contains("broadcast") || s.name().contains("buffers")) {
        lessons.add(s);
      }
    }
    assertThat(lessons).hasSize(2);
    PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    for (int i = 0; i < 5; i++) {
      new Checker(2_000_000, 20_000).run(lessons, out, false);
    }
    assertThat(openDescriptors()).isEqualTo(before);
  }
}
