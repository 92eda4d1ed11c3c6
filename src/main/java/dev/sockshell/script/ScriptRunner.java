package dev.sockshell.script;

import dev.sockshell.command.Command;
import dev.sockshell.command.Expectation;
import dev.sockshell.error.SyntaxError;
import dev.sockshell.error.UsageError;
import dev.sockshell.event.Event;
import dev.sockshell.event.EventSink;
import dev.sockshell.interp.Interpreter;
import dev.sockshell.render.Renderer;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Runs a .sockscript (or -c text, or piped input) line by line in one session, showing what each
 * command produces. It stops at the first failure, unless the next command is an {@code expect
 * error} that accounts for it.
 */
public final class ScriptRunner {
  /** Where and how a script failed. */
  public record Failure(String file, int line, Event.Failure failure) {
    /** {@code FILE:LINE: message} ({@code FILE:LINE:COL:} when a column applies), hint after. */
    public String report(Renderer renderer) {
      int col = Renderer.column(failure.error());
      return file + ":" + line + ":" + (col > 0 ? col + ":" : "") + " " + renderer.render(failure);
    }
  }

  /**
   * The result of a run: a failure, or null with whether quit was asked; with keep-going, how many
   * lines failed (each already reported), and the failure is null.
   */
  public record Result(Failure failure, boolean quit, int commands, int failed) {
    Result(Failure failure, boolean quit, int commands) {
      this(failure, quit, commands, 0);
    }

    public boolean ok() {
      return failure == null;
    }
  }

  private record Item(int line, Command command, String text, boolean first) {}

  /** Called as a script runs, for players and lessons that show it as it goes. */
  public interface Hooks {
    /**
     * Before the first command of a line runs; {@code text} is the whole line. Returns false to
     * stop the script there (as if it had said quit).
     */
    default boolean line(int number, String text) {
      return true;
    }

    /** A narration line ("## …") was read. */
    default void narration(String text) {}

    /** Before each command runs. */
    default void command(Command c) {}

    Hooks NONE = new Hooks() {};
  }

  private final Interpreter interpreter;
  private final EventSink display;
  private final Hooks hooks;

  /** {@code display} receives everything the commands produce, except their failures. */
  public ScriptRunner(Interpreter interpreter, EventSink display) {
    this(interpreter, display, Hooks.NONE);
  }

  public ScriptRunner(Interpreter interpreter, EventSink display, Hooks hooks) {
    this.interpreter = interpreter;
    this.display = display;
    this.hooks = hooks;
  }

  private java.util.function.Consumer<Failure> keepGoing;

  /**
   * Goes on after a failing line, as the prompt does (the rest of that line is skipped), handing
   * each failure to {@code report}; the run then ends with the number of failed lines.
   */
  public ScriptRunner keepGoing(java.util.function.Consumer<Failure> report) {
    this.keepGoing = report;
    return this;
  }

  private java.util.function.BooleanSupplier stop = () -> false;

  private volatile boolean executing;

  /** Whether a command runs now (else the run reads its next line, or is over). */
  public boolean executing() {
    return executing;
  }

  /**
   * Ends the run after the command that is running when {@code stop} says so (Ctrl-C in a script
   * run, with --keep-going too): its failure (cancelled) is the run's.
   */
  public ScriptRunner stopWhen(java.util.function.BooleanSupplier stop) {
    this.stop = stop;
    return this;
  }

  public Result run(LineSource in) throws IOException {
    try (ParsedLines lines = ParsedLines.of(in)) {
      return run(in.name(), lines);
    }
  }

  private Result run(String name, ParsedLines in) throws IOException {
    Running running = new Running(name, in);
    Result done;
    do { // a loop this small: the work is a method, compiled after a few hundred commands
      done = running.step();
    } while (done == null);
    return done;
  }

  /** One run's state, a command at a time. */
  private final class Running {
    private final String name;
    private final ParsedLines in;
    private final Deque<Item> pending = new ArrayDeque<>();
    private int count;
    private int failures;

    Running(String name, ParsedLines in) {
      this.name = name;
      this.in = in;
    }

    /** Runs the next command; the result once the run is over, else null. */
    Result step() throws IOException {
      if (pending.isEmpty()) {
        Failure bad = fill(name, in, pending);
        if (bad != null) {
          if (keepGoing == null) {
            return new Result(bad, false, count);
          }
          keepGoing.accept(bad);
          failures++;
          return null;
        }
        if (pending.isEmpty()) {
          return new Result(null, false, count, failures);
        }
      }
      Item item = pending.poll();
      count++;
      if (item.first() && !hooks.line(item.line(), item.text())) {
        return new Result(null, true, count);
      }
      hooks.command(item.command());
      Event.Failure[] failed = {null};
      boolean[] quit = {false};
      executing = true;
      try {
        interpreter.execute(
            item.command(),
            e -> {
              switch (e) {
                case Event.Failure f -> failed[0] = f;
                case Event.Quit q -> quit[0] = true;
                default -> display.emit(e);
              }
            });
      } finally {
        executing = false;
      }
      if (quit[0]) {
        return new Result(null, true, count, failures);
      }
      if (stop.getAsBoolean()) {
        return new Result(
            new Failure(
                name,
                item.line(),
                failed[0] != null
                    ? failed[0]
                    : new Event.Failure(
                        new dev.sockshell.error.UsageError(
                            dev.sockshell.text.Text.get("cancelled")),
                        null)),
            false,
            count,
            failures);
      }
      if (failed[0] != null) {
        Failure after = null;
        if (pending.isEmpty()) {
          // An "expect error" on the next line may account for this failure.
          after = fill(name, in, pending);
          if (after != null) {
            pending.clear();
          }
        }
        if (!(pending.peek() != null
            && pending.peek().command() instanceof Command.Expect x
            && x.expectation() instanceof Expectation.ErrorIs)) {
          Failure failure = new Failure(name, item.line(), failed[0]);
          if (keepGoing == null) {
            return new Result(failure, false, count);
          }
          keepGoing.accept(failure);
          failures++;
          pending.removeIf(i -> i.line() == item.line()); // the rest of the line, as at the prompt
          if (after != null) {
            keepGoing.accept(after);
            failures++;
          }
          return null;
        }
        display.emit(failed[0]);
      }
      return null;
    }
  }

  /** Reads lines until one holds a command (or the input ends); returns a parse failure. */
  /**
   * A narration line waiting to be shown: a "## …" line may be followed by its Korean version "##ko
   * …", which is shown instead when sockshell speaks Korean.
   */
  private String narration;

  private void narrate() {
    if (narration != null) {
      hooks.narration(narration);
      narration = null;
    }
  }

  private Failure fill(String name, ParsedLines in, Deque<Item> out) throws IOException {
    while (true) {
      ParsedLines.Line read = in.next();
      if (read == null) {
        narrate();
        return null;
      }
      if (read.text() == null) {
        narrate();
        UsageError e = (UsageError) read.failure();
        return new Failure(name, read.number(), new Event.Failure(e, e.hint()));
      }
      String line = read.text();
      String stripped = read.narration() ? line.strip() : "";
      dev.sockshell.text.Text.Lang translated =
          stripped.startsWith("##")
              ? dev.sockshell.text.Text.Lang.ofLine(stripped.substring(2))
              : null;
      if (translated != null) {
        // a translation of the narration just before it: shown instead, in its language
        if (dev.sockshell.text.Text.lang() == translated) {
          narration = stripped.substring(2 + translated.code().length()).strip();
        }
        narrate();
        continue;
      }
      if (stripped.startsWith("##")) {
        narrate();
        narration = stripped.substring(2).strip();
        continue;
      }
      narrate();
      List<Command> commands;
      try {
        commands = read.commands();
      } catch (SyntaxError | UsageError e) {
        return new Failure(
            name, read.number(), new Event.Failure(e, e instanceof UsageError u ? u.hint() : null));
      }
      for (int i = 0; i < commands.size(); i++) {
        out.add(new Item(read.number(), commands.get(i), line, i == 0));
      }
      if (!commands.isEmpty()) {
        return null;
      }
    }
  }
}
