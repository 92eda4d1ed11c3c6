package dev.sockshell.script;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sockshell.MainRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sockshell check: per-file reports, the closing line, exit codes, time limits. */
class CheckTest {
  @TempDir Path dir;

  private Path script(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  @Test
  void reportsEachFileAndEndsWithTheClosingLine() throws IOException {
    script(
        "a/good.sockscript",
        """
        open udp as one
        setopt SO_REUSEADDR 1
        bind 127.0.0.1 0
        open udp as two
        send "x" to 127.255.255.255 9
        expect error EACCES
        expect one SO_REUSEADDR = 1
        """);
    Path bad =
        script(
            "b/bad.sockscript",
            """
            open udp
            setopt SO_RCVBUF 100000
            expect SO_RCVBUF = 100000
            getopt SO_TYPE
            """);
    MainRunner.Result r = MainRunner.run("check", dir.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out())
        .containsPattern("PASS  .*good\\.sockscript  \\(7 commands, [0-9.]+ s\\)")
        .containsPattern("FAIL  .*bad\\.sockscript")
        .contains(bad + ":3: expected SO_RCVBUF = 100000, got SO_RCVBUF = 200000")
        .endsWith("1 passed, 1 failed\n");
  }

  @Test
  void allPassingExitsZero() throws IOException {
    Path f = script("ok.sockscript", "open tcp\nexpect SO_TYPE = 1\n");
    MainRunner.Result r = MainRunner.run("check", f.toString());
    assertThat(r.status()).isZero();
    assertThat(r.out()).endsWith("1 passed, 0 failed\n");
  }

  @Test
  void scriptsCannotHang() throws IOException {
    Path waits = script("waits.sockscript", "open udp\nbind 127.0.0.1 0\nrecv\n");
    MainRunner.Result r = MainRunner.run("check", "--timeout", "300ms", waits.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).contains(waits + ":3: recv: nothing within 0.3 s");
    Path sleeps = script("sleeps.sockscript", "sleep 5s\n");
    MainRunner.Result limited = MainRunner.run("check", "--limit", "500ms", sleeps.toString());
    assertThat(limited.status()).isEqualTo(1);
    assertThat(limited.out()).contains("took longer than the limit of 0.5 s");
  }

  @Test
  void checkNeedsSomethingToCheck() {
    MainRunner.Result r = MainRunner.run("check");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("check needs .sockscript files");
  }

  /**
   * Issue 20: one student's set lang ko once switched every later report, the summary and files.
   */
  @Test
  void aScriptsSetLangStaysInThatScript() throws IOException {
    script("a.sockscript", "set lang ko\nopen udp\nexpect SO_TYPE = 1\n");
    Path b = script("b.sockscript", "open udp\nexpect SO_TYPE = 1\n");
    Path csv = dir.resolve("out/grades.csv");
    Path junit = dir.resolve("out/grades.xml");
    Files.createDirectories(csv.getParent());
    MainRunner.Result r =
        MainRunner.run(
            "check", "--csv", csv.toString(), "--junit", junit.toString(), dir.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out())
        .contains(b + ":2: expected SO_TYPE = 1, got SO_TYPE = 2")
        .endsWith("0 passed, 2 failed\n");
    assertThat(Files.readString(csv))
        .startsWith("file,result,line,message,seconds")
        .contains("expected SO_TYPE = 1, got");
    assertThat(Files.readString(junit)).contains("expected SO_TYPE = 1, got").doesNotContain("통과");
    assertThat(dev.sockshell.text.Text.lang()).isEqualTo(dev.sockshell.text.Text.Lang.EN);
  }
}
