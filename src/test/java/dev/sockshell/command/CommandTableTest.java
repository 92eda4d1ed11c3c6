package dev.sockshell.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sockshell.syntax.Parser;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The command table names every command record once, and recordings ask it by record type. */
class CommandTableTest {
  @Test
  void everyCommandRecordHasOneEntry() {
    Set<Class<?>> records =
        Arrays.stream(Command.class.getPermittedSubclasses())
            .flatMap(
                c -> c.isInterface() ? Arrays.stream(c.getPermittedSubclasses()) : Stream.of(c))
            .collect(Collectors.toSet());
    assertThat(records).contains(Command.Source.class).doesNotContain(Command.Directive.class);
    Set<Class<?>> listed =
        CommandTable.ALL.stream().flatMap(e -> e.types().stream()).collect(Collectors.toSet());
    assertThat(listed).isEqualTo(records);
    assertThat(CommandTable.ALL.stream().flatMap(e -> e.types().stream()).count())
        .as("no record in two entries")
        .isEqualTo(records.size());
  }

  @Test
  void replayableIsDecidedByTheRecordNotByTheFirstWord() {
    assertThat(CommandTable.of(Parser.parse("setopt SO_RCVBUF 64k").get(0)).replayable()).isTrue();
    assertThat(CommandTable.of(Parser.parse("set lang ko").get(0)).name()).isEqualTo("set");
    assertThat(CommandTable.of(Parser.parse("exit").get(0)).name()).isEqualTo("quit");
    for (String notKept : new String[] {"ls", "help bind", "record stop", "lessons", "quit"}) {
      assertThat(CommandTable.of(Parser.parse(notKept).get(0)).replayable()).as(notKept).isFalse();
    }
    assertThat(Arrays.stream(new String[] {"open udp", "sleep 1ms", "time { ls }"}))
        .allMatch(l -> CommandTable.of(Parser.parse(l).get(0)).replayable());
  }
}
