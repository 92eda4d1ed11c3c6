package dev.sockshell.script;

import dev.sockshell.interp.Interpreter;
import dev.sockshell.lesson.Lessons;
import dev.sockshell.machine.Needs;
import dev.sockshell.render.Renderer;
import dev.sockshell.run.Run;
import dev.sockshell.text.Text;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * {@code sockshell check}: runs each script in a fresh session with a default wait for blocking
 * commands and an overall time limit, reports each file, and ends with "N passed, N failed".
 */
public final class Checker {
  /**
   * One script to check: a name to show, its directory for source, and its text, or the file to
   * read it from as it runs (never whole: it may be /dev/zero).
   */
  public record Script(String name, Path dir, String text, Path file, String unmet) {
    public Script(String name, Path dir, String text) {
      this(name, dir, text, null, null);
    }

    public Script(String name, Path dir, String text, Path file) {
      this(name, dir, text, file, null);
    }

    public static Script of(Path file) {
      Path abs = file.toAbsolutePath();
      return new Script(file.toString(), abs.getParent(), null, file);
    }

    LineSource lines() {
      return file != null ? LineSource.open(file) : LineSource.of(name, text);
    }
  }

  /** How one script went; {@code line} is the failing line, 0 when none. */
  public record Verdict(
      Script script, Status status, String message, String output, double seconds, int line) {
    public Verdict(Script script, Status status, String message, String output, double seconds) {
      this(script, status, message, output, seconds, 0);
    }

    public boolean passed() {
      return status == Status.PASS;
    }
  }

  /** SKIP: the machine lacks what the script needs (an {@code expect interface}). */
  public enum Status {
    PASS,
    FAIL,
    SKIP
  }

  private final long waitMicros;
  private final long limitMillis;

  public Checker(long waitMicros, long limitMillis) {
    this(waitMicros, limitMillis, null);
  }

  private final dev.sockshell.sandbox.Sandbox.Limits sandbox;

  /**
   * @param sandbox the limits of a sandboxed check (--sandbox), or null to run scripts as they are
   */
  public Checker(long waitMicros, long limitMillis, dev.sockshell.sandbox.Sandbox.Limits sandbox) {
    this.waitMicros = waitMicros;
    this.limitMillis = limitMillis;
    this.sandbox = sandbox;
  }

  /** The most output kept of one script: a flood keeps its last megabyte, not all of it. */
  private static final int MAX_OUTPUT = 1 << 20;

  /** The .sockscript files of the arguments, directories searched recursively, sorted. */
  public static List<Path> files(List<String> args) throws IOException {
    List<Path> out = new ArrayList<>();
    for (String a : args) {
      Path p = Path.of(a);
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.walk(p)) {
          s.filter(f -> f.toString().endsWith(".sockscript")).sorted().forEach(out::add);
        }
      } else {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * Every built-in lesson as a script to check: whole where this machine has what it needs; its
   * loopback part where only the lab's part needs what is missing (the rest is named as skipped);
   * skipped with the reason where nothing of it runs here.
   */
  public static List<Script> lessons() {
    List<Script> out = new ArrayList<>();
    for (Lessons.Lesson l : Lessons.all()) {
      String name = "lesson " + l.name();
      String unmet =
          switch (l.reach()) {
            case WHOLE -> null;
            case LOOPBACK_PART -> Text.get("lesson.labPartSkipped", Needs.why(l.lacks()));
            case NONE -> Text.get("lesson.needs", Needs.why(l.lacks()), l.name());
          };
      out.add(new Script(name, Path.of("."), l.textHere(), null, unmet));
    }
    return out;
  }

  public Verdict check(Script script) {
    if (script.text() == null && script.file() == null && script.unmet() != null) {
      return new Verdict(script, Status.SKIP, script.unmet(), "", 0);
    }
    if (sandbox != null
        && script.file() != null
        && script.dir() != null
        && !dev.sockshell.sandbox.Sandbox.inside(script.file(), script.dir())) {
      return new Verdict(script, Status.FAIL, Text.get("sandbox.linkOut", script.name()), "", 0);
    }
    StringBuilder output = new StringBuilder();
    Renderer renderer = new Renderer(false);
    dev.sockshell.event.EventSink display =
        e -> {
          synchronized (output) {
            output.append(renderer.render(e)).append('\n');
            if (output.length() > MAX_OUTPUT) {
              output.delete(0, output.length() - MAX_OUTPUT / 2);
            }
          }
        };
    Path dir = script.dir() == null ? Path.of(".") : script.dir();
    Text.Lang grader = Text.lang();
    Run.Config config =
        Run.Config.script(waitMicros)
            .speaking(grader)
            .hosted(r -> new Directives(r, display, dir, null));
    Run run = new Run(sandbox == null ? config : config.sandboxed(sandbox));
    Interpreter interpreter = run.interpreter();
    long start = System.nanoTime();
    ExecutorService runner =
        Executors.newSingleThreadExecutor(r -> Thread.ofPlatform().daemon().unstarted(r));
    run.foreground(display); // until the run closes
    try {
      // The script runs in a language scope of its own: its set lang changes its own words only.
      Future<ScriptRunner.Result> result =
          runner.submit(
              () ->
                  Text.in(
                      grader,
                      () -> {
                        try (LineSource in = script.lines()) {
                          return new ScriptRunner(interpreter, display).run(in);
                        } catch (IOException e) {
                          throw new java.io.UncheckedIOException(e);
                        }
                      }));
      ScriptRunner.Result r;
      try {
        r = result.get(limitMillis, TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        interpreter.cancel();
        finish(result);
        return done(
            script,
            Status.FAIL,
            Text.get("check.limit", String.valueOf(limitMillis / 1000.0)),
            output,
            start);
      } catch (ExecutionException e) {
        Throwable cause =
            e.getCause() instanceof java.io.UncheckedIOException io ? io.getCause() : e.getCause();
        String why =
            cause instanceof dev.sockshell.error.UsageError u
                ? u.getMessage()
                : dev.sockshell.error.Debug.line(cause);
        return done(script, Status.FAIL, why, output, start);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return done(script, Status.FAIL, Text.get("check.interrupted"), output, start);
      }
      if (r.ok()) {
        String done = Text.get("check.commands", r.commands());
        if (script.unmet() != null) {
          done += "; " + script.unmet();
        }
        return done(script, Status.PASS, done, output, start);
      }
      boolean unmet =
          switch (r.failure().failure().error()) {
            case dev.sockshell.error.ExpectationError x -> x.precondition();
            case dev.sockshell.error.UsageError u -> u.precondition();
            default -> false;
          };
      Verdict v =
          done(
              script,
              unmet ? Status.SKIP : Status.FAIL,
              unmet
                  ? Renderer.message(r.failure().failure().error())
                  : r.failure().report(renderer),
              output,
              start);
      return new Verdict(
          v.script(), v.status(), v.message(), v.output(), v.seconds(), r.failure().line());
    } finally {
      runner.shutdownNow();
      run.close();
    }
  }

  /** After a cancel, gives the script a moment to stop before its sockets are closed under it. */
  private static void finish(Future<?> result) {
    try {
      result.get(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException | java.util.concurrent.CancellationException e) {
      // it failed or is stuck; closing its sockets ends it
    }
  }

  private static Verdict done(
      Script s, Status status, String message, StringBuilder output, long start) {
    String text;
    synchronized (output) {
      text = output.toString();
    }
    return new Verdict(s, status, message, text, (System.nanoTime() - start) / 1e9);
  }

  private static String seconds(Verdict v) {
    return String.format(java.util.Locale.ROOT, "%.1f", v.seconds());
  }

  /** Checks every script, reports to {@code out}; returns 0 when all passed. */
  public int run(List<Script> scripts, PrintStream out, boolean verbose) {
    return run(scripts, out, verbose, new ArrayList<>());
  }

  /** The same, with every verdict added to {@code verdicts} (for the JUnit and CSV reports). */
  public int run(List<Script> scripts, PrintStream out, boolean verbose, List<Verdict> verdicts) {
    int passed = 0;
    int failed = 0;
    int skipped = 0;
    for (Script s : scripts) {
      Verdict o = check(s);
      verdicts.add(o);
      if (o.status() == Status.SKIP) {
        skipped++;
        out.println(Text.get("check.skip", s.name(), o.message()));
        continue;
      }
      if (o.passed()) {
        passed++;
        out.println(Text.get("check.pass", s.name(), o.message(), seconds(o)));
      } else {
        failed++;
        out.println(Text.get("check.fail", s.name(), seconds(o)));
        o.message().lines().forEach(l -> out.println("      " + l));
      }
      if (verbose || !o.passed()) {
        List<String> lines = o.output().lines().toList();
        List<String> tail =
            verbose ? lines : lines.subList(Math.max(0, lines.size() - 5), lines.size());
        if (!tail.isEmpty() && !verbose) {
          out.println("      " + Text.get("check.lastOutput"));
        }
        tail.forEach(l -> out.println("        " + l));
      }
    }
    out.println(
        skipped > 0
            ? Text.get("check.totalSkipped", passed, failed, skipped)
            : Text.get("check.total", passed, failed));
    out.flush();
    return failed == 0 ? 0 : 1;
  }
}
