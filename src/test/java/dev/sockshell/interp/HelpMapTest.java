package dev.sockshell.interp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sockshell.help.HelpPages;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The command map's second column starts at one place on every line. */
class HelpMapTest {
  @Test
  void theCommandMapIsAligned() {
    String map = HelpPages.page(null, null);
    List<String> rows = map.lines().filter(l -> l.startsWith("  ")).toList();
    assertThat(rows).hasSizeGreaterThan(20);
    int column = rows.getFirst().indexOf("socket():");
    assertThat(column).isPositive();
    for (String row : rows) {
      assertThat(row.charAt(column - 1)).as(row).isEqualTo(' ');
      assertThat(row.charAt(column - 2)).as(row).isEqualTo(' ');
      assertThat(row.charAt(column)).as(row).isNotEqualTo(' ');
    }
    assertThat(map).contains("leave a group joined with join").doesNotContain("\t");
  }
}
