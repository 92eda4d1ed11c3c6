package dev.sockshell.script;

import dev.sockshell.command.Command;
import dev.sockshell.error.SyntaxError;
import dev.sockshell.error.UsageError;
import dev.sockshell.event.BoundedSink;
import dev.sockshell.event.Event;
import dev.sockshell.interp.Interpreter;
import dev.sockshell.render.Renderer;
import dev.sockshell.syntax.Parser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;

/**
 * Runs a .sockscript (or -c text, or piped input) line by line in one session. It stops at the
 * first failure with {@code FILE:LINE: message} on stderr and exit status 1.
 */
public final class ScriptRunner {
  private final Interpreter interpreter;
  private final Renderer renderer;
  private final PrintStream out;
  private final PrintStream err;

  public ScriptRunner(
      Interpreter interpreter, Renderer renderer, PrintStream out, PrintStream err) {
    this.interpreter = interpreter;
    this.renderer = renderer;
    this.out = out;
    this.err = err;
  }

  /** Runs every line; returns the process exit status (0 when every line succeeded). */
  public int run(String name, BufferedReader in) throws IOException {
    BoundedSink background = new BoundedSink(e -> out.println(renderer.render(e)), 1024);
    interpreter.background(background);
    try {
      int lineNo = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNo++;
        Outcome o = runLine(name, lineNo, line);
        if (o != Outcome.CONTINUE) {
          return o == Outcome.FAILED ? 1 : 0;
        }
      }
      return 0;
    } finally {
      interpreter.closeAll(e -> {});
      background.close();
      interpreter.background(null);
    }
  }

  private enum Outcome {
    CONTINUE,
    QUIT,
    FAILED
  }

  private Outcome runLine(String name, int lineNo, String line) {
    List<Command> commands;
    try {
      commands = Parser.parse(line);
    } catch (SyntaxError | UsageError e) {
      report(name, lineNo, new Event.Failure(e, e instanceof UsageError u ? u.hint() : null));
      return Outcome.FAILED;
    }
    for (Command c : commands) {
      Event.Failure[] failure = {null};
      boolean[] quit = {false};
      interpreter.execute(
          c,
          e -> {
            switch (e) {
              case Event.Failure f -> failure[0] = f;
              case Event.Quit q -> quit[0] = true;
              default -> {
                out.println(renderer.render(e));
                out.flush();
              }
            }
          });
      if (failure[0] != null) {
        report(name, lineNo, failure[0]);
        return Outcome.FAILED;
      }
      if (quit[0]) {
        return Outcome.QUIT;
      }
    }
    return Outcome.CONTINUE;
  }

  private void report(String name, int lineNo, Event.Failure f) {
    out.flush();
    int col = Renderer.column(f.error());
    String where = name + ":" + lineNo + ":" + (col > 0 ? col + ":" : "");
    err.println(where + " " + renderer.render(f));
    err.flush();
  }
}
