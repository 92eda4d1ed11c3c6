package dev.sockshell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sockshell.command.Command;
import dev.sockshell.command.SockRef;
import dev.sockshell.event.Event;
import dev.sockshell.interp.Interpreter;
import dev.sockshell.run.Run;
import dev.sockshell.session.SessionSocket;
import dev.sockshell.syntax.Parser;
import java.util.ArrayList;
import java.util.List;

/** A real session on real sockets for tests: run lines, collect the events they produce. */
public final class Shell implements AutoCloseable {
  private final Run run;
  private final Interpreter interpreter;

  public Shell() {
    this(Run.Config.prompt());
  }

  /** A session on other sockets: a fake, for what must reach no kernel at all. */
  public Shell(dev.sockshell.posix.Sockets sockets) {
    this(Run.Config.prompt().with(() -> sockets));
  }

  /** A session made as {@code config} says (a sandbox, a language, a host). */
  public Shell(Run.Config config) {
    run = new Run(config);
    interpreter = run.interpreter();
  }

  /** What watched sockets receive goes to {@code sink} (through the run's bounded queue). */
  public Run.Foreground watchTo(dev.sockshell.event.EventSink sink) {
    return run.foreground(sink);
  }

  /**
   * Holds once {@code check} passes, trying for up to five seconds: what watched sockets receive
   * reaches {@link #watchTo}'s sink through the run's queue, a moment after the kernel had it.
   */
  public static void eventually(Runnable check) {
    long end = System.nanoTime() + 5_000_000_000L;
    while (true) {
      try {
        check.run();
        return;
      } catch (AssertionError e) {
        if (System.nanoTime() > end) {
          throw e;
        }
        Thread.onSpinWait();
        try {
          Thread.sleep(10);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }

  /** Runs a line and returns every event; failures are returned, not thrown. */
  public List<Event> run(String line) {
    List<Event> events = new ArrayList<>();
    interpreter.cancellation().arm(); // as the console does before each line
    for (Command c : Parser.parse(line)) {
      if (!interpreter.execute(c, events::add)) {
        break;
      }
    }
    return events;
  }

  /** Runs a line that must succeed, and returns its events. */
  public List<Event> ok(String line) {
    List<Event> events = run(line);
    assertThat(events).as("events of '%s'", line).noneMatch(e -> e instanceof Event.Failure);
    return events;
  }

  /** Runs a line that must fail, and returns the failure. */
  public Event.Failure fails(String line) {
    List<Event> events = run(line);
    return events.stream()
        .filter(e -> e instanceof Event.Failure)
        .map(e -> (Event.Failure) e)
        .findFirst()
        .orElseThrow(() -> new AssertionError("'" + line + "' did not fail: " + events));
  }

  /** The value part of the last OptionValue a getopt/setopt line produced. */
  public String value(String line) {
    return optionValue(line).value();
  }

  public Event.OptionValue optionValue(String line) {
    return ok(line).stream()
        .filter(e -> e instanceof Event.OptionValue)
        .map(e -> (Event.OptionValue) e)
        .reduce((a, b) -> b)
        .orElseThrow(() -> new AssertionError("no option value from '" + line + "'"));
  }

  /** Whether {@code e} is a note of the message {@code key}. */
  public static boolean noted(Event e, String key) {
    return e instanceof Event.Note n
        && n.said() instanceof dev.sockshell.text.Words.Message m
        && m.key().equals(key);
  }

  /** The first event of a kind among {@code events}. */
  public static <T extends Event> T first(List<Event> events, Class<T> kind) {
    return events.stream()
        .filter(kind::isInstance)
        .map(kind::cast)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + kind.getSimpleName() + " in " + events));
  }

  public Event.Received received(String line) {
    return ok(line).stream()
        .filter(e -> e instanceof Event.Received)
        .map(e -> (Event.Received) e)
        .findFirst()
        .orElseThrow(() -> new AssertionError("nothing received by '" + line + "'"));
  }

  public SessionSocket socket(String label) {
    return interpreter.session().resolve(new SockRef(label, 0));
  }

  public int port(String label) {
    return socket(label).local().port();
  }

  public Interpreter interpreter() {
    return interpreter;
  }

  @Override
  public void close() {
    run.close();
  }
}
