package dev.sockshell.cexport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sockshell.error.UsageError;
import dev.sockshell.event.Event;
import dev.sockshell.model.Family;
import dev.sockshell.model.Proto;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What export c keeps of a session is bounded, and says so rather than writing half a program. */
class CProgramTest {
  @TempDir Path dir;

  @Test
  void aSessionLongerThanTheBoundIsRefusedWithTheBound() {
    CProgram p = new CProgram();
    for (int i = 0; i < CProgram.MAX_STEPS; i++) {
      p.accept(new Event.Opened("s" + i, "udp4", i, Family.IPV4, Proto.UDP));
    }
    assertThat(p.overflowed()).isFalse();
    p.accept(new Event.Opened("last", "udp4", 9, Family.IPV4, Proto.UDP));
    assertThat(p.overflowed()).isTrue();
    assertThatThrownBy(() -> CFile.write(p, dir.resolve("x.c"), false, false))
        .isInstanceOf(UsageError.class)
        .hasMessageContaining("too long to export")
        .hasMessageContaining(String.valueOf(CProgram.MAX_STEPS));
    assertThat(dir.resolve("x.c")).doesNotExist();
    assertThat(p.since(5).overflowed()).as("a recording from the middle knows it too").isTrue();
  }

  @Test
  void theDataKeptIsBoundedToo() {
    CProgram p = new CProgram();
    p.accept(new Event.Opened("s1", "udp4", 5, Family.IPV4, Proto.UDP));
    byte[] mb = new byte[1 << 20];
    for (int i = 0; i < CProgram.MAX_BYTES >> 20; i++) {
      p.accept(new Event.Sent("s1", mb, mb.length, null, null));
    }
    assertThat(p.overflowed()).isFalse();
    p.accept(new Event.Sent("s1", new byte[1], 1, null, null));
    assertThat(p.overflowed()).isTrue();
  }
}
