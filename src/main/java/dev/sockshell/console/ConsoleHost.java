package dev.sockshell.console;

import dev.sockshell.cexport.CFile;
import dev.sockshell.command.Command;
import dev.sockshell.error.UsageError;
import dev.sockshell.event.Event;
import dev.sockshell.event.EventSink;
import dev.sockshell.interp.Interpreter;
import dev.sockshell.lesson.Lessons;
import dev.sockshell.render.Renderer;
import dev.sockshell.run.Run;
import dev.sockshell.script.LineSource;
import dev.sockshell.script.ScriptHost;
import dev.sockshell.script.ScriptRunner;
import dev.sockshell.text.Text;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** At the prompt: source runs in the live session, record writes files, lessons are shown. */
final class ConsoleHost extends ScriptHost {
  private static final long LESSON_WAIT = 5_000_000;

  private final Recorder recorder;
  private final dev.sockshell.interp.Cancellation cancellation;
  private final EventSink display;
  private final Supplier<String> enter;
  private final int width;
  private final int height;

  /**
   * @param enter waits for Enter between lesson steps; returns what was typed ("q" stops)
   */
  ConsoleHost(
      Interpreter interpreter,
      EventSink display,
      Recorder recorder,
      Supplier<String> enter,
      int width,
      int height) {
    super(interpreter, display, Path.of("").toAbsolutePath());
    this.cancellation = interpreter.cancellation();
    this.recorder = recorder;
    this.display = display;
    this.enter = enter;
    this.width = width;
    this.height = height;
  }

  @Override
  public void record(Command.Record r, EventSink out) {
    boolean c = r.mode() == Command.RecordMode.C || r.mode() == Command.RecordMode.C_WINSOCK;
    String message;
    if (r.mode() == Command.RecordMode.STOP && cRecording != null) {
      CRecording rec = cRecording;
      cRecording = null;
      message = CFile.write(program.since(rec.mark()), rec.file(), rec.winsock(), rec.force());
    } else if (r.mode() == Command.RecordMode.STOP) {
      message = recorder.stop();
    } else if (cRecording != null || (c && recorder.active())) {
      throw new UsageError(Text.get("record.already"));
    } else if (c) {
      Path file = resolve(r.path());
      CFile.check(file, r.force());
      cRecording =
          new CRecording(file, r.mode() == Command.RecordMode.C_WINSOCK, r.force(), program.mark());
      message = Text.get("record.c", file);
    } else {
      message = recorder.start(r.mode(), resolve(r.path()), r.force(), width, height);
    }
    out.emit(new Event.Info(message));
  }

  /** A recording of C: where the program stood when it started; written at record stop. */
  private record CRecording(Path file, boolean winsock, boolean force, int mark) {}

  private CRecording cRecording;

  /**
   * Leaving the prompt with a C recording running writes it, as record stop would: a recording is
   * never lost by forgetting to stop it. Null when none runs; the line that says what was written
   * (or why not) otherwise.
   */
  String finishRecording() {
    if (cRecording == null) {
      return null;
    }
    CRecording rec = cRecording;
    cRecording = null;
    try {
      return CFile.write(program.since(rec.mark()), rec.file(), rec.winsock(), rec.force());
    } catch (UsageError e) {
      return e.getMessage();
    }
  }

  @Override
  public void lessons(EventSink out) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of(Text.get("table.lessons").split(",", -1)));
    for (Lessons.Lesson l : Lessons.all()) {
      rows.add(List.of(l.name(), l.title()));
    }
    out.emit(new Event.Table(rows));
    out.emit(new Event.Note(Text.get("lesson.how")));
  }

  /**
   * Runs a lesson in a session of its own, so it never clashes with the sockets at the prompt:
   * narration, then each command, then (unless --auto) a pause for Enter before it runs.
   */
  @Override
  public void lesson(Command.Lesson l, EventSink out) {
    Lessons.Lesson lesson = Lessons.get(l.name());
    Run run = new Run(Run.Config.lesson(cancellation, LESSON_WAIT));
    Interpreter own = run.interpreter();
    run.tap(program::accept);
    program.beginScope(lesson.name());
    out.emit(new Event.Info(Text.get("lesson.start", lesson.name(), lesson.title())));
    ScriptRunner.Hooks hooks =
        new ScriptRunner.Hooks() {
          @Override
          public void narration(String text) {
            display.emit(new Event.Help("  " + text));
          }

          @Override
          public boolean line(int number, String text) {
            display.emit(new Event.Info("  > " + text));
            return l.auto() || !enter.get().strip().equalsIgnoreCase("q");
          }
        };
    try {
      ScriptRunner.Result r =
          new ScriptRunner(own, display, hooks)
              .run(LineSource.of("lesson " + lesson.name(), lesson.text()));
      if (!r.ok()) {
        throw new UsageError(r.failure().report(new Renderer(false)));
      }
      out.emit(
          new Event.Info(
              r.quit() ? Text.get("lesson.stopped") : Text.get("lesson.done", lesson.name())));
    } catch (IOException e) {
      throw new UsageError(Text.get("lesson.start", lesson.name(), e.getMessage()));
    } finally {
      program.endScope();
      run.close();
    }
  }

  /** -i FILE: runs a script before the first prompt; a failure is shown, the prompt follows. */
  void runInit(Path file, EventSink out) {
    try {
      ScriptRunner.Result r = runFile(file);
      if (!r.ok()) {
        out.emit(new Event.Failure(new UsageError(r.failure().report(new Renderer(false))), null));
      }
    } catch (IOException e) {
      out.emit(
          new Event.Failure(
              new UsageError(Text.get("file.cannotRun", file, e.getMessage())), null));
    }
  }
}
