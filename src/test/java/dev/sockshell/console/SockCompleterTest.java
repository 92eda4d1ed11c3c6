package dev.sockshell.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sockshell.model.Family;
import dev.sockshell.model.Proto;
import dev.sockshell.session.Session;
import java.util.Arrays;
import java.util.List;
import org.jline.reader.Candidate;
import org.junit.jupiter.api.Test;

/** Completion cases written with the cursor marked by '|'. */
class SockCompleterTest {
  private final Session session = new Session();
  private final SockCompleter completer = new SockCompleter(session);

  private List<String> complete(String lineWithCursor) {
    String before = lineWithCursor.substring(0, lineWithCursor.indexOf('|'));
    List<String> words = Arrays.stream(before.split(" ")).filter(w -> !w.isEmpty()).toList();
    if (!before.endsWith(" ") && !words.isEmpty()) {
      words = words.subList(0, words.size() - 1); // the word being typed
    }
    String typed = before.endsWith(" ") ? "" : before.substring(before.lastIndexOf(' ') + 1);
    return completer.candidates(words).stream()
        .map(Candidate::value)
        .filter(v -> v.startsWith(typed))
        .toList();
  }

  @Test
  void commandNames() {
    assertThat(complete("se|")).containsExactlyInAnyOrder("send", "setopt");
    assertThat(complete("|")).contains("open", "join", "quit");
  }

  @Test
  void optionNamesFilteredByLevelAndSocket() {
    session.add(null, 100, Family.IPV4, Proto.UDP);
    session.add(null, 101, Family.IPV4, Proto.TCP);
    assertThat(complete("setopt s1 SOL_SOCKET SO_R|"))
        .containsExactlyInAnyOrder("SO_RCVBUF", "SO_RCVTIMEO", "SO_REUSEADDR", "SO_REUSEPORT");
    // No IPv6 options on an IPv4 socket, no TCP options on UDP.
    assertThat(complete("setopt s1 IPPROTO_IPV6 |")).isEmpty();
    assertThat(complete("setopt s1 TCP_|")).isEmpty();
    // s2 is current (tcp4): TCP options are offered with the level left out.
    assertThat(complete("setopt TCP_|")).contains("TCP_NODELAY", "TCP_MAXSEG");
    assertThat(complete("getopt |")).contains("s1", "s2", "SOL_SOCKET", "all");
  }

  @Test
  void valuesForTheOptionsCType() {
    session.add(null, 100, Family.IPV4, Proto.TCP);
    assertThat(complete("setopt SO_LINGER |")).containsExactly("on", "off");
    assertThat(complete("setopt SOL_SOCKET SO_KEEPALIVE |")).contains("1", "0", "on", "off");
  }

  @Test
  void socketsAndKeywords() {
    session.add("rx", 100, Family.IPV4, Proto.UDP);
    assertThat(complete("close |")).containsExactlyInAnyOrder("rx", "all");
    assertThat(complete("open |")).containsExactlyInAnyOrder("udp", "tcp");
    assertThat(complete("open udp |")).containsExactlyInAnyOrder("ipv4", "ipv6", "as");
    assertThat(complete("options |"))
        .containsExactlyInAnyOrder("SOL_SOCKET", "IPPROTO_IP", "IPPROTO_IPV6", "IPPROTO_TCP");
    assertThat(complete("open udp; bind |")).containsExactly("rx");
  }
}
