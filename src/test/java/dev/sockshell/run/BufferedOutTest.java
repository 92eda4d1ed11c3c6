package dev.sockshell.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Output into a file or pipe: a line printed the quick way and text printed any other way keep
 * their order, and each charset gets what PrintStream itself would write (an unmappable character
 * as '?', a lone surrogate too).
 */
class BufferedOutTest {
  private static byte[] written(Charset cs, boolean quick) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    java.io.PrintStream out =
        quick ? new BufferedOut(bytes, cs) : new java.io.PrintStream(bytes, false, cs);
    out.println("SO_RCVBUF = 8192");
    out.print('x');
    out.printf("%d%n", 42);
    out.println("한글 \ud800 é");
    out.print("no end");
    out.println((String) null);
    out.println(7);
    out.flush();
    return bytes.toByteArray();
  }

  @Test
  void writesWhatPrintStreamWritesInOrder() {
    for (Charset cs :
        new Charset[] {
          StandardCharsets.UTF_8, StandardCharsets.US_ASCII, Charset.forName("EUC-KR")
        }) {
      assertThat(written(cs, true)).as(cs.name()).isEqualTo(written(cs, false));
    }
    assertThat(new String(written(StandardCharsets.UTF_8, true), StandardCharsets.UTF_8))
        .startsWith("SO_RCVBUF = 8192\nx42\n한글 ? é\nno endnull\n7\n");
  }

  @Test
  void nothingReachesTheStreamBeforeAFlush() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    BufferedOut out = new BufferedOut(bytes, StandardCharsets.UTF_8);
    out.println("held");
    assertThat(bytes.size()).isZero();
    out.flush();
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("held\n");
  }
}
