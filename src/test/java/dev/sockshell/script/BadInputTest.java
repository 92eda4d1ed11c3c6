package dev.sockshell.script;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sockshell.Main;
import dev.sockshell.MainRunner;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever a script file or pipe holds, the user gets one clear line naming the file and line, and
 * memory stays small: files and pipes are streamed with a cap on the line length.
 */
class BadInputTest {
  @TempDir Path dir;

  private static void oneLine(MainRunner.Result r, String expected) {
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).contains(expected).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void devZeroIsRefusedAtOnce() {
    oneLine(MainRunner.run("/dev/zero"), "/dev/zero:1: a NUL byte at byte offset 0");
    oneLine(MainRunner.run("-c", "source /dev/zero"), "/dev/zero:1: a NUL byte");
  }

  @Test
  void anEndlessPipeOfZerosIsRefusedWithoutReadingItAll() {
    long[] served = {0};
    InputStream zeros =
        new InputStream() {
          @Override
          public int read() {
            served[0]++;
            return 0;
          }

          @Override
          public int read(byte[] b, int off, int len) {
            served[0] += len;
            java.util.Arrays.fill(b, off, off + len, (byte) 0);
            return len;
          }
        };
    MainRunner.Result r = run(zeros);
    oneLine(r, "<stdin>:1: a NUL byte at byte offset 0");
    // read only as far as the first line's limit, not on and on
    assertThat(served[0]).isLessThan(1L << 20);
  }

  @Test
  void aLineLongerThanTheLimitIsNamed() throws IOException {
    Path f = dir.resolve("long.sockscript");
    Files.writeString(f, "open udp\n" + "x".repeat(10 << 20) + "\n");
    MainRunner.Result r = MainRunner.run(f.toString());
    oneLine(r, f + ":2: line longer than 64 KB");
    assertThat(r.err().length()).isLessThan(500);
  }

  @Test
  void aBinaryFileUtf16AndBadUtf8GetOneLineEach() throws IOException {
    Path bin = dir.resolve("prog.sockscript");
    Files.write(bin, new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0});
    oneLine(MainRunner.run(bin.toString()), bin + ":1: a NUL byte at byte offset 7");
    Path u16 = dir.resolve("u16.sockscript");
    Files.write(u16, "open udp\n".getBytes(StandardCharsets.UTF_16));
    oneLine(MainRunner.run(u16.toString()), u16 + ":1: this file is UTF-16 text");
    Path latin = dir.resolve("latin.sockscript");
    Files.write(latin, new byte[] {'o', 'p', 'e', 'n', ' ', 'u', 'd', 'p', '\n', '#', (byte) 0xe9});
    oneLine(MainRunner.run(latin.toString()), latin + ":2: not UTF-8 text at byte offset 10");
  }

  @Test
  void aByteOrderMarkIsAccepted() throws IOException {
    Path f = dir.resolve("bom.sockscript");
    Files.write(f, ("\ufeffopen udp as b\ngetopt b SO_TYPE\n").getBytes(StandardCharsets.UTF_8));
    MainRunner.Result r = MainRunner.run(f.toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).contains("SO_TYPE = 2 (SOCK_DGRAM)");
  }

  @Test
  void aDirectoryOrAMissingFileIsNamed() {
    MainRunner.Result d = MainRunner.run(dir.toString());
    assertThat(d.status()).isEqualTo(2);
    assertThat(d.err()).contains(dir + " is a directory");
    MainRunner.Result m = MainRunner.run("-i", dir.resolve("setup.sockscript").toString());
    assertThat(m.status()).isEqualTo(2);
    assertThat(m.err()).contains("no such file: " + dir.resolve("setup.sockscript"));
  }

  @Test
  void playWithoutAFileIsAUsageError() {
    MainRunner.Result r = MainRunner.run("play");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("play needs a .sockscript").doesNotContain("Exception");
  }

  @Test
  void conflictingWaysToRunAreRefused() throws IOException {
    Path f = Files.writeString(dir.resolve("a.sockscript"), "open udp\n");
    for (String[] args :
        new String[][] {
          {"-c", "open udp", f.toString()},
          {f.toString(), "-c", "open udp"},
          {"-i", f.toString(), "-c", "open udp"},
          {"-i", f.toString(), f.toString()}
        }) {
      MainRunner.Result r = MainRunner.run(args);
      assertThat(r.status()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(r.err()).contains("give one of -c COMMANDS, FILE and -i FILE");
      assertThat(r.out()).isEmpty();
    }
  }

  @Test
  void aPipeDrivesALiveSessionLineByLine() throws Exception {
    PipedOutputStream feed = new PipedOutputStream();
    PipedInputStream in = new PipedInputStream(feed);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
    CompletableFuture<Integer> status =
        CompletableFuture.supplyAsync(
            () ->
                Main.run(
                    new String[0], in, o, new PrintStream(new ByteArrayOutputStream()), false));
    feed.write("open udp as live; bind live 127.0.0.1 0\n".getBytes(StandardCharsets.UTF_8));
    feed.flush();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!out.toString(StandardCharsets.UTF_8).contains("live: bound to")) {
      assertThat(System.nanoTime()).as("output before the pipe closed").isLessThan(deadline);
      Thread.sleep(20);
    }
    feed.write("ls\n".getBytes(StandardCharsets.UTF_8));
    feed.close();
    assertThat(status.get(10, TimeUnit.SECONDS)).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("live  udp4");
  }

  /**
   * With --keep-going a line holding a NUL byte is refused whole: what follows the NUL on that line
   * does not run, and every later line keeps its number (from a pipe and from a file).
   */
  @Test
  void keepGoingSkipsTheRestOfALineWithANulAndKeepsLineNumbers() throws IOException {
    byte[] text =
        "ls\0; open udp as z; ls\nopn c\nopen udp as after\nls\n".getBytes(StandardCharsets.UTF_8);
    MainRunner.Result pipe = runWith(new java.io.ByteArrayInputStream(text), "--keep-going");
    assertThat(pipe.err()).contains("<stdin>:1: a NUL byte").contains("<stdin>:2:");
    assertThat(pipe.err()).doesNotContain("<stdin>:3:");
    assertThat(pipe.out()).doesNotContain("z: udp4").contains("after: udp4");
    assertThat(pipe.status()).isEqualTo(1);

    Path f = dir.resolve("nuls.sockscript");
    StringBuilder b = new StringBuilder();
    for (int i = 1; i <= 10_000; i++) {
      b.append(i % 1000 == 0 ? "ls\0 open udp as x" + i : i == 9_999 ? "opn" : "# fine")
          .append('\n');
    }
    Files.writeString(f, b.toString());
    MainRunner.Result file = MainRunner.run("--keep-going", f.toString());
    assertThat(file.err()).contains(f + ":1000: a NUL byte").contains(f + ":9999:");
    assertThat(file.err()).contains(f + ":10000: a NUL byte").doesNotContain(":10001:");
    assertThat(file.out()).doesNotContain("x1000");
  }

  /** --keep-going on /dev/zero: its one endless line is refused, then the source ends, bounded. */
  @Test
  void keepGoingOnDevZeroEnds() {
    MainRunner.Result r = MainRunner.run("--keep-going", "/dev/zero");
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err())
        .contains("/dev/zero:1: a NUL byte")
        .contains("line 1 has no end within 16 MB");
    assertThat(r.err().lines().count()).isLessThan(10);
  }

  private static MainRunner.Result runWith(InputStream in, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        Main.run(
            args,
            in,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            false);
    return new MainRunner.Result(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static MainRunner.Result run(InputStream in) {
    return runWith(in);
  }
}
