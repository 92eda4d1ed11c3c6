package dev.sockshell;

import dev.sockshell.event.EventSink;
import dev.sockshell.render.Renderer;
import dev.sockshell.run.Run;
import dev.sockshell.script.Directives;
import dev.sockshell.script.LineSource;
import dev.sockshell.script.ScriptRunner;
import dev.sockshell.text.Text;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * A script run by the process (a file, -c text, piped input): its lines, its output (behind the
 * commands for a file), Ctrl-C, a closed standard output, and its failure's report.
 */
final class ScriptMode {
  private ScriptMode() {}

  /** Runs a script to the end or to its first failure: exit status 0 or 1. */
  static int run(
      Run.Config config,
      Renderer renderer,
      PrintStream out,
      PrintStream err,
      Path file,
      LineSource lines,
      boolean keepGoing,
      boolean terminal)
      throws IOException {
    // no flush a line: a terminal's stream flushes itself, a buffered one (a file, a pipe) is
    // flushed by main's flusher and before anything goes to standard error. A script file's lines,
    // into a file or a pipe, are worded and written on a thread of their own, a little behind the
    // commands (a replay's).
    Path dir =
        file == null || file.toAbsolutePath().getParent() == null
            ? Path.of("").toAbsolutePath()
            : file.toAbsolutePath().getParent();
    try (dev.sockshell.run.LinesBehind behind =
        terminal || !lines.isFile()
            ? null
            : new dev.sockshell.run.LinesBehind(renderer::render, out)) {
      EventSink display = behind != null ? behind : e -> out.println(renderer.render(e));
      BEHIND = behind;
      try (Run run = new Run(config.hosted(r -> new Directives(r, display, dir, null)));
          Run.Foreground shown = run.foreground(display)) {
        return run(
            run, (Directives) run.host(), renderer, display, behind, out, err, lines, keepGoing);
      } finally {
        BEHIND = null;
      }
    }
  }

  /** The lines behind the commands of the script now running, for main's flusher; or null. */
  private static volatile dev.sockshell.run.LinesBehind BEHIND;

  static dev.sockshell.run.LinesBehind behind() {
    return BEHIND;
  }

  private static int run(
      Run run,
      Directives host,
      Renderer renderer,
      EventSink display,
      dev.sockshell.run.LinesBehind behind,
      PrintStream out,
      PrintStream err,
      LineSource lines,
      boolean keepGoing)
      throws IOException {
    // everything shown so far written out (a no-op where the lines are not behind)
    Runnable written = behind != null ? behind::sync : () -> {};
    // Every command but setopt and getopt may change what a line says when it is worded (the
    // language, a lab host, a socket's state): what came before it is written first.
    ScriptRunner runner =
        new ScriptRunner(
            run.interpreter(),
            display,
            new ScriptRunner.Hooks() {
              @Override
              public void command(dev.sockshell.command.Command c) {
                if (!(c instanceof dev.sockshell.command.Command.SetOpt
                    || c instanceof dev.sockshell.command.Command.GetOpt)) {
                  written.run();
                }
              }
            });
    java.util.concurrent.atomic.AtomicBoolean interrupted =
        new java.util.concurrent.atomic.AtomicBoolean();
    // Ctrl-C (SIGINT) ends a script run with 130: the command that waits is cancelled (its wait
    // wakes at once), the sockets are closed, and the line is named. (A JVM that exits while a
    // thread waits in a system call waits 300 ms for it: cancelling first, nothing waits.) Between
    // commands (the run reads its next line) it ends at once; should a cancel not end the command
    // within half a second, the process ends then; a second Ctrl-C ends it at once.
    sun.misc.Signal.handle(
        new sun.misc.Signal("INT"),
        s -> {
          if (!interrupted.compareAndSet(false, true) || !runner.executing()) {
            if (behind != null) {
              behind.sync(300); // a pipe nobody reads does not hold Ctrl-C
            }
            out.flush();
            System.exit(130);
          }
          run.interpreter().cancel();
          Thread.ofPlatform()
              .daemon()
              .start(
                  () -> {
                    try {
                      Thread.sleep(500);
                    } catch (InterruptedException e) {
                      return;
                    }
                    if (behind != null) {
                      behind.sync(300);
                    }
                    out.flush();
                    System.exit(130);
                  });
        });
    // Standard output that can no longer be written (`| head` has read its lines) ends the run, as
    // SIGPIPE ends a C program: nothing the script still does would be seen.
    java.util.function.BooleanSupplier gone =
        () -> out instanceof dev.sockshell.run.BufferedOut b && b.broken();
    runner.stopWhen(() -> interrupted.get() || gone.getAsBoolean());
    ScriptRunner.Result r;
    try {
      if (keepGoing) {
        runner.keepGoing(
            f -> {
              written.run();
              out.flush();
              err.println(f.report(renderer));
              err.flush();
            });
      }
      r = runner.run(lines);
    } finally {
      if (behind != null) {
        behind.sync(2000); // what the commands showed comes before the recording's last word
      }
      String c = host.finishRecording();
      if (c != null) {
        out.println(c);
      }
      run.interpreter().closeAll(e -> {});
    }
    if (!r.ok() && gone.getAsBoolean() && !interrupted.get()) {
      err.println(Text.get("main.stdoutGone", r.failure().file() + ":" + r.failure().line()));
      return 141; // 128 + SIGPIPE, as a shell reports a program a closed pipe ended
    }
    if (!r.ok()) {
      written.run();
      out.flush();
      err.println(r.failure().report(renderer));
      err.flush();
      return interrupted.get() ? 130 : 1;
    }
    return interrupted.get() ? 130 : r.failed() > 0 ? 1 : 0;
  }
}
