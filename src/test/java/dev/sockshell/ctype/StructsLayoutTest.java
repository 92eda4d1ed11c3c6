package dev.sockshell.ctype;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sockshell.cexport.Cc;
import dev.sockshell.posix.Structs;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.PaddingLayout;
import java.lang.foreign.StructLayout;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every named struct of {@link Structs} has the size and field offsets C's headers give it. */
class StructsLayoutTest {
  /** Bit fields in C: no offsetof for them. */
  private static final Set<String> BITFIELDS = Set.of("tcpi_wscale", "tcpi_flags");

  @Test
  void everyStructMatchesTheCHeaders(@TempDir Path dir) throws Exception {
    Cc.assumeCompiler("cc");
    List<String> expected = new ArrayList<>();
    StringBuilder c =
        new StringBuilder(
            """
            #define _GNU_SOURCE
            #include <stdio.h>
            #include <stddef.h>
            #include <poll.h>
            #include <signal.h>
            #include <sys/ioctl.h>
            #include <sys/socket.h>
            #include <sys/time.h>
            #include <sys/uio.h>
            #include <netinet/in.h>
            #include <linux/tcp.h>
            #include <linux/errqueue.h>
            #include <linux/mroute.h>
            #include <linux/mroute6.h>
            int main(void) {
            """);
    int structs = 0;
    List<Field> fields = new java.util.ArrayList<>(List.of(Structs.class.getFields()));
    for (Class<?> nested : Structs.class.getClasses()) { // the structs made on first use
      fields.addAll(List.of(nested.getFields()));
    }
    for (Field f : fields) {
      if (!Modifier.isStatic(f.getModifiers()) || !(f.get(null) instanceof StructLayout s)) {
        continue;
      }
      structs++;
      String type = "struct " + s.name().orElseThrow();
      c.append("  printf(\"%s %zu\\n\", \"")
          .append(type)
          .append("\", sizeof(")
          .append(type)
          .append("));\n");
      expected.add(type + " " + s.byteSize());
      for (MemoryLayout m : s.memberLayouts()) {
        if (m instanceof PaddingLayout
            || m.name().isEmpty()
            || BITFIELDS.contains(m.name().get())) {
          continue;
        }
        String field = m.name().get();
        c.append("  printf(\"%s.%s %zu\\n\", \"")
            .append(type)
            .append("\", \"")
            .append(field)
            .append("\", offsetof(")
            .append(type)
            .append(", ")
            .append(field)
            .append("));\n");
        expected.add(type + "." + field + " " + Structs.offset(s, field));
      }
    }
    c.append("  return 0;\n}\n");
    Path src = dir.resolve("layouts.c");
    Files.writeString(src, c);
    Path exe = dir.resolve("layouts");
    Cc.compile("cc", src, exe);
    Cc.Run r = Cc.run(List.of(exe.toString()), java.util.Map.of(), 30);
    assertThat(structs).isGreaterThanOrEqualTo(15);
    assertThat(r.out().lines().toList()).containsExactlyElementsOf(expected);
  }
}
