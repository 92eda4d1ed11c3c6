package dev.sockshell.script;

import dev.sockshell.cexport.CFile;
import dev.sockshell.cexport.CProgram;
import dev.sockshell.command.Command;
import dev.sockshell.command.Command.RecordMode;
import dev.sockshell.error.UsageError;
import dev.sockshell.event.Event;
import dev.sockshell.event.EventSink;
import dev.sockshell.interp.Host;
import dev.sockshell.interp.Interpreter;
import dev.sockshell.lesson.Lessons;
import dev.sockshell.machine.Doctor;
import dev.sockshell.machine.Feature;
import dev.sockshell.machine.Needs;
import dev.sockshell.render.Renderer;
import dev.sockshell.run.Run;
import dev.sockshell.text.Text;
import dev.sockshell.text.Words;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The directives, carried out by the front end that runs the lines, the same way at the prompt, in
 * a script, in {@code -c} and in {@code check}: {@code source} runs a file in the live session
 * (paths are relative to the script that names them), {@code export c} and {@code record FILE.c}
 * write the session's calls as C, {@code lessons} lists and {@code lesson} runs a lesson in a
 * session of its own. What only a terminal can do (recording a cast or a transcript, pausing for
 * Enter between a lesson's steps) comes from the {@link Prompt}; without one, recordings other than
 * C are refused and lessons run without pauses.
 */
public final class Directives implements Host {
  private static final int MAX_DEPTH = 16;
  private static final long LESSON_WAIT = 5_000_000;

  /** What the prompt adds: a terminal to record and a key to wait for. */
  public interface Prompt {
    /** Starts a script, transcript or cast recording; returns the line that says so. */
    String startRecording(RecordMode mode, Path file, boolean force);

    boolean recording();

    /** Stops it; returns the line that says what was written (or that none ran). */
    String stopRecording();

    /** Waits for a key between a lesson's steps; returns "q" to stop the lesson. */
    String pause();

    /** The terminal, for doctor. */
    Doctor.Terminal terminal();
  }

  private final Run owner;
  private final Interpreter interpreter;
  private final EventSink tap;
  private final EventSink display;
  private final Prompt prompt;
  private final Deque<Path> dirs = new ArrayDeque<>();

  /** Everything the session did, for export c. */
  private final CProgram program = new CProgram();

  /** A recording of C: where the program stood when it started; written at record stop. */
  private record CRecording(Path file, boolean winsock, boolean force, int mark) {}

  private CRecording cRecording;

  /**
   * @param display where a sourced file's and a lesson's lines are shown as they run
   * @param baseDir what relative paths are relative to
   * @param prompt the terminal's part, or null where there is none
   */
  public Directives(Run owner, EventSink display, Path baseDir, Prompt prompt) {
    this.owner = owner;
    this.interpreter = owner.interpreter();
    this.tap = program::accept;
    this.display = display;
    this.prompt = prompt;
    dirs.push(baseDir);
    if (owner.sandboxed()) {
      confine(baseDir);
    }
  }

  /** The C export listens to every foreground event of the run. */
  @Override
  public EventSink tap() {
    return tap;
  }

  private Path confinedTo;

  /**
   * A graded script's directives (check --sandbox): no record, no export, and source only of files
   * below {@code dir}, by a relative path without "..", symbolic links included.
   */
  private void confine(Path dir) {
    confinedTo = dir.toAbsolutePath().normalize();
  }

  @Override
  public void carryOut(Command.Directive d, EventSink out) {
    if (confinedTo != null) {
      dev.sockshell.sandbox.Sandbox.checkDirective(d, confinedTo, this::resolve);
    }
    switch (d) {
      case Command.Source s -> source(s.path());
      case Command.Record r -> out.emit(new Event.Info(Words.literal(record(r))));
      case Command.Export e ->
          out.emit(
              new Event.Info(
                  Words.literal(CFile.write(program, resolve(e.path()), e.winsock(), e.force()))));
      case Command.Lessons l -> lessons(out);
      case Command.Lesson l -> lesson(l, out);
      case Command.Doctor x -> doctor(out);
    }
  }

  /** Runs a file in this session; returns the result (the caller reports a failure). */
  public ScriptRunner.Result runFile(Path file) throws IOException {
    if (dirs.size() > MAX_DEPTH) {
      throw new UsageError(Text.get("source.deep", String.valueOf(MAX_DEPTH)));
    }
    Path abs = file.toAbsolutePath();
    dirs.push(abs.getParent() == null ? Path.of(".") : abs.getParent());
    try (LineSource in = LineSource.open(file)) {
      return new ScriptRunner(interpreter, display).run(in);
    } finally {
      dirs.pop();
    }
  }

  public Path resolve(String path) {
    Path p =
        Path.of(path.startsWith("~/") ? System.getProperty("user.home") + path.substring(1) : path);
    return p.isAbsolute() ? p : dirs.peek().resolve(p).normalize();
  }

  private void source(String path) {
    Path file = resolve(path);
    ScriptRunner.Result r;
    try {
      r = runFile(file);
    } catch (IOException e) {
      throw new UsageError(Text.get("file.cannotRead", file, e.getMessage()));
    }
    if (!r.ok()) {
      throw new UsageError(r.failure().report(new Renderer(false)));
    }
  }

  private String record(Command.Record r) {
    boolean c = r.mode() == RecordMode.C || r.mode() == RecordMode.C_WINSOCK;
    if (r.mode() == RecordMode.STOP && cRecording != null) {
      return finishRecording();
    } else if (r.mode() == RecordMode.STOP) {
      if (prompt == null) {
        throw new UsageError(Text.get("record.not"));
      }
      return prompt.stopRecording();
    } else if (cRecording != null) {
      throw new UsageError(Text.get("record.already"));
    } else if (c) {
      Path file = resolve(r.path());
      CFile.check(file, r.force());
      if (prompt != null && prompt.recording()) {
        // one recording at a time: beside a cast or a transcript, C is refused, not doubled
        throw new UsageError(Text.get("record.already"));
      }
      cRecording =
          new CRecording(file, r.mode() == RecordMode.C_WINSOCK, r.force(), program.mark());
      return Text.get("record.c", file);
    } else if (prompt == null) {
      throw new UsageError(Text.get("record.promptOnly"));
    }
    return prompt.startRecording(r.mode(), resolve(r.path()), r.force());
  }

  /**
   * Writes a running C recording, as record stop would: leaving the prompt or the end of a script
   * never loses one. Null when none runs; the line that says what was written (or why not).
   */
  public String finishRecording() {
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

  /** doctor: the machine's table, then where to read more. */
  private void doctor(EventSink out) {
    out.emit(Event.Table.literal(Doctor.rows(prompt == null ? null : prompt.terminal())));
    out.emit(new Event.Note(Words.of("doctor.after")));
  }

  /** lessons: each with what it shows and what it needs, and whether this machine has it. */
  private void lessons(EventSink out) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of(Text.get("table.lessons").split(",", -1)));
    for (Lessons.Lesson l : Lessons.all()) {
      rows.add(List.of(l.name(), l.title(), needs(l), here(l)));
    }
    out.emit(Event.Table.literal(rows));
    out.emit(new Event.Note(Words.of(prompt == null ? "lesson.howHere" : "lesson.how")));
  }

  /** What a lesson needs beyond loopback: the lab (root), multicast routing; "-" for nothing. */
  private static String needs(Lessons.Lesson l) {
    List<String> words = new ArrayList<>();
    var needs = l.needs();
    if (needs.contains(Feature.ROOT)) {
      words.add(Text.get("lesson.need.lab"));
    }
    for (Feature f : needs) {
      if (f != Feature.ROOT && f != Feature.IP && f != Feature.SYSCTL) {
        words.add(Text.get("doctor.feature." + f.word()));
      }
    }
    return words.isEmpty() ? "-" : String.join(", ", words);
  }

  /** Whether it runs here: whole, its loopback part, or not (with what is missing). */
  private static String here(Lessons.Lesson l) {
    return switch (l.reach()) {
      case WHOLE -> Text.get("lesson.here.whole");
      case LOOPBACK_PART -> Text.get("lesson.here.part", Needs.why(l.lacks()));
      case NONE -> Text.get("lesson.here.none", Needs.why(l.lacks()));
    };
  }

  /**
   * Runs a lesson in a session of its own, so it never clashes with the sockets already open:
   * narration, then each command, then (at the prompt, unless --auto) a pause before it runs.
   */
  private void lesson(Command.Lesson l, EventSink out) {
    Lessons.Lesson lesson = Lessons.get(l.name());
    Lessons.Reach reach = lesson.reach();
    if (reach == Lessons.Reach.NONE) {
      throw new UsageError(
          Words.of("lesson.needs", Needs.why(lesson.lacks()), lesson.name()),
          0,
          Words.of("lesson.needsHint"),
          true);
    }
    String text = lesson.textHere();
    boolean pauses = prompt != null && !l.auto();
    Run run = new Run(Run.Config.nested(owner, LESSON_WAIT));
    program.beginScope(lesson.name());
    out.emit(new Event.Info(Words.of("lesson.start", lesson.name(), lesson.title())));
    ScriptRunner.Hooks hooks =
        new ScriptRunner.Hooks() {
          @Override
          public void narration(String text) {
            display.emit(new Event.Help(Words.literal("  " + text)));
          }

          @Override
          public boolean line(int number, String text) {
            display.emit(new Event.Info(Words.literal("  > " + text)));
            return !pauses || !prompt.pause().strip().equalsIgnoreCase("q");
          }
        };
    try {
      ScriptRunner.Result r =
          new ScriptRunner(run.interpreter(), display, hooks)
              .run(LineSource.of("lesson " + lesson.name(), text));
      if (!r.ok()) {
        throw new UsageError(r.failure().report(new Renderer(false)));
      }
      if (reach == Lessons.Reach.LOOPBACK_PART && !r.quit()) {
        out.emit(new Event.Note(Words.of("lesson.restNeeds", Needs.why(lesson.lacks()))));
      }
      out.emit(
          new Event.Info(
              r.quit() ? Words.of("lesson.stopped") : Words.of("lesson.done", lesson.name())));
    } catch (IOException e) {
      throw new UsageError(Text.get("lesson.start", lesson.name(), e.getMessage()));
    } finally {
      program.endScope();
      run.close();
    }
  }
}
