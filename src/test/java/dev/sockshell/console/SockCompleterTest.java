package dev.sockshell.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sockshell.model.Family;
import dev.sockshell.model.Proto;
import dev.sockshell.session.Session;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jline.reader.Candidate;
import org.junit.jupiter.api.Test;

/** Completion cases written with the cursor marked by '|'. */
class SockCompleterTest {
  /** A fixed machine: lo (1, 127.0.0.1, ::1) and veth0 (7, fe80::1%veth0). */
  private static final Interfaces MACHINE =
      new Interfaces() {
        @Override
        Map<String, Integer> names() {
          return new LinkedHashMap<>(Map.of("lo", 1, "veth0", 7));
        }

        @Override
        Map<String, String> ipv4() {
          return Map.of("127.0.0.1", "lo");
        }

        @Override
        Map<String, String> ipv6() {
          return new LinkedHashMap<>(Map.of("::1", "lo", "fe80::1%veth0", "veth0"));
        }
      };

  private final Session session = new Session();
  private final SockCompleter completer = new SockCompleter(session, MACHINE);

  /** The candidates the reader would keep for the word at '|'. */
  private List<String> complete(String lineWithCursor) {
    String before = lineWithCursor.substring(0, lineWithCursor.indexOf('|'));
    int wordStart = before.lastIndexOf(' ') + 1;
    String typed = before.substring(wordStart);
    return completer.candidates(before.substring(0, wordStart)).stream()
        .map(Candidate::value)
        .filter(v -> v.startsWith(typed))
        .toList();
  }

  private Candidate candidate(String lineWithCursor, String value) {
    String before = lineWithCursor.substring(0, lineWithCursor.indexOf('|'));
    return completer.candidates(before).stream()
        .filter(c -> c.value().equals(value))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void labWordsAndTopologies() {
    assertThat(complete("lab |")).containsExactly("up", "down");
    assertThat(complete("lab up |")).containsExactly("routers", "pair");
    assertThat(complete("open udp |")).contains("in", "as", "ipv6");
  }

  @Test
  void commandNamesWithTheirSyntax() {
    assertThat(complete("se|")).containsExactlyInAnyOrder("send", "setopt", "set");
    assertThat(complete("|")).contains("open", "join", "quit", "ls");
    assertThat(candidate("|", "bind").descr()).isEqualTo("bind [SOCK] ADDR PORT");
    assertThat(candidate("|", "bind").group()).isEqualTo("commands");
  }

  @Test
  void optionNamesFilteredByLevelAndSocket() {
    session.add(null, 100, Family.IPV4, Proto.UDP);
    session.add(null, 101, Family.IPV4, Proto.TCP);
    assertThat(complete("setopt s1 SOL_SOCKET SO_R|"))
        .containsExactlyInAnyOrder(
            "SO_RCVBUF",
            "SO_RCVTIMEO",
            "SO_REUSEADDR",
            "SO_REUSEPORT",
            "SO_RCVLOWAT",
            "SO_RCVBUFFORCE",
            "SO_RXQ_OVFL",
            "SO_RESERVE_MEM",
            "SO_RCVMARK");
    // No IPv6 options on an IPv4 socket, no TCP options on UDP.
    assertThat(complete("setopt s1 IPPROTO_IPV6 |")).isEmpty();
    assertThat(complete("setopt s1 TCP_|")).isEmpty();
    // s2 is current (tcp4): TCP options are offered with the level left out.
    assertThat(complete("setopt TCP_|")).contains("TCP_NODELAY", "TCP_MAXSEG");
    assertThat(complete("getopt |")).contains("s1", "s2", "SOL_SOCKET", "all");
    assertThat(candidate("setopt s2 |", "SO_LINGER").descr())
        .isEqualTo("struct linger \u2014 what close() does with unsent data");
  }

  @Test
  void valuesForTheOptionsCType() {
    session.add(null, 100, Family.IPV4, Proto.TCP);
    assertThat(complete("setopt SO_LINGER |")).containsExactly("on", "off");
    assertThat(complete("setopt SO_LINGER on |")).containsExactly("0", "10");
    assertThat(complete("setopt SOL_SOCKET SO_KEEPALIVE |")).contains("1", "0", "on", "off");
    assertThat(complete("setopt SO_RCVTIMEO |")).contains("3.5s", "500ms");
    assertThat(complete("setopt SO_RCVBUF |")).contains("64k");
    session.add(null, 101, Family.IPV4, Proto.UDP);
    assertThat(complete("setopt IP_MULTICAST_IF |")).contains("127.0.0.1", "lo", "veth0");
    session.add(null, 102, Family.IPV6, Proto.UDP);
    assertThat(complete("setopt IPV6_MULTICAST_IF |")).contains("lo", "veth0", "0");
  }

  @Test
  void socketsAddressesAndInterfacesFromTheGrammar() {
    session.add("rx", 100, Family.IPV4, Proto.UDP);
    assertThat(complete("close |")).containsExactlyInAnyOrder("rx", "all");
    assertThat(complete("open |")).containsExactlyInAnyOrder("udp", "tcp");
    assertThat(complete("open udp |")).containsExactlyInAnyOrder("ipv4", "ipv6", "in", "as");
    assertThat(complete("open udp; bind |"))
        .contains("rx", "*", "any", "127.0.0.1", "::", "::1", "localhost");
    // After the socket, only the address: no socket names again.
    assertThat(complete("bind rx |")).contains("*", "127.0.0.1").doesNotContain("rx");
    assertThat(complete("join rx 235.7.8.9 |")).contains("lo", "veth0", "127.0.0.1", "source");
    assertThat(complete("join |")).contains("rx", "235.7.8.9").doesNotContain("ff12::1:2:3:4");
    assertThat(complete("shutdown rx |")).containsExactlyInAnyOrder("rd", "wr", "both");
    assertThat(complete("send rx |")).contains("\"", "hex:");
    assertThat(complete("send rx \"hi\" |")).containsExactly("to");
    assertThat(complete("recv rx |")).contains("timeout");
    assertThat(complete("recv rx timeout |")).contains("1s", "500ms");
    assertThat(complete("options |"))
        .containsExactlyInAnyOrder(
            "SOL_SOCKET", "IPPROTO_IP", "IPPROTO_IPV6", "IPPROTO_TCP", "IPPROTO_UDP", "chapter");
    assertThat(complete("set |")).containsExactly("feedback", "lang", "encoding");
    assertThat(complete("set encoding |")).contains("cp949", "utf-8");
    assertThat(complete("bench |")).contains("rr", "sweep", "for", "size");
    assertThat(complete("bench for |")).contains("1s");
    assertThat(complete("bench sweep TCP_N|")).contains("TCP_NODELAY");
    assertThat(complete("set feedback |")).containsExactlyInAnyOrder("quiet", "normal", "verbose");
  }

  @Test
  void leaveOffersTheGroupsJoined() {
    session
        .add("rx", 100, Family.IPV4, Proto.UDP)
        .groups()
        .add(new dev.sockshell.model.Group("235.1.2.3", "127.0.0.1", null));
    assertThat(complete("leave rx 23|")).contains("235.1.2.3");
  }

  @Test
  void aBrokenPrefixOffersNothing() {
    assertThat(complete("open banana |")).isEmpty();
  }

  @Test
  void setoptOffersOnlyWhatCanBeSetAndGetoptOnlyWhatCanBeRead() {
    session.add("u", 3, Family.IPV4, Proto.UDP);
    assertThat(complete("setopt SO_|")).contains("SO_RCVBUF").doesNotContain("SO_TYPE", "SO_ERROR");
    assertThat(complete("getopt SO_|")).contains("SO_RCVBUF", "SO_TYPE", "SO_ERROR");
    assertThat(complete("getopt IP_|")).doesNotContain("IP_ADD_MEMBERSHIP");
  }

  @Test
  void leaveOffersWhatWasJoinedByWhomAndJoinTheFamilysGroup() {
    var u = session.add("u", 3, Family.IPV4, Proto.UDP);
    u.groups().add(new dev.sockshell.model.Group("235.7.8.9", "lo", null));
    assertThat(complete("leave |")).containsExactlyInAnyOrder("u", "235.7.8.9");
    assertThat(candidate("leave |", "235.7.8.9").descr()).isEqualTo("joined by u: 235.7.8.9 on lo");
    assertThat(complete("join |")).contains("235.7.8.9").doesNotContain("ff12::1:2:3:4");
    session.add("v6", 4, Family.IPV6, Proto.UDP);
    assertThat(complete("join |")).contains("ff12::1:2:3:4").doesNotContain("235.7.8.9");
    assertThat(complete("leave |")).containsExactlyInAnyOrder("u", "v6");
    assertThat(complete("leave u |")).contains("235.7.8.9");
  }

  @Test
  void completionSpeaksTheLanguageOfTheSession() {
    dev.sockshell.text.Text.lang(dev.sockshell.text.Text.Lang.KO);
    try {
      assertThat(candidate("|", "bind").group()).isEqualTo("명령");
      assertThat(candidate("setopt SO_LINGER on |", "10").group()).isEqualTo("초 (0 = 닫을 때 리셋)");
    } finally {
      dev.sockshell.text.Text.lang(dev.sockshell.text.Text.Lang.EN);
    }
  }

  @Test
  void setOffersBothSettingsAndTheLanguages() {
    assertThat(complete("set |")).contains("feedback", "lang");
    assertThat(complete("set lang |")).containsExactlyInAnyOrder("ko", "en");
    assertThat(complete("set feedback |")).contains("quiet", "normal", "verbose");
  }
}
