package dev.sockshell.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sockshell.command.Command;
import dev.sockshell.error.SyntaxError;
import dev.sockshell.error.UsageError;
import dev.sockshell.syntax.gen.SockShellLexer;
import dev.sockshell.text.Text;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.antlr.v4.runtime.CharStreams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A line that is one setopt or getopt is built from its tokens without a parse tree: for every such
 * line of the lessons and the README, and for random ones made of real and broken words, the quick
 * path gives what the whole grammar gives (the same commands, or the same error at the same column
 * with the same "expected" and "did you mean"), and it steps aside for every other line.
 */
class OptionLineTest {
  @AfterEach
  void english() {
    Text.lang(Text.Lang.EN);
  }

  private static final List<String> WORDS =
      List.of(
          "SO_RCVBUF",
          "so_rcvbuf",
          "SO_RCVBUFF",
          "SOL_SOCKET",
          "IPPROTO_IP",
          "IPPROTO_TCP",
          "ip",
          "tcp",
          "udp",
          "TCP_NODELAY",
          "IP_TTL",
          "IP_MULTICAST_IF",
          "IPV6_JOIN_GROUP",
          "SO_LINGER",
          "SO_RCVTIMEO",
          "s1",
          "srv",
          "all",
          "1",
          "0",
          "-1",
          "4294967296",
          "99999999999999999999",
          "64k",
          "1.5s",
          "250ms",
          "on",
          "off",
          "hex:0a0b",
          "hex:",
          "\"lo\"",
          "'x'",
          "127.0.0.1",
          "::1",
          "lo",
          "=",
          "{",
          "}",
          "*",
          "@",
          "한글",
          "#",
          "# comment",
          ";",
          "--flag",
          "a/b",
          "0x10",
          "1.5",
          "-5s",
          "SO_LINGER",
          "10",
          "1,5",
          "true");

  @Test
  void everyOptionLineOfTheLessonsAndTheReadmeParsesAsTheGrammarDoes() throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/resources/dev/sockshell/lessons"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        lines.addAll(Files.readAllLines(f));
      }
    }
    lines.addAll(Files.readAllLines(Path.of("README.md")));
    List<String> options = new ArrayList<>();
    for (String l : lines) {
      String t = l.strip();
      if (t.startsWith("sockshell> ")) {
        t = t.substring("sockshell> ".length());
      }
      if (t.startsWith("setopt") || t.startsWith("getopt")) {
        options.add(t);
      }
    }
    assertThat(options).hasSizeGreaterThan(40);
    int quick = 0;
    for (String l : options) {
      quick += sameAsTheGrammar(l) ? 1 : 0;
    }
    assertThat(quick).isGreaterThan(options.size() / 2);
  }

  @Test
  void randomOptionLinesParseAsTheGrammarDoesInBothLanguages() {
    Random r = new Random(20261128);
    int quick = 0;
    for (Text.Lang lang : Text.Lang.values()) {
      Text.lang(lang);
      for (int i = 0; i < 3000; i++) {
        StringBuilder b = new StringBuilder(r.nextBoolean() ? "setopt" : "getopt");
        int n = r.nextInt(5);
        for (int w = 0; w < n; w++) {
          b.append(r.nextInt(8) == 0 ? "\t" : " ").append(WORDS.get(r.nextInt(WORDS.size())));
        }
        quick += sameAsTheGrammar(b.toString()) ? 1 : 0;
      }
    }
    assertThat(quick).isGreaterThan(3000);
  }

  @Test
  void otherLinesAreLeftToTheGrammar() {
    for (String l :
        List.of(
            "open udp",
            "setopt SO_RCVBUF 1; getopt SO_RCVBUF",
            "setopt",
            "getopt # nothing",
            "  ",
            "send \"setopt\"",
            "setoptx SO_RCVBUF 1",
            "time { setopt SO_RCVBUF 1 }")) {
      assertThat(
              Parser.optionLine(
                  new SockShellLexer(CharStreams.fromString("")), CharStreams.fromString(l)))
          .as(l)
          .isNull();
    }
    assertThat(
            Parser.optionLine(
                new SockShellLexer(CharStreams.fromString("")),
                CharStreams.fromString("setopt SO_RCVBUF 1")))
        .isInstanceOf(Command.SetOpt.class);
  }

  /** Asserts the quick path agrees with the grammar; true when the quick path took the line. */
  private static boolean sameAsTheGrammar(String line) {
    Object quick;
    SockShellLexer lexer = new SockShellLexer(CharStreams.fromString(""));
    lexer.removeErrorListeners();
    try {
      quick = Parser.optionLine(lexer, CharStreams.fromString(line));
    } catch (SyntaxError | UsageError e) {
      quick = e;
    }
    if (quick == null) {
      return false;
    }
    Object whole;
    try {
      whole = Parser.fullParse(CharStreams.fromString(line)).getFirst();
    } catch (SyntaxError | UsageError e) {
      whole = e;
    }
    assertThat(describe(quick)).as(line).isEqualTo(describe(whole));
    return true;
  }

  private static Object describe(Object o) {
    return switch (o) {
      case SyntaxError e ->
          List.of(
              "syntax", e.getMessage(), e.column(), e.length(), e.expected(), "" + e.didYouMean());
      case UsageError e -> List.of("usage", e.getMessage(), e.column(), "" + e.hint());
      default -> o;
    };
  }
}
