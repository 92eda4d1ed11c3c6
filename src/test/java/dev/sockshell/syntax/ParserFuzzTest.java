package dev.sockshell.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sockshell.error.SyntaxError;
import dev.sockshell.error.UsageError;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random lines made of real and broken words: the parser either returns commands or throws one of
 * the two user-facing errors, with a column inside the line. Never anything else.
 */
class ParserFuzzTest {
  private static final List<String> WORDS =
      List.of(
          "open",
          "udp",
          "tcp",
          "ipv6",
          "as",
          "bind",
          "connect",
          "send",
          "recv",
          "setopt",
          "getopt",
          "join",
          "leave",
          "close",
          "all",
          "to",
          "timeout",
          "source",
          "listen",
          "accept",
          "shutdown",
          "wr",
          "ls",
          "help",
          "options",
          "quit",
          "s1",
          "rx",
          "SOL_SOCKET",
          "IPPROTO_IPV6",
          "SO_RCVBUF",
          "SO_LINGER",
          "SO_RCVTIMEO",
          "IP_MULTICAST_IF",
          "TCP_NODELAY",
          "SO_BRODCAST",
          "on",
          "off",
          "0",
          "1",
          "-1",
          "99999999999999999999",
          "0x",
          "0xZZ",
          "64k",
          "1.5M",
          "3.5s",
          "3500ms",
          "1.2",
          "127.0.0.1",
          "127.999.1.1",
          "127.0.0.1:9000",
          "127.0.0.1:99999",
          "[::1]:80",
          "[zz]:1",
          "::1",
          "ff12::1:2:3:4",
          "fe80::1%lo",
          "localhost:1",
          "*",
          "any",
          "\"hi\"",
          "'a\\x4",
          "\"\\q\"",
          "hex:0a",
          "hex:abc",
          ";",
          "#",
          "~",
          "{",
          "lo",
          "veth0",
          "\"unterminated");
  private static final String[] BAD_CHARS = {"~", "\u0000", "ä", "\t", "\\", "\"", "'"};

  @Test
  void randomLinesNeverEscapeAsAnythingButUserErrors() {
    Random random = new Random(20261127L);
    int parsed = 0;
    for (int i = 0; i < 20_000; i++) {
      StringBuilder line = new StringBuilder();
      int n = random.nextInt(8);
      for (int w = 0; w < n; w++) {
        line.append(WORDS.get(random.nextInt(WORDS.size())));
        if (random.nextInt(10) == 0) {
          line.append(BAD_CHARS[random.nextInt(BAD_CHARS.length)]);
        }
        line.append(random.nextInt(6) == 0 ? "" : " ");
      }
      String text = line.toString();
      try {
        Parser.parse(text);
        parsed++;
      } catch (SyntaxError e) {
        assertThat(e.column()).as(text).isBetween(1, text.length() + 1);
      } catch (UsageError e) {
        assertThat(e.column()).as(text).isBetween(0, text.length() + 1);
      } catch (RuntimeException e) {
        throw new AssertionError("'" + text + "' threw " + e, e);
      }
    }
    assertThat(parsed).as("some random lines are valid commands").isPositive();
  }
}
