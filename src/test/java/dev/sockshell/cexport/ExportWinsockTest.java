package dev.sockshell.cexport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sockshell.ctype.Platform;
import dev.sockshell.interp.Interpreter;
import dev.sockshell.lesson.Lessons;
import dev.sockshell.run.Run;
import dev.sockshell.script.LineSource;
import dev.sockshell.script.ScriptRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code export c --winsock}: every lesson's program compiles with mingw-w64 ({@code -Wall -Wextra
 * -Werror}), and the program over every C type runs under Wine, printing Winsock's own forms.
 */
@org.junit.jupiter.api.extension.ExtendWith(dev.sockshell.FixedPorts.class)
@org.junit.jupiter.api.Tag("slow") // Wine, mingw-w64, C programs or network namespaces
class ExportWinsockTest {

  static CProgram session(String name, String text) {
    CProgram program = new CProgram();
    try (Run run = new Run(Run.Config.script(5_000_000L).tapped(program::accept))) {
      Interpreter in = run.interpreter();
      ScriptRunner.Result r = new ScriptRunner(in, e -> {}).run(LineSource.of(name, text));
      assertThat(r.ok()).as(name + ": " + r.failure()).isTrue();
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
    return program;
  }

  static Stream<String> lessons() {
    return Lessons.names().stream().filter(n -> Lessons.get(n).hasLoopbackPart());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lessons")
  void everyLessonCompilesForWindows(String name, @TempDir Path dir) throws Exception {
    Cc.assumeCompiler(Cc.MINGW);
    Path src = dir.resolve(name + ".c");
    Files.writeString(
        src, session(name, Lessons.get(name).loopbackText()).write(Platform.WINSOCK, name));
    Cc.compile(Cc.MINGW, src, dir.resolve(name + ".exe"), "-lws2_32");
    assertThat(Files.readString(src))
        .contains("WSAStartup(MAKEWORD(2, 2), &wsa)")
        .contains("WSACleanup()")
        .contains("SOCKET ")
        .doesNotContain("socklen_t");
  }

  @Test
  void everyTypeRunsUnderWine(@TempDir Path dir) throws Exception {
    Cc.assumeCompiler(Cc.MINGW);
    Cc.assumeWine();
    Path src = dir.resolve("every.c");
    String c = session("every-type", ExportCTest.EVERY_TYPE).write(Platform.WINSOCK, "every");
    Files.writeString(src, c);
    assertThat(c)
        .contains("DWORD v = 3500; /* Winsock: a DWORD of milliseconds, not a struct timeval */")
        .contains("struct linger v = {.l_onoff = (u_short) 1, .l_linger = (u_short) 5};")
        .contains("closesocket(")
        .contains("(const char *) &v")
        .contains("/* Winsock has no TCP_INFO option: Windows reads TCP statistics with")
        .contains("printf(\"TCP_INFO: not in Winsock\\n\");")
        .doesNotContain("#ifdef")
        .doesNotContain("close(rx)");
    Path exe = dir.resolve("every.exe");
    Cc.compile(Cc.MINGW, src, exe, "-lws2_32");
    Cc.Run run = Cc.wine(exe, dir, 180);
    assertThat(run.status()).as(run.out()).isZero();
    assertThat(run.out())
        .contains("SO_REUSEADDR = 1 (on)")
        .contains("SO_RCVTIMEO = 3500 ms")
        .contains("SO_SNDTIMEO = 250 ms")
        .contains("SO_LINGER = {l_onoff=1, l_linger=5}")
        .contains("IP_TTL = 33")
        .contains("IP_MULTICAST_TTL = 7")
        .contains("IP_MULTICAST_IF = 127.0.0.1")
        .contains("SO_TYPE = 2 (SOCK_DGRAM)")
        .contains("IPV6_UNICAST_HOPS = 9")
        .contains("TCP_INFO: not in Winsock")
        .contains("tx: sent 16 bytes");
  }
}
