package dev.sockshell.script;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sockshell.MainRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A script file is read and parsed ahead on a thread of its own: what it shows, where it stops and
 * the language of its errors are those of a line-by-line run, and the reading thread ends with the
 * run.
 */
class ParsedLinesTest {
  @TempDir Path dir;

  private Path script(String text) throws IOException {
    Path p = dir.resolve("s.sockscript");
    Files.writeString(p, text);
    return p;
  }

  private static long readers() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().equals("parse-ahead") && t.isAlive())
        .count();
  }

  @Test
  void aLongFileRunsEveryLineInOrderAndStopsAtItsSyntaxError() throws IOException {
    StringBuilder s = new StringBuilder("open udp as u\n");
    for (int i = 0; i < 2000; i++) { // several chunks of the reading thread
      s.append("setopt SO_RCVBUF ").append(4096 + i).append('\n');
    }
    s.append("getopt SO_RCVBUF\n").append("setopt SO_RCVBUF\n").append("getopt SO_SNDBUF\n");
    Path p = script(s.toString());

    MainRunner.Result r = MainRunner.run(p.toString());

    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).contains("SO_RCVBUF = " + 2 * (4096 + 1999)).doesNotContain("SO_SNDBUF");
    assertThat(r.err()).startsWith(p + ":2003:");
  }

  @Test
  void aLineParsedAheadIsParsedAgainInTheLanguageSetBeforeIt() throws IOException {
    Path p = script("set lang ko\nsetopt SO_RCVBUF\n");

    MainRunner.Result r = MainRunner.run("--lang", "en", p.toString());

    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).startsWith(p + ":2:");
    // the message of a line-by-line run in Korean, not the English one parsed ahead
    MainRunner.Result ko = MainRunner.run("--lang", "ko", "-c", "setopt SO_RCVBUF");
    String korean = ko.err().substring(ko.err().indexOf(' ') + 1);
    assertThat(korean).isNotBlank();
    assertThat(r.err()).contains(korean.strip());
  }

  @Test
  void theReadingThreadEndsWithARunThatStoppedEarly() throws IOException {
    StringBuilder s = new StringBuilder("open udp\nquit\n");
    for (int i = 0; i < 20_000; i++) {
      s.append("getopt SO_RCVBUF\n");
    }
    Path p = script(s.toString());
    long before = readers();

    MainRunner.Result r = MainRunner.run(p.toString());

    assertThat(r.status()).isZero();
    assertThat(r.out()).doesNotContain("SO_RCVBUF");
    assertThat(readers()).isEqualTo(before);
  }

  @Test
  void anUnreadableLineAfterGoodOnesIsReportedAtItsNumber() throws IOException {
    Path p = dir.resolve("nul.sockscript");
    Files.write(p, "open udp\ngetopt SO_RCVBUF\nget\0opt\n".getBytes());

    MainRunner.Result r = MainRunner.run(p.toString());

    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).contains("SO_RCVBUF = ");
    assertThat(r.err()).startsWith(p + ":3:");
  }
}
