package dev.sockshell.script;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sockshell.MainRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scripts, -c and piped input through the real entry point, with real sockets. */
class ScriptModeTest {
  @TempDir Path dir;

  @Test
  void aGoodScriptRunsEveryLineAndExitsZero() throws IOException {
    Path f = dir.resolve("ok.sockscript");
    Files.writeString(
        f,
        """
        # exercise 9-1, UDP half
        open udp as a
        setopt SO_REUSEADDR 1
        bind 127.0.0.1 0

        getopt SO_REUSEADDR   # a trailing comment
        """);
    MainRunner.Result r = MainRunner.run(f.toString());
    assertThat(r.status()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).contains("a: udp4 socket").contains("SO_REUSEADDR = 1 (on)");
  }

  @Test
  void aBadLineInTheMiddleStopsWithFileLineAndExitOne() throws IOException {
    Path f = dir.resolve("bad.sockscript");
    Files.writeString(
        f,
        """
        open tcp as first
        bind 127.0.0.1 0
        setopt SOL_SOCKET SO_BROADCST 1
        getopt SO_TYPE
        """);
    MainRunner.Result r = MainRunner.run(f.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err())
        .startsWith(f + ":3:19: unknown option 'SO_BROADCST'")
        .contains("did you mean SO_BROADCAST?");
    // Line 4 never ran.
    assertThat(r.out()).doesNotContain("SO_TYPE");
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void aFailingSyscallReportsTheCallAndErrno() throws IOException {
    Path f = dir.resolve("inuse.sockscript");
    Files.writeString(
        f,
        """
        open tcp as a; bind 127.0.0.1 0; listen
        open tcp as b
        connect b 127.0.0.1 1
        """);
    MainRunner.Result r = MainRunner.run(f.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err())
        .startsWith(f + ":3: [connect()] Connection refused (ECONNREFUSED)")
        .contains("nothing listens");
  }

  @Test
  void oneLinersWithC() {
    MainRunner.Result r =
        MainRunner.run("-c", "open udp; getopt SO_RCVBUF; setopt SO_RCVBUF 100000");
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("SO_RCVBUF = 200000").contains("doubles");
    MainRunner.Result bad = MainRunner.run("-c", "open udp; opne tcp");
    assertThat(bad.status()).isEqualTo(1);
    assertThat(bad.err())
        .startsWith("-c:1:11: unknown command 'opne'")
        .contains("did you mean open?");
  }

  @Test
  void pipedInputIsAScript() {
    MainRunner.Result r = MainRunner.withInput("open udp\nbogus\nopen tcp\n");
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).startsWith("<stdin>:2:1: unknown command 'bogus'");
    assertThat(r.out()).contains("s1: udp4").doesNotContain("tcp4");
  }

  @Test
  void quitEndsAScriptWithSuccess() {
    MainRunner.Result r = MainRunner.withInput("open udp; quit\nbogus\n");
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("s1: closed");
  }

  /**
   * The subcommands are described to picocli only when a word could name one: every usage text and
   * every error is still the whole command line's.
   */
  @Test
  void flagsWithoutSubcommandsGiveTheWholeUsageAndErrors() {
    assertThat(dev.sockshell.FlagsProbe.needsAll("-c", "open udp")).isFalse();
    assertThat(dev.sockshell.FlagsProbe.needsAll("x.sockscript")).isFalse();
    assertThat(dev.sockshell.FlagsProbe.needsAll("--lang", "ko", "check", "x")).isTrue();
    assertThat(dev.sockshell.FlagsProbe.needsAll("-kh")).isTrue();
    assertThat(dev.sockshell.FlagsProbe.needsAll("--help")).isTrue();
    String whole = MainRunner.run("--help").out();
    assertThat(whole).contains("check").contains("play").contains("doctor");
    assertThat(MainRunner.run("-kh").out()).isEqualTo(whole);
    MainRunner.Result extra = MainRunner.run("a.sockscript", "b");
    assertThat(extra.status()).isEqualTo(2);
    assertThat(extra.err()).contains("Unmatched argument at index 1: 'b'");
    assertThat(MainRunner.run("check", "--help").out()).contains("--junit=FILE");
  }

  /**
   * A script file's lines are worded behind its commands: still every line, in order, each in the
   * language in force when its command ran, and all of them before the failure is reported.
   */
  @Test
  void aScriptFilesLinesAreWhole() throws IOException {
    StringBuilder script = new StringBuilder("open udp\n");
    for (int i = 0; i < 600; i++) {
      script.append("setopt SO_RCVBUF ").append(4096 + i).append('\n');
    }
    script.append("set lang ko\ngetopt SO_RCVBUF\nset lang en\nbogus\n");
    Path f = Files.writeString(dir.resolve("long.sockscript"), script);
    MainRunner.Result r = MainRunner.run(f.toString());
    assertThat(r.status()).isEqualTo(1);
    List<String> values = r.out().lines().filter(l -> l.startsWith("SO_RCVBUF = ")).toList();
    assertThat(values).hasSize(601);
    for (int i = 0; i < 600; i++) {
      assertThat(values.get(i)).isEqualTo("SO_RCVBUF = " + 2 * (4096 + i));
    }
    List<String> notes = r.out().lines().filter(l -> l.startsWith("  (")).toList();
    assertThat(notes.get(599)).contains("Linux doubles it"); // English, as set lang came after
    assertThat(notes.get(600)).doesNotContain("Linux doubles it"); // the getopt after set lang ko
    assertThat(r.err()).contains("long.sockscript:605:");
  }

  @Test
  void processFlags() {
    assertThat(MainRunner.run("--version").out()).startsWith("sockshell ");
    assertThat(MainRunner.run("--help").out()).contains("-c, --command=COMMANDS");
    MainRunner.Result bad = MainRunner.run("--frobnicate");
    assertThat(bad.status()).isEqualTo(2);
    assertThat(bad.err()).contains("Unknown option");
    MainRunner.Result missing = MainRunner.run(dir.resolve("none.sockscript").toString());
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err()).contains("no such file");
  }

  /**
   * --help in Korean: its headings in Korean, no line wider than 80 cells, and a line broken only
   * between words (picocli's own breaking split 읽는|다 and 계|속한다).
   */
  @Test
  void koreanHelpBreaksBetweenWords() {
    for (String[] args :
        new String[][] {
          {"--help", "--lang", "ko"},
          {"check", "--help", "--lang", "ko"},
          {"--help"},
          {"doctor", "--help", "--lang", "ko"}
        }) {
      String out = MainRunner.run(args).out();
      assertThat(out.lines()).allMatch(l -> dev.sockshell.text.Width.of(l) <= 80);
      if (args[args.length - 1].equals("ko")) {
        assertThat(out).startsWith("사용법: sockshell").doesNotContain("Usage:");
      }
    }
    String ko = MainRunner.run("--help", "--lang", "ko").out();
    assertThat(ko).contains("명령:").contains("읽는다.").contains("계속한다");
    // every word of the text stands whole on one line
    dev.sockshell.text.Text.lang(dev.sockshell.text.Text.Lang.KO);
    String unbroken =
        dev.sockshell.text.Text.get("flag.keepGoing")
            + " "
            + dev.sockshell.text.Text.get("flag.about");
    dev.sockshell.text.Text.lang(dev.sockshell.text.Text.Lang.EN);
    for (String word : unbroken.split("\\s+")) {
      if (word.matches(".*[가-힣].*")) {
        assertThat(ko).as(word).contains(word);
      }
    }
  }
}
