package dev.sockshell.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sockshell.Main;
import dev.sockshell.lesson.Lessons;
import dev.sockshell.text.Text;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * sockshell in Korean: every lesson runs at the prompt after {@code set lang ko} and passes, and
 * what it shows has no English word but C's and sockshell's own names.
 */
@org.junit.jupiter.api.extension.ExtendWith(dev.sockshell.FixedPorts.class)
class KoreanTest {
  @AfterEach
  void english() {
    Text.lang(Text.Lang.EN);
  }

  /** Words that stay as they are in Korean: C names, commands, units, protocol names. */
  private static final Set<String> KEPT =
      Set.of(
          "sockshell",
          "socket",
          "lab", // the command, and the word Korean tutorials use
          "root",
          "routers", // topology names
          "pair",
          "bind",
          "listen",
          "accept",
          "connect",
          "send",
          "sendto",
          "recv",
          "recvfrom",
          "recvmsg",
          "close",
          "shutdown",
          "setsockopt",
          "getsockopt",
          "struct",
          "linger",
          "timeval",
          "tcp",
          "udp",
          "udp4",
          "udp6",
          "tcp4",
          "tcp6",
          "ttl",
          "hops",
          "bench",
          "sweep",
          "gbit",
          "mbit",
          "fd",
          "hex",
          "backlog",
          "open",
          "setopt",
          "getopt",
          "expect",
          "error",
          "lesson",
          "lessons",
          "auto",
          "join",
          "leave",
          "time",
          "nothing",
          "timeout",
          "output",
          "like",
          "sleep",
          "watch",
          "unwatch",
          "feedback",
          "lang",
          "set",
          "help",
          "options",
          "use",
          "record",
          "stop",
          "quit",
          "exit",
          "export",
          "source",
          "tv_sec",
          "tv_usec",
          "l_onoff",
          "l_linger",
          "state",
          "rtt",
          "rto",
          "snd_mss",
          "snd_cwnd",
          "retransmits",
          "total_retrans",
          "probes",
          "last_data_sent",
          "last_data_recv",
          "last_ack_recv",
          "sudo",
          "scripts",
          "lab6",
          "veth",
          "jiffies",
          "boolean",
          "u_char",
          "int",
          "any",
          "all",
          "ms",
          "us",
          "min",
          "ipv4",
          "ipv6",
          "keep",
          "nagle",
          "alive");

  private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9_]{2,}");

  /** The English words of a screen, leaving out C names, payloads and the lesson's own names. */
  static Set<String> english(String screen, Set<String> names) {
    Set<String> out = new TreeSet<>();
    for (String line : screen.lines().toList()) {
      String l =
          line.replaceAll("\"[^\"]*\"", "\"\"") // payloads and quoted words
              .replaceAll("^sockshell(\\[[^\\]]*\\])?> .*", "") // what was typed
              .replaceAll("^\\s*> .*", "") // a lesson step shown before it runs
              .replaceAll("^\\[[A-Z]+/.*\\]\\s.*?  \\(", "(") // [UDP/…] payload  (5 bytes)
              // bench's iperf3 lines keep iperf3's words, as a trace keeps C's: [ ID] Interval …
              .replaceAll("^\\[[ \\w-]{3,}\\] .*(sec|Interval|sender|receiver).*", "")
              .replaceAll("hex:[0-9a-f]+", "")
              .replaceAll(
                  "\\b[hr]\\d-(eth|p|h|r)\\d\\b|\\bss\\d+-", "") // lab names: h1-eth0, ss4242-*
              .replaceAll("[0-9a-f]*:[0-9a-f:]+(/\\d+)?", "") // IPv6 addresses: 2001:db8:1::1/64
              .replaceAll("[a-z0-9_]+(\\.[a-z0-9_]+)+", "") // sysctl names: net.core.rmem_max
              .replaceAll("\\b[a-z]+[A-Z][A-Za-z]*\\b", ""); // Java names: getOption
      Matcher m = WORD.matcher(l);
      while (m.find()) {
        String w = m.group();
        boolean cName = w.equals(w.toUpperCase()) || w.contains("_") && !w.equals("tv_sec");
        if (!cName && !KEPT.contains(w.toLowerCase()) && !names.contains(w)) {
          out.add(w);
        }
      }
    }
    return out;
  }

  static Stream<String> lessons() {
    return Lessons.names().stream().filter(n -> Lessons.get(n).hasLoopbackPart());
  }

  @ParameterizedTest(name = "lesson {0} in Korean")
  @MethodSource("lessons")
  void everyLessonRunsInKorean(String name) throws Exception {
    String screen = DumbConsole.drive("set lang ko\nlesson " + name + " --auto\n", null);
    assertThat(screen).as(screen).contains("실습 " + name + " 끝");
    // the banner comes before set lang
    screen = screen.substring(screen.indexOf("이제부터 메시지를 한국어로"));
    String text = Lessons.get(name).text();
    Set<String> names = new TreeSet<>();
    Matcher m = Pattern.compile(" as (\\S+)").matcher(text);
    while (m.find()) {
      names.add(m.group(1));
    }
    names.addAll(Set.of("s1", "s2", "s3", "s4", "s5", "s6", name));
    assertThat(english(screen, names)).as("English words in\n" + screen).isEmpty();
  }

  @Test
  void theLanguageComesFromTheFlagOrTheEnvironment() {
    assertThat(Text.Lang.fromEnvironment(Map.of("LANG", "ko_KR.UTF-8"))).isEqualTo(Text.Lang.KO);
    assertThat(Text.Lang.fromEnvironment(Map.of("LC_ALL", "C", "LANG", "ko_KR.UTF-8")))
        .isEqualTo(Text.Lang.EN);
    assertThat(Text.Lang.fromEnvironment(Map.of("LC_MESSAGES", "ko_KR.UTF-8", "LANG", "C")))
        .isEqualTo(Text.Lang.KO);
    assertThat(Text.Lang.fromEnvironment(Map.of())).isEqualTo(Text.Lang.EN);
    assertThat(Main.language(new String[] {"--lang", "ko"}, Map.of())).isEqualTo(Text.Lang.KO);
    assertThat(Main.language(new String[] {"--lang=en"}, Map.of("LANG", "ko_KR")))
        .isEqualTo(Text.Lang.EN);
  }

  @Test
  void koreanErrorsKeepTheCallAndTheErrnoName() throws Exception {
    String screen =
        DumbConsole.drive(
            "set lang ko\nopen udp\nbind 127.0.0.1 0\nbind 127.0.0.1 0\nsetopt SO_RCVBUF 1x\n",
            null);
    assertThat(screen)
        .contains("[bind()] 잘못된 인자이다 (EINVAL)")
        .contains("소켓이 이미 바인드되어 있다")
        .contains("이제부터 메시지를 한국어로 보여 준다");
  }

  @Test
  void aKoreanExportHasKoreanCommentsAndStillCompiles(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    dev.sockshell.cexport.Cc.assumeCompiler("cc");
    Path c = dir.resolve("ko.c");
    String screen =
        DumbConsole.drive(
            "set lang ko\nopen udp as u\nsetopt SO_RCVBUF 100000\ngetopt SO_RCVBUF\nexport c "
                + c
                + "\nhelp SO_REUSEPORT\n",
            null);
    assertThat(screen).contains("Windows: Winsock에는 SO_REUSEPORT가 없다 (위 참고)");
    String source = java.nio.file.Files.readString(c);
    assertThat(source).contains("/* u: udp4 소켓 */").contains("리눅스용 C 프로그램");
    Path exe = dir.resolve("ko");
    dev.sockshell.cexport.Cc.compile("cc", c, exe);
    assertThat(dev.sockshell.cexport.Cc.run(java.util.List.of(exe.toString()), Map.of(), 10).out())
        .contains("SO_RCVBUF = 200000");
  }
}
