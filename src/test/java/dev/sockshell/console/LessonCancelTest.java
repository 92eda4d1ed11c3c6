package dev.sockshell.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sockshell.event.Event;
import dev.sockshell.interp.Interpreter;
import dev.sockshell.run.Run;
import dev.sockshell.script.Directives;
import dev.sockshell.syntax.Parser;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One Ctrl-C at the prompt reaches a lesson's own interpreter, even inside a time loop. */
@org.junit.jupiter.api.extension.ExtendWith(dev.sockshell.FixedPorts.class)
class LessonCancelTest {
  @Test
  void ctrlCStopsALessonAndATimeLoopOfLessons() {
    List<Event> shown = new CopyOnWriteArrayList<>();
    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    try (Run run =
        new Run(
            Run.Config.prompt()
                .hosted(r -> new Directives(r, shown::add, java.nio.file.Path.of("."), null)))) {
      Interpreter prompt = run.interpreter();
      for (String line : List.of("lesson rcvtimeo --auto", "time 20 { lesson rcvtimeo --auto }")) {
        prompt.cancellation().arm();
        List<Event> events = new CopyOnWriteArrayList<>();
        timer.schedule(prompt::cancel, 400, TimeUnit.MILLISECONDS);
        long start = System.nanoTime();
        for (var c : Parser.parse(line)) {
          prompt.execute(c, events::add);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(millis).as(line).isLessThan(2_000); // the lesson alone takes 3.5 s
        assertThat(events).as(line).anyMatch(e -> e instanceof Event.Failure);
        assertThat(events.toString() + shown).contains("cancelled (Ctrl-C)");
      }
    } finally {
      timer.shutdownNow();
    }
  }
}
