package dev.sockshell.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Lines break at spaces, never inside a word, and keep their layout. */
class WrapTest {
  @Test
  void koreanBreaksBetweenWordsNotInsideThem() {
    List<String> lines = Wrap.line("스크립트를 한 줄씩 읽는다. 파이프도 그렇게 계속한다.", 20);
    assertThat(lines).allMatch(l -> Width.of(l) <= 20);
    assertThat(String.join(" ", lines)).isEqualTo("스크립트를 한 줄씩 읽는다. 파이프도 그렇게 계속한다.");
    assertThat(lines).noneMatch(l -> l.endsWith("읽는") || l.startsWith("다."));
  }

  @Test
  void aHelpRowContinuesUnderItsLastColumn() {
    List<String> lines =
        Wrap.line("  setopt [SOCK] OPTION VALUE    setsockopt(), then getsockopt() to show it", 50);
    assertThat(lines.get(0)).startsWith("  setopt [SOCK] OPTION VALUE    setsockopt(),");
    int col = "  setopt [SOCK] OPTION VALUE    ".length();
    for (String l : lines.subList(1, lines.size())) {
      assertThat(l).startsWith(" ".repeat(col)).doesNotStartWith(" ".repeat(col + 1));
    }
    assertThat(lines).allMatch(l -> Width.of(l) <= 50);
  }

  @Test
  void aWordWiderThanTheLineIsCutOnlyThenAndColourCodesTakeNoRoom() {
    assertThat(Wrap.line("x WSAETIMEDOUT_AND_SOME_MORE y", 10)).allMatch(l -> Width.of(l) <= 10);
    String red = "\u001b[31mred words that go on\u001b[0m";
    assertThat(Wrap.cells(red)).isEqualTo(20);
    assertThat(Wrap.line(red, 20)).containsExactly(red);
  }

  @Test
  void shortLinesAndNoWidthAreLeftAlone() {
    assertThat(Wrap.fit("a b c\n  d", 80)).isEqualTo("a b c\n  d");
    assertThat(Wrap.fit("a ".repeat(100), 0)).isEqualTo("a ".repeat(100));
  }
}
