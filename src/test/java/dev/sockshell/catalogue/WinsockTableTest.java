package dev.sockshell.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sockshell.cexport.Cc;
import dev.sockshell.text.Text;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Windows table agrees with the Winsock headers: mingw-w64 compiles a file asserting every
 * level and option number in it, and that every catalogue option it leaves out is one the headers
 * do not define (so the table cannot forget one Windows has).
 */
@org.junit.jupiter.api.Tag("slow") // Wine, mingw-w64, C programs or network namespaces
class WinsockTableTest {
  @TempDir Path dir;

  @Test
  void everyEntryMatchesTheHeadersAndEveryOptionLeftOutIsUndefinedThere() throws Exception {
    Cc.assumeCompiler(Cc.MINGW);
    StringBuilder c = new StringBuilder("#include <winsock2.h>\n#include <ws2tcpip.h>\n");
    int entries = 0;
    for (SockOption o : OptionCatalogue.get().all()) {
      var w = Winsock.of(o);
      if (w.isPresent()) {
        entries++;
        c.append(
            String.format(
                "_Static_assert(%s == %d && %s == %d, \"%s\");%n",
                w.get().level(),
                w.get().levelNumber(),
                w.get().name(),
                w.get().number(),
                o.name()));
      } else {
        c.append(
            String.format(
                "#ifdef %s%n#error \"%s is in the headers but not in the Windows table\"%n#endif%n",
                o.name(), o.name()));
      }
    }
    c.append("int main(void) { return 0; }\n");
    Path src = dir.resolve("table.c");
    Files.writeString(src, c);
    Cc.compile(Cc.MINGW, src, dir.resolve("table.exe"), "-lws2_32");
    assertThat(entries).isGreaterThan(25);
  }

  @Test
  void anOptionWindowsLacksSaysWhy() {
    SockOption reuseport = OptionCatalogue.get().byName("SO_REUSEPORT").orElseThrow();
    assertThat(Winsock.of(reuseport)).isEmpty();
    assertThat(Winsock.lacks(reuseport)).contains("SO_EXCLUSIVEADDRUSE");
    SockOption broadcast = OptionCatalogue.get().byName("SO_BROADCAST").orElseThrow();
    assertThat(Winsock.of(broadcast).orElseThrow().numbers()).isEqualTo("0xffff, 0x20");
    assertThat(Text.get("winsock.lacks", "X")).contains("X");
  }
}
