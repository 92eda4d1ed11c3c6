package dev.sockshell.console;

import dev.sockshell.command.Command.RecordMode;
import dev.sockshell.command.CommandTable;
import dev.sockshell.error.SyntaxError;
import dev.sockshell.error.UsageError;
import dev.sockshell.event.Event;
import dev.sockshell.event.EventSink;
import dev.sockshell.interp.Interpreter;
import dev.sockshell.render.Renderer;
import dev.sockshell.run.Run;
import dev.sockshell.script.Directives;
import dev.sockshell.script.ScriptRunner;
import dev.sockshell.syntax.Parser;
import dev.sockshell.text.Text;
import dev.sockshell.text.Words;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/** The interactive prompt: JLine for editing, history and completion; events rendered in colour. */
public final class Console implements AutoCloseable {
  private final Run run;
  private final Interpreter interpreter;
  private final boolean color;
  private final Recorder recorder = new Recorder();

  /** Where a sourced file's and a lesson's lines are shown: the terminal, once there is one. */
  private volatile EventSink display = e -> {};

  /** A prompt for the run {@code config} makes; its directives are carried out at this terminal. */
  public Console(Run.Config config, boolean color) {
    this.run =
        new Run(
            config.hosted(
                r ->
                    new Directives(
                        r,
                        e -> display.emit(e),
                        Path.of("").toAbsolutePath(),
                        new AtTheTerminal())));
    this.interpreter = run.interpreter();
    this.color = color;
  }

  /** The run this prompt drives. */
  public Run session() {
    return run;
  }

  /** Closes the run: every socket, watcher and descriptor. */
  @Override
  public void close() {
    run.close();
  }

  /** What the directives need of the terminal: recording, pauses between lesson steps, doctor. */
  private final class AtTheTerminal implements Directives.Prompt {
    @Override
    public String startRecording(RecordMode mode, Path file, boolean force) {
      return recorder.start(
          mode,
          file,
          force,
          Math.max(80, term.getSize().getColumns()),
          Math.max(24, term.getSize().getRows()));
    }

    @Override
    public boolean recording() {
      return recorder.active();
    }

    @Override
    public String stopRecording() {
      return recorder.stop();
    }

    @Override
    public String pause() {
      return Console.pause(term);
    }

    @Override
    public dev.sockshell.machine.Doctor.Terminal terminal() {
      Integer colors = term.getNumericCapability(org.jline.utils.InfoCmp.Capability.max_colors);
      return new dev.sockshell.machine.Doctor.Terminal(
          term.getType(),
          term.getSize().getColumns(),
          term.getSize().getRows(),
          colors == null ? 0 : colors,
          term.encoding().name());
    }
  }

  public int run(Path init) throws IOException {
    // JLine's native signal dispatch starts a new dispatcher thread each time its handler table
    // empties and fills again, and the old ones stay blocked: threads grew with every Ctrl-C. The
    // JVM's own signal handling (below) runs each handler once and ends.
    // Read and write the terminal in the charset the locale names, whether or not the C library
    // has that locale (a missing ko_KR.UTF-8 would make the JVM read Hangul as ASCII).
    java.nio.charset.Charset charset = dev.sockshell.machine.Locales.terminal();
    try (Terminal terminal =
        TerminalBuilder.builder()
            .name("sockshell")
            .system(true)
            .nativeSignals(false)
            .encoding(charset)
            .stdinEncoding(charset)
            .stdoutEncoding(charset)
            .stderrEncoding(charset)
            // No probing of the terminal's modes at start: its answers are read from the input,
            // and what was typed before the prompt (type-ahead) went with them.
            .graphemeCluster(false)
            .build()) {
      Terminals.designateLineDrawing(terminal);
      Terminals.noFlowControl(terminal);
      sun.misc.Signal.handle(
          new sun.misc.Signal("INT"), s -> interpreter.cancel()); // Ctrl-C while a command runs
      sun.misc.Signal.handle(
          new sun.misc.Signal("WINCH"), s -> terminal.raise(Terminal.Signal.WINCH));
      LineReader reader =
          LineReaderBuilder.builder()
              .terminal(terminal)
              .appName("sockshell")
              .completer(new SockCompleter(interpreter.session()))
              .highlighter(new SockHighlighter(interpreter.session()))
              .history(new BoundedHistory())
              .variable(LineReader.HISTORY_FILE, Terminals.historyFile())
              .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
              // An unterminated paste start (ESC[200~) would swallow Ctrl-C; without bracketed
              // paste a pasted line runs as if typed, and long pastes are batched (TipWidgets).
              .option(LineReader.Option.BRACKETED_PASTE, false)
              .build();
      Terminals.noForwardSearch(reader);
      tips = new TipWidgets(reader, new Tips(interpreter.defaults()));
      tips.fresh();
      // SIGTERM or SIGHUP at the prompt: the terminal gets back every setting the prompt
      // changed before the process ends (shutdown hooks run in no set order, so not there).
      dev.sockshell.posix.ffm.Signals.unignore(dev.sockshell.posix.ffm.Signals.SIGHUP);
      for (String signal : List.of("TERM", "HUP")) {
        sun.misc.Signal.handle(
            new sun.misc.Signal(signal),
            sig -> {
              closingStatus = 128 + sig.getNumber();
              restore(terminal);
              Runtime.getRuntime().exit(closingStatus);
            });
      }
      try {
        return loop(terminal, reader, init);
      } catch (RuntimeException e) {
        if (closingStatus >= 0) {
          return closingStatus; // the terminal closed under the prompt: a signal ends the process
        }
        throw e;
      } finally {
        restore(terminal);
      }
    }
  }

  private TipWidgets tips;
  private volatile int closingStatus = -1;
  private final java.util.concurrent.atomic.AtomicBoolean restored =
      new java.util.concurrent.atomic.AtomicBoolean();

  /**
   * Takes the status bar off the screen and turns off what the prompt turned on (bracketed paste,
   * application cursor keys and keypad, the scroll region), once, on every way out.
   */
  private void restore(Terminal terminal) {
    if (!restored.compareAndSet(false, true)) {
      return;
    }
    try {
      if (tips != null) {
        tips.close();
      }
      terminal.writer().print("\u001b[?2004l\u001b[?1l\u001b>\u001b[?25h");
      terminal.flush();
    } catch (RuntimeException e) {
      // the terminal is gone: nothing left to restore
    }
  }

  /** Reads, runs and renders until quit or Ctrl-D. Public for keystroke tests. */
  public int loop(Terminal terminal, LineReader reader) {
    return loop(terminal, reader, null);
  }

  int loop(Terminal terminal, LineReader reader, Path init) {
    this.term = terminal;
    boolean useColor = color && !Terminal.TYPE_DUMB.equals(terminal.getType());
    Renderer renderer = new Renderer(useColor, terminal::getWidth);
    PrintWriter out = terminal.writer();
    out.println(
        dev.sockshell.text.Wrap.fit(
            Text.get("app.banner", dev.sockshell.run.Version.VERSION), terminal.getWidth()));
    if (System.getenv("SOCKSHELL_PRIVATE_NET") != null) {
      out.println(renderer.render(new Event.Note(Words.of("privateNet.inside"))));
    }
    // Ctrl-C while a command runs cancels a blocking recv/accept; at the prompt JLine handles it.
    terminal.handle(Terminal.Signal.INT, s -> interpreter.cancel());
    EventSink display =
        e -> {
          // Flushed at once: a later blocking recv must not hold back this line.
          out.println(renderer.render(e));
          out.flush();
        };
    this.display = display;
    Directives host = (Directives) run.host();
    // What watched sockets receive is printed above the prompt, leaving the typed line intact.
    Run.Foreground above = run.foreground(e -> reader.printAbove(renderer.render(e)));
    try {
      if (init != null) {
        runInit(
            host,
            init,
            e -> {
              if (e instanceof Event.Failure f) {
                showError(f, 0, renderer, out);
              } else {
                display.emit(e);
              }
            });
      }
      return prompt(reader, renderer, out, display);
    } finally {
      above.close();
      String c = host.finishRecording();
      if (c != null) {
        out.println(c);
      }
      if (recorder.active()) {
        out.println(recorder.stop());
      }
    }
  }

  /** -i FILE: runs a script before the first prompt; a failure is shown, the prompt follows. */
  private static void runInit(Directives host, Path file, EventSink out) {
    try {
      ScriptRunner.Result r = host.runFile(file);
      if (!r.ok()) {
        out.emit(new Event.Failure(new UsageError(r.failure().report(new Renderer(false))), null));
      }
    } catch (IOException e) {
      out.emit(
          new Event.Failure(
              new UsageError(Text.get("file.cannotRun", file, e.getMessage())), null));
    }
  }

  /** Waits for one key between lesson steps: q (or Ctrl-C, Ctrl-D) stops, any other runs. */
  private static String pause(Terminal terminal) {
    PrintWriter w = terminal.writer();
    w.print("    " + Text.get("lesson.pause") + " ");
    w.flush();
    org.jline.terminal.Attributes saved = terminal.enterRawMode();
    try {
      int c = terminal.reader().read();
      w.println(c == 'q' || c == 'Q' ? "q" : "");
      w.flush();
      return c == 'q' || c == 'Q' || c == 3 || c == 4 || c < 0 ? "q" : "";
    } catch (IOException e) {
      return "q";
    } finally {
      terminal.setAttributes(saved);
    }
  }

  private int prompt(LineReader reader, Renderer renderer, PrintWriter out, EventSink display) {
    while (true) {
      String prompt = prompt();
      String line;
      if (tips != null) {
        tips.fresh();
      }
      // Armed before the line is read, not once it is: a Ctrl-C pressed just after Enter (the
      // terminal is cooked again, so it is a SIGINT) must cancel the command the line starts,
      // not be forgotten by an arm between the two.
      interpreter.cancellation().arm();
      try {
        line = reader.readLine(prompt);
      } catch (UserInterruptException e) {
        continue;
      } catch (EndOfFileException e) {
        interpreter.closeAll(display);
        out.println(Text.get("app.bye"));
        out.flush();
        return 0;
      }
      if (runLine(line, prompt, renderer, out, display)) {
        if (restartInPrivateNet == null) {
          out.println(Text.get("app.bye")); // as Ctrl-D says
        }
        out.flush();
        return 0;
      }
      out.flush();
    }
  }

  private static final Renderer PLAIN = new Renderer(false);

  /** Returns true when the line asked to quit. */
  private boolean runLine(
      String line, String prompt, Renderer renderer, PrintWriter out, EventSink display) {
    List<Parser.Parsed> commands;
    try {
      commands = Parser.parseSource(line);
    } catch (SyntaxError | UsageError e) {
      Event.Failure f = new Event.Failure(e, e instanceof UsageError u ? u.hint() : null);
      showError(f, prompt.length(), renderer, out);
      noteRecording(recorder.entry(prompt, line, PLAIN.render(f).lines().toList(), false), out);
      return false;
    }
    boolean[] quit = {false};
    for (Parser.Parsed p : commands) {
      List<String> shown = new ArrayList<>();
      boolean ok =
          interpreter.execute(
              p.command(),
              e -> {
                if (!(e instanceof Event.Quit)) {
                  shown.addAll(PLAIN.render(e).lines().toList());
                }
                switch (e) {
                  case Event.Quit q -> quit[0] = true;
                  case Event.Failure f -> showError(f, prompt.length(), renderer, out);
                  default -> display.emit(e);
                }
              });
      boolean replayable = CommandTable.of(p.command()).replayable();
      noteRecording(recorder.entry(prompt, p.text(), shown, ok && replayable), out);
      if (!ok
          && term != null
          && PrivateNetOffer.applies(p.command())
          && PrivateNetOffer.accepted(term, p.text())) {
        goPrivate(p.text(), out, display);
        return true;
      }
      if (!ok || quit[0]) {
        break;
      }
    }
    return quit[0];
  }

  /** Closes the session's sockets and remembers the line to run first in a network of its own. */
  private void goPrivate(String line, PrintWriter out, EventSink display) {
    interpreter.closeAll(display);
    out.println(Text.get("privateNet.going"));
    out.flush();
    restartInPrivateNet = line;
  }

  private Terminal term;
  private String restartInPrivateNet;

  /** The line to run first in a network of its own, when the person chose to go on there. */
  public String restartInPrivateNet() {
    return restartInPrivateNet;
  }

  private static void noteRecording(String problem, PrintWriter out) {
    if (problem != null) {
      out.println(problem);
      out.flush();
    }
  }

  private static void showError(
      Event.Failure f, int promptWidth, Renderer renderer, PrintWriter out) {
    int col = Renderer.column(f.error());
    if (col > 0) {
      int at = promptWidth + col - 1;
      int w = renderer.width();
      // a line longer than the window wrapped: the caret goes under the row the column is on
      out.println(" ".repeat(w > 1 ? at % w : at) + "^");
      out.println(renderer.fit(Text.get("error.col", String.valueOf(col)) + renderer.render(f)));
    } else {
      out.println(renderer.render(f));
    }
    out.flush();
  }

  String prompt() {
    return Renderer.prompt(interpreter.session().current(), interpreter.session().encoding());
  }
}
