package dev.sockshell.cexport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sockshell.MainRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compile line export c prints can be pasted into a shell, whatever the path holds. */
class CompileHintTest {
  @TempDir Path dir;

  @Test
  void aPlainPathStaysPlainAndAnyOtherIsQuoted() {
    assertThat(CFile.shell("/tmp/rcv.c")).isEqualTo("/tmp/rcv.c");
    assertThat(CFile.shell("/tmp/my prog.c")).isEqualTo("'/tmp/my prog.c'");
    assertThat(CFile.shell("it's.c")).isEqualTo("'it'\\''s.c'");
  }

  @Test
  void theLinePrintedCompilesAndRunsAPathWithSpacesAndAQuote() throws Exception {
    Cc.assumeCompiler("cc");
    Path folder = Files.createDirectories(dir.resolve("my lab's files"));
    Path c = folder.resolve("first try.c");
    MainRunner.Result r =
        MainRunner.run("-c", "open udp; setopt SO_RCVBUF 100000; export c \"" + c + "\"");
    assertThat(r.status()).as(r.err()).isZero();
    String line = r.out().lines().filter(l -> l.contains("cc -Wall")).findFirst().orElseThrow();
    String how = line.substring(line.indexOf("cc -Wall"));
    Process p =
        new ProcessBuilder("sh", "-c", how)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(how + "\n" + out).isZero();
    assertThat(out).contains("SO_RCVBUF = 200000");
  }
}
