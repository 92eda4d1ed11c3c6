package dev.sockshell.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sockshell.command.Command;
import dev.sockshell.text.Text;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A line parsed again is not parsed again: its commands come from the thread's recent lines
 * (immutable, so sharing them is safe); a line that fails is parsed each time, in the language of
 * the moment.
 */
class ParserCacheTest {
  @AfterEach
  void english() {
    Text.lang(Text.Lang.EN);
  }

  @Test
  void aRepeatedLineGivesTheSameImmutableCommands() {
    List<Command> first = Parser.parse("getopt SO_RCVBUF");
    List<Command> again = Parser.parse("getopt SO_RCVBUF");
    assertThat(again).isSameAs(first);
    assertThat(Parser.parse("getopt SO_SNDBUF")).isNotSameAs(first).isNotEqualTo(first);
    assertThatThrownBy(() -> first.add(first.get(0)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aFailingLineIsParsedEachTimeInTheLanguageOfTheMoment() {
    Text.lang(Text.Lang.EN);
    String english = messageOf("setopt SO_RCVBUF");
    Text.lang(Text.Lang.KO);
    String korean = messageOf("setopt SO_RCVBUF");
    assertThat(korean).isNotEqualTo(english);
  }

  @Test
  void manyDifferentLinesDoNotGrowWithoutBound() {
    List<Command> first = Parser.parse("setopt SO_RCVBUF 1");
    for (int i = 2; i < 2000; i++) {
      Parser.parse("setopt SO_RCVBUF " + i);
    }
    // the first line was dropped long ago: parsed anew, equal but not the same object
    List<Command> later = Parser.parse("setopt SO_RCVBUF 1");
    assertThat(later).isEqualTo(first).isNotSameAs(first);
  }

  private static String messageOf(String line) {
    try {
      Parser.parse(line);
    } catch (RuntimeException e) {
      return e.getMessage();
    }
    throw new AssertionError(line + " parsed");
  }
}
