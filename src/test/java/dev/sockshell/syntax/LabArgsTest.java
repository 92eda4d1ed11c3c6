package dev.sockshell.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sockshell.command.Command;
import dev.sockshell.error.UsageError;
import org.junit.jupiter.api.Test;

/** lab's words: what they mean, and one clear line for what they cannot. */
class LabArgsTest {
  private static Command.Lab lab(String line) {
    return (Command.Lab) Parser.parse(line).getFirst();
  }

  @Test
  void theFormsOfLab() {
    assertThat(lab("lab")).isEqualTo(new Command.Lab(Command.LabAction.SHOW, null));
    assertThat(lab("lab up")).isEqualTo(new Command.Lab(Command.LabAction.UP, null));
    assertThat(lab("lab up pair")).isEqualTo(new Command.Lab(Command.LabAction.UP, "pair"));
    assertThat(lab("lab down").action()).isEqualTo(Command.LabAction.DOWN);
    Command.Lab m = lab("lab mroute ff15::1:2:3:4 from h1");
    assertThat(m.action()).isEqualTo(Command.LabAction.MROUTE);
    assertThat(m.group().text()).isEqualTo("ff15::1:2:3:4");
    assertThat(m.from()).isEqualTo("h1");
    Command.Open o = (Command.Open) Parser.parse("open udp ipv6 in h2 as rx").getFirst();
    assertThat(o.host()).isEqualTo("h2");
    assertThat(o.name()).isEqualTo("rx");
  }

  @Test
  void wrongWordsSayWhatLabTakes() {
    assertThatThrownBy(() -> Parser.parse("lab sideways"))
        .isInstanceOf(UsageError.class)
        .hasMessage("lab takes up [TOPOLOGY], down or mroute GROUP from HOST, not sideways");
    assertThatThrownBy(() -> Parser.parse("lab down now"))
        .hasMessage("lab takes up [TOPOLOGY], down or mroute GROUP from HOST, not now");
    assertThatThrownBy(() -> Parser.parse("lab mroute 235.7.8.9 h1"))
        .hasMessage("lab mroute takes a group and a source host: lab mroute 235.7.8.9 from h1");
    assertThatThrownBy(() -> Parser.parse("lab up pair extra")).isInstanceOf(UsageError.class);
    assertThatThrownBy(() -> Parser.parse("open udp in; ls"))
        .hasMessageContaining("expected a lab host");
  }
}
