package dev.sockshell.cexport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sockshell.ctype.Platform;
import dev.sockshell.event.Event;
import dev.sockshell.interp.Interpreter;
import dev.sockshell.lesson.Lessons;
import dev.sockshell.netns.NetNs;
import dev.sockshell.run.Run;
import dev.sockshell.script.LineSource;
import dev.sockshell.script.ScriptRunner;
import dev.sockshell.session.Session;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code export c} of every lesson, and of a session that uses every C type, compiles with {@code
 * cc -Wall -Wextra -Werror} and, run inside a network namespace of its own (so that the ports the
 * session used are free), prints the same option values and receives the same data as the session.
 */
@org.junit.jupiter.api.extension.ExtendWith(dev.sockshell.FixedPorts.class)
@org.junit.jupiter.api.Tag("slow") // Wine, mingw-w64, C programs or network namespaces
class ExportCTest {
  /** A session over every C type of the catalogue, on loopback only. */
  static final String EVERY_TYPE =
      """
      open udp as rx
      setopt SO_REUSEADDR 1
      setopt SO_BROADCAST on
      bind 127.0.0.1 0
      setopt SO_RCVBUF 100000
      setopt SO_SNDBUF 64k
      setopt SO_RCVTIMEO 3.5s
      setopt SO_SNDTIMEO 250ms
      setopt IP_TTL 33
      setopt IP_TOS 0x10
      setopt IP_RECVTTL 0
      setopt IP_MULTICAST_TTL 7
      setopt IP_MULTICAST_LOOP 1
      setopt IP_MULTICAST_IF 127.0.0.1
      setopt IP_MULTICAST_IF 1
      join 235.7.8.9 127.0.0.1
      join 235.7.8.10 lo
      join 232.1.1.1 127.0.0.1 source 127.0.0.2
      leave 232.1.1.1 127.0.0.1 source 127.0.0.2
      getopt SO_TYPE
      getopt SO_ERROR
      setopt 1 2 hex:01000000
      getopt 1 2
      open tcp as srv
      setopt SO_LINGER on 5
      setopt SO_KEEPALIVE 1
      setopt TCP_NODELAY 1
      setopt TCP_KEEPIDLE 60
      setopt TCP_KEEPINTVL 5
      setopt TCP_KEEPCNT 3
      bind 127.0.0.1 0
      listen 4
      open tcp as cli
      setopt TCP_MAXSEG 1000
      getopt TCP_INFO
      open udp ipv6 as rx6
      setopt IPV6_V6ONLY 1
      setopt IPV6_UNICAST_HOPS 9
      setopt IPV6_MULTICAST_HOPS 3
      setopt IPV6_MULTICAST_LOOP 0
      setopt IPV6_MULTICAST_IF lo
      setopt IPV6_RECVHOPLIMIT 0
      bind ::1 0
      send rx6 "v6 \\"quoted\\" ?? data" to [::1]:9
      open udp as tx
      send "안녕하세요." to 127.0.0.1:9
      setopt IP_RECVERR 1
      send "x" to 127.0.0.1:9
      recv tx errqueue timeout 1s
      """;

  static Stream<String> sessions() {
    return Stream.concat(
        Lessons.names().stream().filter(n -> Lessons.get(n).hasLoopbackPart()),
        Stream.of("every-type"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sessions")
  void theExportCompilesAndShowsWhatTheSessionShowed(String name, @TempDir Path dir)
      throws Exception {
    Cc.assumeCompiler("cc");
    String text = name.equals("every-type") ? EVERY_TYPE : Lessons.get(name).loopbackText();
    Session session = new Session();
    CProgram program = new CProgram();
    List<Event> events = new ArrayList<>();
    try (Run run = new Run(Run.Config.script(5_000_000L).tapped(program::accept))) {
      Interpreter in = run.interpreter();
      ScriptRunner.Result r = new ScriptRunner(in, events::add).run(LineSource.of(name, text));
      assertThat(r.ok()).as(name + ": " + r.failure()).isTrue();
    }
    Path src = dir.resolve(name + ".c");
    Files.writeString(src, program.write(Platform.LINUX, name));
    Path exe = dir.resolve(name);
    Cc.compile("cc", src, exe);

    String[] why = {null};
    try (NetNs ns = NetNs.create(why)) {
      Assumptions.assumeTrue(ns != null, () -> why[0] + ": compiled, not run");
      NetNs.Run run = ns.run(exe.toString());
      assertThat(run.status()).as(run.out() + run.err()).isZero();
      assertThat(sessionValues(events)).as("the session read options").isNotEmpty();
      assertThat(values(run.out().lines().toList()))
          .as("the C program's values, against the session's\n" + run.out())
          .containsExactlyElementsOf(sessionValues(events));
      assertThat(received(run.out().lines().toList())).isEqualTo(sessionReceived(events));
      // the program prints what the session printed beside its values and receptions
      List<String> lines = run.out().lines().toList();
      assertThat(lines.stream().filter(l -> l.matches("^\\[(UDP|TCP)/.*, (ttl|hops)=\\d+\\)$")))
          .as("receptions with their TTL or hop limit")
          .hasSize(
              (int)
                  events.stream()
                      .filter(e -> e instanceof Event.Received r && r.ttl() != null)
                      .count());
      assertThat(lines.stream().filter(l -> l.contains("Linux doubles it")))
          .as("the doubling notes")
          .hasSize(
              (int)
                  events.stream()
                      .filter(
                          e ->
                              e instanceof Event.OptionValue v
                                  && v.because() instanceof dev.sockshell.text.Words.Message m
                                  && m.key().equals("note.doubled"))
                      .count());
      assertThat(lines.stream().filter(l -> l.matches("^\\S+: sent \\d+ bytes? to .*")))
          .as("each send, with where it went")
          .hasSize((int) events.stream().filter(e -> e instanceof Event.Sent).count());
    }
  }

  /** NAME = VALUE without the note in parentheses; TCP_INFO's times differ from run to run. */
  static String value(String name, String value) {
    int paren = value.indexOf(" (");
    return name + " = " + (paren > 0 ? value.substring(0, paren) : value);
  }

  static List<String> sessionValues(List<Event> events) {
    return events.stream()
        .filter(e -> e instanceof Event.OptionValue v && v.call() != null)
        .map(e -> (Event.OptionValue) e)
        .filter(v -> !v.name().equals("TCP_INFO"))
        .map(v -> value(v.name(), v.value()))
        .toList();
  }

  static List<String> values(List<String> lines) {
    return lines.stream()
        .filter(l -> l.matches("^[A-Z0-9_]+( [0-9]+)? = .*") && !l.startsWith("TCP_INFO"))
        .map(l -> value(l.substring(0, l.indexOf(" = ")), l.substring(l.indexOf(" = ") + 3)))
        .toList();
  }

  static List<String> sessionReceived(List<Event> events) {
    return events.stream()
        .filter(e -> e instanceof Event.Received)
        .map(e -> (Event.Received) e)
        .map(r -> new String(r.data(), StandardCharsets.UTF_8))
        .toList();
  }

  /** What arrived, from the lines the program printed as the session prints them. */
  static List<String> received(List<String> lines) {
    List<String> out = new ArrayList<>();
    var data = java.util.regex.Pattern.compile("^\\[(UDP|TCP)/[^ ]*\\] (.*)  \\(\\d+ bytes?.*\\)$");
    var none =
        java.util.regex.Pattern.compile(
            "^\\[(UDP|TCP)/[^ ]*\\] (connection closed by the peer|empty datagram|recv returned 0).*");
    for (String l : lines) {
      var m = data.matcher(l);
      if (m.matches()) {
        out.add(m.group(2));
      } else if (none.matcher(l).matches()) {
        out.add("");
      }
    }
    return out;
  }
}
