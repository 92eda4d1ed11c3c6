package dev.sockshell.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sockshell.FakeSockets;
import dev.sockshell.command.Command;
import dev.sockshell.event.Event;
import dev.sockshell.syntax.Parser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A run is put together in one place and gives back, on close, every descriptor it opened. */
class RunTest {
  @Test
  void closeGivesBackEverySocketAndTheWakeUpDescriptor() {
    FakeSockets fake = new FakeSockets();
    List<Event> events = new ArrayList<>();
    try (Run run = new Run(Run.Config.script(1_000_000L).with(() -> fake))) {
      run.background(events::add);
      for (Command c : Parser.parse("open udp; bind 127.0.0.1 0; open tcp as t; open udp ipv6")) {
        assertThat(run.interpreter().execute(c, events::add)).isTrue();
      }
      // three sockets and the wake-up eventfd of Ctrl-C
      assertThat(fake.open()).hasSize(4);
      assertThat(run.session().all()).hasSize(3);
    }
    assertThat(fake.open()).isEmpty();
  }

  @Test
  void theConfigurationIsTheRunsFromTheStart() {
    FakeSockets fake = new FakeSockets();
    try (Run script = new Run(Run.Config.script(250_000L).with(() -> fake))) {
      List<Event> events = new ArrayList<>();
      for (Command c : Parser.parse("open udp; recv")) {
        script.interpreter().execute(c, events::add);
      }
      // a script's recv names no timeout: it waits the run's 0.25 s, then says so
      assertThat(events.getLast()).isInstanceOf(Event.Failure.class);
      assertThat(((Event.Failure) events.getLast()).error().getMessage())
          .isEqualTo("recv: nothing within 0.25 s");
    }
  }

  /** Issue 21: a run on fakes once started its lessons on real sockets. */
  @Test
  void aLessonRunsOnTheSocketsOfTheRunItIsNestedIn() {
    FakeSockets fake = new FakeSockets();
    List<Event> events = new ArrayList<>();
    try (Run run = new Run(Run.Config.script(250_000L).with(() -> fake))) {
      run.host(
          i ->
              new dev.sockshell.script.Directives(
                  i, events::add, java.nio.file.Path.of("."), null));
      for (Command c : Parser.parse("lesson reuseaddr --auto")) {
        run.interpreter().execute(c, events::add);
      }
    }
    assertThat(fake.reached()).as("the lesson's binds, made on the fakes").isNotEmpty();
  }

  /** The version the banner and --version show is the pom's (not "unknown"). */
  @Test
  void theVersionIsThePoms() {
    org.assertj.core.api.Assertions.assertThat(Version.VERSION).matches("\\d+\\.\\d+\\.\\d+.*");
  }
}
