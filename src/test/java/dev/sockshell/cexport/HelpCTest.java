package dev.sockshell.cexport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sockshell.Shell;
import dev.sockshell.catalogue.OptionCatalogue;
import dev.sockshell.catalogue.SockOption;
import dev.sockshell.event.Event;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The C that {@code help OPTION} shows is code, not prose: the Linux lines of every option's page
 * compile with cc and the Windows lines with mingw-w64, each in a block of its own.
 */
@org.junit.jupiter.api.Tag("slow") // Wine, mingw-w64, C programs or network namespaces
class HelpCTest {
  @TempDir Path dir;

  @Test
  void theLinuxLinesOfEveryOptionPageCompile() throws Exception {
    Cc.assumeCompiler("cc");
    Path src = dir.resolve("help.c");
    Files.writeString(
        src,
        program(
            "Linux:",
            """
            #define _GNU_SOURCE
            #include <string.h>
            #include <sys/socket.h>
            #include <netinet/in.h>
            #include <netinet/tcp.h>
            #include <netinet/udp.h>
            #include <arpa/inet.h>
            """
                + CPrelude.fallbacks(OptionCatalogue.get().all())
                + """
            int main(void) {
              int sock = socket(AF_INET, SOCK_DGRAM, 0);
            """));
    Cc.compile("cc", src, dir.resolve("help"), "-Wno-unused-result");
  }

  @Test
  void theWindowsLinesOfEveryOptionPageCompile() throws Exception {
    Cc.assumeCompiler(Cc.MINGW);
    Path src = dir.resolve("help-win.c");
    Files.writeString(
        src,
        program(
            "Windows:",
            """
            #include <string.h>
            #include <winsock2.h>
            #include <ws2tcpip.h>
            int main(void) {
              SOCKET sock = socket(AF_INET, SOCK_DGRAM, 0);
            """));
    Cc.compile(Cc.MINGW, src, dir.resolve("help.exe"), "-lws2_32");
  }

  /** Every option's lines after {@code label}, each in a block, inside {@code head}'s main. */
  private static String program(String label, String head) {
    StringBuilder c = new StringBuilder(head);
    int blocks = 0;
    try (Shell sh = new Shell()) {
      for (SockOption o : OptionCatalogue.get().all()) {
        List<String> code = lines(page(sh, o.name()), label);
        assertThat(code).as(o.name() + " has " + label + " lines").isNotEmpty();
        if (code.get(0).startsWith("/*") || code.get(0).contains(" has no ")) {
          continue; // the platform lacks it, and says why
        }
        c.append("  {\n");
        code.forEach(l -> c.append("    ").append(l).append('\n'));
        c.append("  }\n");
        blocks++;
      }
    }
    assertThat(blocks).isGreaterThan(20);
    return c.append("  return 0;\n}\n").toString();
  }

  private static String page(Shell sh, String topic) {
    return sh.ok("help " + topic).stream()
        .filter(e -> e instanceof Event.Help)
        .map(e -> ((Event.Help) e).text())
        .findFirst()
        .orElseThrow();
  }

  private static List<String> lines(String page, String label) {
    List<String> out = new ArrayList<>();
    boolean in = false;
    for (String l : page.lines().toList()) {
      if (l.startsWith(label)) {
        in = true;
        out.add(l.substring(label.length()).strip());
      } else if (in && l.startsWith("         ")) {
        out.add(l.strip());
      } else {
        in = false;
      }
    }
    return out;
  }
}
