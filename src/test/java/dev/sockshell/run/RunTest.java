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
    try (Run run = new Run(Run.Config.script(1_000_000L).with(() -> fake));
        Run.Foreground shown = run.foreground(events::add)) {
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
    try (Run run =
        new Run(
            Run.Config.script(250_000L)
                .with(() -> fake)
                .hosted(
                    r ->
                        new dev.sockshell.script.Directives(
                            r, events::add, java.nio.file.Path.of("."), null)))) {
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

  /** Issue 21: the language is the run's, not the process's: two runs, two languages. */
  @Test
  void twoRunsInOneJvmSpeakTheirOwnLanguages() {
    dev.sockshell.text.Text.Lang before = dev.sockshell.text.Text.lang();
    try (Run ko = new Run(Run.Config.script(250_000L).speaking(dev.sockshell.text.Text.Lang.KO));
        Run en = new Run(Run.Config.script(250_000L).speaking(dev.sockshell.text.Text.Lang.EN))) {
      assertThat(ko.language()).isEqualTo(dev.sockshell.text.Text.Lang.KO);
      assertThat(en.language()).isEqualTo(dev.sockshell.text.Text.Lang.EN);
      Event.Failure inKo = failure(ko, "recv");
      Event.Failure inEn = failure(en, "recv");
      // the same fact: a key and its arguments, worded by whoever shows it
      assertThat(((dev.sockshell.error.UsageError) inKo.error()).said())
          .isEqualTo(((dev.sockshell.error.UsageError) inEn.error()).said());
      String koWords = shownIn(ko, inKo);
      String enWords = shownIn(en, inEn);
      assertThat(enWords).contains("no socket");
      assertThat(koWords).isNotEqualTo(enWords).doesNotContain("no socket");
      // a C type's refusal is a fact too: a key and its arguments, the same in both runs
      Event.Failure typeKo = failure(ko, "open udp; setopt SO_LINGER on");
      Event.Failure typeEn = failure(en, "open udp; setopt SO_LINGER on");
      assertThat(((dev.sockshell.error.UsageError) typeKo.error()).said())
          .isInstanceOf(dev.sockshell.text.Words.Message.class)
          .isEqualTo(((dev.sockshell.error.UsageError) typeEn.error()).said());
      assertThat(shownIn(ko, typeKo)).isNotEqualTo(shownIn(en, typeEn));
      // set lang changes the run that ran it, not the other
      for (Command c : Parser.parse("set lang en")) {
        assertThat(ko.interpreter().execute(c, e -> {})).isTrue();
      }
      for (Command c : Parser.parse("set lang ko")) {
        assertThat(en.interpreter().execute(c, e -> {})).isTrue();
      }
      assertThat(ko.language()).isEqualTo(dev.sockshell.text.Text.Lang.EN);
      assertThat(en.language()).isEqualTo(dev.sockshell.text.Text.Lang.KO);
    } finally {
      dev.sockshell.text.Text.lang(before);
    }
  }

  private static Event.Failure failure(Run run, String line) {
    List<Event> events = new ArrayList<>();
    for (Command c : Parser.parse(line)) {
      run.interpreter().execute(c, events::add);
    }
    return (Event.Failure) events.getLast();
  }

  private static String shownIn(Run run, Event e) {
    return dev.sockshell.text.Text.in(
        run.language(), () -> new dev.sockshell.render.Renderer(false).render(e));
  }
}
