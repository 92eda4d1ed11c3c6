package dev.sockshell.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sockshell.model.Family;
import dev.sockshell.model.Proto;
import dev.sockshell.session.Session;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.junit.jupiter.api.Test;

/** Highlighting from the grammar's lexer, checked style by style. */
class SockHighlighterTest {
  private final Session session = new Session();
  private final SockHighlighter highlighter = new SockHighlighter(session);

  private static AttributedStyle at(AttributedString s, String line, String word) {
    return s.styleAt(line.indexOf(word));
  }

  @Test
  void wordsGetTheStyleOfTheirKind() {
    session.add("rx", 100, Family.IPV4, Proto.UDP);
    String line = "setopt rx SOL_SOCKET SO_RCVBUF 64k; send \"hi\" to 127.0.0.1:9000 # note";
    AttributedString s = highlighter.highlight(line);
    assertThat(s.toString()).isEqualTo(line);
    assertThat(at(s, line, "setopt")).isEqualTo(SockHighlighter.COMMAND);
    assertThat(at(s, line, "rx")).isEqualTo(SockHighlighter.SOCKET);
    assertThat(at(s, line, "SOL_SOCKET")).isEqualTo(SockHighlighter.OPTION);
    assertThat(at(s, line, "SO_RCVBUF")).isEqualTo(SockHighlighter.OPTION);
    assertThat(at(s, line, "64k")).isEqualTo(SockHighlighter.NUMBER);
    assertThat(at(s, line, "send")).isEqualTo(SockHighlighter.COMMAND);
    assertThat(at(s, line, "\"hi\"")).isEqualTo(SockHighlighter.STRING);
    assertThat(s.styleAt(line.indexOf(" to ") + 1)).isEqualTo(SockHighlighter.KEYWORD);
    assertThat(at(s, line, "127.0.0.1")).isEqualTo(SockHighlighter.ADDRESS);
    assertThat(at(s, line, "# note")).isEqualTo(SockHighlighter.COMMENT);
  }

  @Test
  void theBadWordIsRedOnceTheUserMovesOn() {
    String line = "setopt SO_BRODCAST 1";
    AttributedString s = highlighter.highlight(line);
    assertThat(at(s, line, "SO_BRODCAST")).isEqualTo(SockHighlighter.ERROR);
    assertThat(s.styleAt(line.indexOf("SO_BRODCAST") + 10)).isEqualTo(SockHighlighter.ERROR);
    assertThat(at(s, line, "1")).isEqualTo(SockHighlighter.NUMBER);
    String wrongKeyword = "open udpp ";
    assertThat(at(highlighter.highlight(wrongKeyword), wrongKeyword, "udpp"))
        .isEqualTo(SockHighlighter.ERROR);
  }

  @Test
  void aWordStillBeingTypedIsNotAnError() {
    String typing = "open ud";
    assertThat(at(highlighter.highlight(typing), typing, "ud")).isNotEqualTo(SockHighlighter.ERROR);
    String incomplete = "bind s1 ";
    assertThat(highlighter.highlight(incomplete).styleAt(0)).isEqualTo(SockHighlighter.COMMAND);
    assertThat(highlighter.highlight("open udp ~").styleAt(9)).isEqualTo(SockHighlighter.ERROR);
  }

  /** Issue 21: the highlighter's own keyword range stopped at 'both': these were never coloured. */
  @Test
  void everyKeywordOfTheGrammarIsHighlighted() {
    String line = "lab up pair; open udp in h1; recv s1 errqueue; watch s1 echo";
    AttributedString s = highlighter.highlight(line);
    assertThat(at(s, line, "lab")).isEqualTo(SockHighlighter.COMMAND);
    assertThat(s.styleAt(line.indexOf(" in ") + 1)).isEqualTo(SockHighlighter.KEYWORD);
    assertThat(at(s, line, "errqueue")).isEqualTo(SockHighlighter.KEYWORD);
    assertThat(at(s, line, "echo")).isEqualTo(SockHighlighter.KEYWORD);
  }
}
