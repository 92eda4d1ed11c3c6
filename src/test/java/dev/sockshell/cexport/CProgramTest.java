package dev.sockshell.cexport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sockshell.ctype.Platform;
import dev.sockshell.event.Event;
import dev.sockshell.model.Family;
import dev.sockshell.model.Proto;
import dev.sockshell.posix.SockAddr;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What export c keeps of a session is bounded by bytes, and the program says what it left out; the
 * program is written as it is made, never held whole.
 */
class CProgramTest {
  @TempDir Path dir;

  private static final SockAddr DISCARD =
      new SockAddr(java.net.InetAddress.ofLiteral("127.0.0.1"), 9);

  @Test
  void callsPastTheBoundAreLeftOutAndTheProgramSaysHowMany() throws Exception {
    CProgram p = new CProgram();
    p.accept(new Event.Opened("s1", "udp4", 5, Family.IPV4, Proto.UDP));
    long calls = CProgram.MAX_BYTES / CProgram.STEP_BYTES + 10;
    for (long i = 0; i < calls; i++) {
      p.accept(new Event.Bound("s1", DISCARD));
    }
    assertThat(p.callsLeftOut()).isBetween(10L, 12L);
    String said = CFile.write(p, dir.resolve("x.c"), false, false);
    assertThat(said)
        .contains("wrote")
        .contains("left out: the session's last " + p.callsLeftOut() + " socket calls");
    String c = Files.readString(dir.resolve("x.c"));
    assertThat(c).contains("the session made " + p.callsLeftOut() + " more socket calls here");
    assertThat(c.lines().filter(l -> l.contains("\"bind()\"")).count())
        .isEqualTo(calls - p.callsLeftOut());
    assertThat(p.since(5).callsLeftOut())
        .as("a recording from the middle knows it too")
        .isPositive();
  }

  /**
   * The repro: 500 sends of 30,000 bytes of 0xff (15 MB, written as C escapes four times
   * that) once ended the session with OutOfMemoryError. Now the first 4 MB are kept as data, the
   * rest as sends of zero bytes that say so, and the file is written as a stream.
   */
  @Test
  void fifteenMegabytesOfBinarySendsExportWithTheirDataBoundedAndSaid() throws Exception {
    CProgram p = new CProgram();
    p.accept(new Event.Opened("s1", "udp4", 5, Family.IPV4, Proto.UDP));
    byte[] ff = new byte[30_000];
    java.util.Arrays.fill(ff, (byte) 0xff);
    for (int i = 0; i < 500; i++) {
      p.accept(new Event.Sent("s1", ff, ff.length, DISCARD, null));
    }
    int kept = (int) (CProgram.MAX_DATA / ff.length);
    Path file = dir.resolve("big.c");
    String said = CFile.write(p, file, false, false);
    assertThat(said)
        .contains("left out: the data of " + (500 - kept) + " sends (" + (500 - kept) * 30_000L);
    String c = Files.readString(file);
    assertThat(c.lines().filter(l -> l.contains("static const char d[] = \"\\377")).count())
        .isEqualTo(kept);
    assertThat(c.lines().filter(l -> l.contains("static const char d[30000] = {0};")).count())
        .isEqualTo(500 - kept);
    assertThat(c).contains("this sends 30000 zero bytes");
    assertThat(said).startsWith("wrote " + c.lines().count() + " lines of C");
  }

  @Test
  void theProgramStreamedEqualsTheProgramAsAString() throws Exception {
    CProgram p = new CProgram();
    p.accept(new Event.Opened("s1", "udp4", 5, Family.IPV4, Proto.UDP));
    p.accept(new Event.Sent("s1", "hi\n".getBytes(), 3, DISCARD, null));
    java.io.StringWriter out = new java.io.StringWriter();
    CProgram.Written w = p.write(Platform.LINUX, "t", out);
    assertThat(out.toString()).isEqualTo(p.write(Platform.LINUX, "t"));
    assertThat(w.lines()).isEqualTo(out.toString().lines().count());
    assertThat(out.toString()).contains("ss_check(").contains("static void ss_check(");
  }

  @Test
  void aWriteThatFailsLeavesNoHalfProgramAndTheSessionGoesOn() {
    CProgram p = new CProgram();
    p.accept(new Event.Opened("s1", "udp4", 5, Family.IPV4, Proto.UDP));
    Writer full =
        new Writer() {
          @Override
          public void write(char[] b, int off, int len) throws java.io.IOException {
            throw new java.io.IOException("No space left on device");
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> p.write(Platform.LINUX, "t", full))
        .isInstanceOf(java.io.IOException.class);
    assertThat(p.write(Platform.LINUX, "t")).contains("socket(");
  }

  @Test
  void aFullDiskIsOneLineAndTheDeviceStays() {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        Files.isWritable(Path.of("/dev/full")), "no writable /dev/full here");
    CProgram p = new CProgram();
    p.accept(new Event.Opened("s1", "udp4", 5, Family.IPV4, Proto.UDP));
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> CFile.write(p, Path.of("/dev/full"), false, true))
        .isInstanceOf(dev.sockshell.error.UsageError.class)
        .hasMessageContaining("/dev/full")
        .hasMessageContaining("No space left on device");
    assertThat(Path.of("/dev/full")).exists();
  }
}
