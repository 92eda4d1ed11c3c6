package dev.sockshell.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sockshell.run.Run;
import org.junit.jupiter.api.Test;

/** The status lines and tail tip shown while typing, with the cursor marked by '|'. */
class TipsTest {
  private final Tips tips = new Tips(new Run(Run.Config.prompt()).interpreter().defaults());

  private Tips.Tip tip(String lineWithCursor) {
    int cursor = lineWithCursor.indexOf('|');
    return tips.describe(lineWithCursor.replace("|", ""), cursor);
  }

  @Test
  void emptyLineListsTheCommands() {
    assertThat(tip("|").status()).singleElement().asString().startsWith("commands: open use bind");
  }

  @Test
  void theSyntaxOfTheCommandBeingTyped() {
    assertThat(tip("bind |").status()).containsExactly("bind [SOCK] ADDR PORT");
    assertThat(tip("bind |").tailTip()).isEqualTo("SOCK|ADDR|any");
    assertThat(tip("shutdown s1 |").tailTip()).isEqualTo("rd|wr|both");
    assertThat(tip("bind |").tailTip()).doesNotContain("PORT");
    assertThat(tip("open udp; listen |").status()).containsExactly("listen [SOCK] [BACKLOG]");
  }

  @Test
  void theOptionUnderTheCursorWithItsCTypeAndTheKernelsDefault() {
    Tips.Tip t = tip("setopt SO_RCV|BUF 100000");
    assertThat(t.status()).hasSize(2);
    assertThat(t.status().get(0)).isEqualTo("setopt [SOCK] [LEVEL] OPTION VALUE");
    assertThat(t.status().get(1))
        .startsWith("SO_RCVBUF: int, get/set; value NUMBER")
        .containsPattern("default udp4 \\d+, tcp4 \\d+");
    assertThat(tip("setopt SO_LINGER |").tailTip()).isEqualTo("on SECONDS | off");
    assertThat(tip("getopt |").tailTip()).isEqualTo("[SOCK] [LEVEL] OPTION|all");
    assertThat(tip("setopt IP_ADD_MEMBERSHIP |").status().get(1))
        .isEqualTo(
            "IP_ADD_MEMBERSHIP: struct ip_mreq, set only; value GROUP [INTERFACE-ADDRESS |"
                + " INTERFACE | INDEX]");
  }

  @Test
  void unknownCommandSuggests() {
    assertThat(tip("opne |").status())
        .containsExactly("unknown command 'opne': did you mean open?");
  }
}
