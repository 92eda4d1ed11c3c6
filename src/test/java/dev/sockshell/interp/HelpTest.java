package dev.sockshell.interp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sockshell.Shell;
import dev.sockshell.catalogue.OptionCatalogue;
import dev.sockshell.catalogue.SockOption;
import dev.sockshell.command.CommandTable;
import dev.sockshell.event.Event;
import org.junit.jupiter.api.Test;

/** help: the map, every command's page, every option's page with this kernel's default. */
class HelpTest {

  private static String help(Shell sh, String topic) {
    return sh.ok("help " + topic).stream()
        .filter(e -> e instanceof Event.Help)
        .map(e -> ((Event.Help) e).text())
        .findFirst()
        .orElseThrow();
  }

  @Test
  void everyCommandHasAPageThatStartsWithItsSyntax() {
    try (Shell sh = new Shell()) {
      for (CommandTable.Entry e : CommandTable.ALL) {
        String page = help(sh, e.name());
        assertThat(page).as(e.name()).startsWith(e.name().equals("exit") ? "quit" : e.name());
        assertThat(e.syntax()).isEqualTo(page.lines().findFirst().orElseThrow());
      }
      String map = sh.ok("help").stream().map(Object::toString).reduce("", String::concat);
      for (CommandTable.Entry e : CommandTable.ALL) {
        assertThat(map).as("the map names " + e.name()).contains(e.name());
      }
    }
  }

  @Test
  void everyOptionHasAPageWithItsCTypeAndTheKernelsDefault() {
    try (Shell sh = new Shell()) {
      for (SockOption o : OptionCatalogue.get().all()) {
        String page = help(sh, o.name());
        assertThat(page).startsWith(o.name() + " \u2014 ").contains(o.type().cName());
        if (o.canGet()) {
          assertThat(page).as(o.name()).contains("  default: ");
        }
      }
      assertThat(help(sh, "SO_RCVBUF")).contains("Linux:").contains("Windows:").contains("doubles");
      assertThat(help(sh, "SO_RCVTIMEO")).contains("a DWORD of milliseconds");
      assertThat(help(sh, "SO_REUSEPORT"))
          .contains("Windows: Windows has no SO_REUSEPORT")
          .contains("Windows: Winsock has no SO_REUSEPORT (see above)");
      assertThat(help(sh, "IP_MULTICAST_IF"))
          .contains("Windows: IPPROTO_IP IP_MULTICAST_IF (0, 9)");
    }
  }

  @Test
  void unknownTopicsSuggest() {
    try (Shell sh = new Shell()) {
      assertThat(help(sh, "SO_LINGR")).isEqualTo("no help for 'SO_LINGR'; did you mean SO_LINGER?");
    }
  }

  /** Issue 22: help set encoding (a command and its word) was a parse error. */
  @Test
  void aCommandsWordAfterItsNameStillFindsItsPage() {
    try (Shell sh = new Shell()) {
      assertThat(help(sh, "set encoding")).isEqualTo(help(sh, "set")).contains("set encoding");
      assertThat(help(sh, "bench rr")).isEqualTo(help(sh, "bench"));
      assertThat(help(sh, "lab up")).isEqualTo(help(sh, "lab"));
    }
  }
}
