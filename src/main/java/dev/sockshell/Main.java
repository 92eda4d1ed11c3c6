package dev.sockshell;

import dev.sockshell.ctype.Values;
import dev.sockshell.error.Debug;
import dev.sockshell.error.UsageError;
import dev.sockshell.model.Atom;
import dev.sockshell.render.Renderer;
import dev.sockshell.run.Run;
import dev.sockshell.sandbox.Sandboxing;
import dev.sockshell.script.Checker;
import dev.sockshell.script.LineSource;
import dev.sockshell.text.Text;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * The sockshell process: a script file, -c text, piped input, the interactive console, or the check
 * and play subcommands. The command line is described to picocli programmatically ({@link Flags}),
 * so start-up pays for no annotation scanning.
 */
public final class Main {
  /** The pom's version, the one version sockshell shows (banner and --version). */
  public static final String VERSION = dev.sockshell.run.Version.VERSION;

  private Main() {}

  public static void main(String[] args) {
    // On a second core, what every run needs first is made beside the command line's parsing: the
    // libc call shape (linked at run time, no AOT cache keeps it) and the command parser's tables.
    Thread.ofPlatform().daemon().name("prepare").start(Main::prepare);
    // Ctrl-C always wins, whatever the starting shell ignored (cmd & in a script, trap '' INT):
    // the prompt cancels with it (Console), anything else ends as 130 through the shutdown hooks
    // (a lab is removed). An ignored SIGHUP stays ignored for a script (nohup's meaning) and is
    // taken back by the prompt (Console).
    if (dev.sockshell.posix.ffm.Signals.unignore(dev.sockshell.posix.ffm.Signals.SIGINT)) {
      sun.misc.Signal.handle(new sun.misc.Signal("INT"), s -> System.exit(130));
    }
    boolean terminal = isTerminal();
    // System.out flushes every line (a write call each); into a file or a pipe, a replay of 100,000
    // lines spends more time writing than working. There it is buffered, and flushed at least
    // every 100 ms and before anything goes to standard error.
    PrintStream out = terminal ? System.out : dev.sockshell.run.BufferedOut.stdout();
    if (!terminal) {
      // what came before a long wait (a recv, a sleep) is not held back longer than this
      Thread.ofPlatform()
          .daemon()
          .name("flush")
          .start(
              () -> {
                while (true) {
                  try {
                    Thread.sleep(100);
                  } catch (InterruptedException e) {
                    return;
                  }
                  dev.sockshell.run.LinesBehind behind = ScriptMode.behind();
                  if (behind != null) {
                    behind.sync(50); // what a long wait follows is shown, as it was
                  }
                  if (out instanceof dev.sockshell.run.BufferedOut b) {
                    b.flushAndCheck(); // a closed pipe ends the script (ScriptMode)
                  } else {
                    out.flush();
                  }
                }
              });
    }
    int status = run(args, System.in, out, System.err, terminal);
    out.flush();
    System.exit(status);
  }

  private static void prepare() {
    try {
      dev.sockshell.posix.ffm.FfmSockets.prepare();
      dev.sockshell.syntax.Parser.parse("ls");
    } catch (RuntimeException | LinkageError e) {
      // the run meets the same failure where it needs the thing, and says so there
    }
  }

  private static boolean isTerminal() {
    java.io.Console c = System.console();
    return c != null && c.isTerminal();
  }

  /** The whole program with its streams injected, so tests drive it in-process. */
  public static int run(
      String[] args, InputStream in, PrintStream out, PrintStream err, boolean terminal) {
    try {
      return runChecked(args, in, out, err, terminal);
    } catch (RuntimeException | Error e) {
      // Whatever escapes (out of memory included): one line, never a trace.
      out.flush();
      err.println("sockshell: " + Debug.line(e));
      err.flush();
      return 70; // EX_SOFTWARE
    }
  }

  private static int runChecked(
      String[] args, InputStream in, PrintStream out, PrintStream err, boolean terminal) {
    return runChecked(args, in, out, err, terminal, Flags.needsAll(args));
  }

  /**
   * {@code whole}: the subcommands' flags are described to picocli too. They are left out when no
   * word could name one (describing them costs start-up time); an error or a usage text is always
   * made with the whole command line's description.
   */
  private static int runChecked(
      String[] args,
      InputStream in,
      PrintStream out,
      PrintStream err,
      boolean terminal,
      boolean whole) {
    Text.lang(language(args, System.getenv()));
    CommandLine cl = new CommandLine(Flags.spec(whole));
    ParseResult parsed;
    try {
      parsed = cl.parseArgs(args);
    } catch (CommandLine.ParameterException e) {
      if (!whole) {
        return runChecked(args, in, out, err, terminal, true);
      }
      err.println("sockshell: " + e.getMessage());
      err.println(Text.get("main.tryHelp"));
      return 2;
    }
    if (!whole && parsed.isUsageHelpRequested()) {
      return runChecked(args, in, out, err, terminal, true);
    }
    if (parsed.isUsageHelpRequested()
        || (parsed.subcommand() != null && parsed.subcommand().isUsageHelpRequested())) {
      java.io.StringWriter usage = new java.io.StringWriter();
      (parsed.subcommand() != null ? parsed.subcommand().commandSpec().commandLine() : cl)
          .usage(new java.io.PrintWriter(usage));
      int columns = terminal ? OneShot.terminal().columns() : 0;
      out.print(OneShot.usage(usage.toString(), columns > 0 ? columns : 80));
      return 0;
    }
    String lang = langFlag(parsed);
    if (lang != null && Text.Lang.of(lang) == null) {
      err.println("sockshell: " + Text.get("set.lang.bad", Text.clip(lang)));
      return 2;
    }
    if (parsed.isVersionHelpRequested()) {
      out.println("sockshell " + VERSION);
      return 0;
    }
    // a lab left by a sockshell that was killed: its namespaces go (a look at /run/netns only,
    // unless there is one)
    dev.sockshell.lab.Namespaces.cleanStale();
    if (parsed.hasMatchedOption("--debug")) {
      Debug.to(
          Path.of(
              System.getProperty("java.io.tmpdir"),
              "sockshell-debug-" + ProcessHandle.current().pid() + ".log"));
    }
    if (parsed.hasMatchedOption("--private-net") && !PrivateNet.inside()) {
      try {
        return PrivateNet.run(List.of());
      } catch (UsageError e) {
        err.println("sockshell: " + e.getMessage());
        return 2;
      }
    }
    try {
      if (parsed.subcommand() != null) {
        ParseResult sub = parsed.subcommand();
        return switch (sub.commandSpec().name()) {
          case "check" -> check(sub, out);
          case "play" -> Play.run(sub, out, err, terminal);
          case "doctor" -> OneShot.doctor(out, terminal);
          default -> throw new IllegalStateException(sub.commandSpec().name());
        };
      }
      return session(parsed, in, out, err, terminal);
    } catch (UsageError e) {
      err.println("sockshell: " + e.getMessage());
      if (e.hint() != null) {
        err.println("  " + e.hint());
      }
      return 2;
    } catch (NoSuchFileException e) {
      err.println("sockshell: no such file: " + e.getFile());
      return 2;
    } catch (IOException e) {
      err.println("sockshell: " + e.getMessage());
      return 2;
    }
  }

  /**
   * The language: --lang ko|en if given (read before the rest, as the help text itself is in it),
   * else what LC_ALL, LC_MESSAGES or LANG ask for.
   */
  public static Text.Lang language(String[] args, java.util.Map<String, String> env) {
    for (int i = 0; i < args.length; i++) {
      String v =
          args[i].startsWith("--lang=")
              ? args[i].substring(7)
              : args[i].equals("--lang") && i + 1 < args.length ? args[i + 1] : null;
      if (v != null && Text.Lang.of(v) != null) {
        return Text.Lang.of(v);
      }
      if (args[i].equals("--")) {
        break;
      }
    }
    return Text.Lang.fromEnvironment(env);
  }

  private static String langFlag(ParseResult parsed) {
    for (ParseResult p : new ParseResult[] {parsed.subcommand(), parsed}) {
      if (p != null && p.hasMatchedOption("--lang")) {
        return p.matchedOptionValue("--lang", (String) null);
      }
    }
    return null;
  }

  /** A duration flag such as --timeout 5s. */
  static long micros(String flag, String text) {
    String t = text.trim();
    Atom.Kind kind =
        t.matches("[0-9]+(\\.[0-9]+)?(s|ms|us|min)") ? Atom.Kind.DURATION : Atom.Kind.NAME;
    try {
      return Values.micros(new Atom(kind, t, 0));
    } catch (UsageError e) {
      throw new UsageError(Text.get("main.duration", flag, Text.clip(text)));
    }
  }

  private static int session(
      ParseResult parsed, InputStream in, PrintStream out, PrintStream err, boolean terminal)
      throws IOException {
    boolean color = !parsed.hasMatchedOption("--no-color") && terminal;
    long wait = micros("--timeout", parsed.matchedOptionValue("--timeout", "5s"));
    String command = parsed.matchedOptionValue("-c", null);
    String file = parsed.matchedPositionalValue(0, null);
    String init = parsed.matchedOptionValue("-i", null);
    boolean keepGoing = parsed.hasMatchedOption("--keep-going");
    int given = (command != null ? 1 : 0) + (file != null ? 1 : 0) + (init != null ? 1 : 0);
    if (given > 1) {
      throw new UsageError(Text.get("main.oneOf"), 0, Text.get("main.oneOfHint"));
    }
    if (init != null) {
      LineSource.open(Path.of(init)).close(); // a missing or unreadable file: exit 2, with why
    }
    boolean prompt = command == null && file == null && (terminal || init != null);
    boolean sandbox = parsed.hasMatchedOption("--sandbox");
    if (sandbox && prompt) {
      throw new UsageError(Text.get("main.sandboxPrompt"));
    }
    Sandboxing.Enforcement how = sandbox ? Sandboxing.enforce() : null;
    if (how != null && how.reexecuted() != null) {
      return how.reexecuted();
    }
    Run.Config config = prompt ? Run.Config.prompt() : Run.Config.script(wait);
    if (how != null) {
      err.println(how.line());
      config = config.sandboxed(dev.sockshell.sandbox.Sandbox.Limits.DEFAULT);
    }
    // into a terminal, tables and help fit its width, asked at each render (one ioctl)
    Renderer renderer =
        terminal
            ? new Renderer(color, () -> dev.sockshell.posix.ffm.Tty.columns(1))
            : new Renderer(color);
    if (command != null) {
      return ScriptMode.run(
          config, renderer, out, err, null, LineSource.of("-c", command), keepGoing, terminal);
    }
    if (file != null) {
      Path p = Path.of(file);
      try (LineSource lines = LineSource.open(p)) {
        return ScriptMode.run(config, renderer, out, err, p, lines, keepGoing, terminal);
      }
    }
    if (!prompt) {
      return ScriptMode.run(
          config, renderer, out, err, null, new LineSource("<stdin>", in), keepGoing, terminal);
    }
    try (dev.sockshell.console.Console console =
        new dev.sockshell.console.Console(config, !parsed.hasMatchedOption("--no-color"))) {
      int status = console.run(init == null ? null : Path.of(init));
      String again = console.restartInPrivateNet();
      if (again == null) {
        return status;
      }
      // the person chose to go on in a network of its own: the same prompt, its line run first
      Path first = java.nio.file.Files.createTempFile("sockshell-private-net", ".sockscript");
      first.toFile().deleteOnExit();
      java.nio.file.Files.writeString(first, again + "\n");
      return PrivateNet.run(List.of("-i", first.toString()));
    }
  }

  private static int check(ParseResult sub, PrintStream out) throws IOException {
    long wait = micros("--timeout", sub.matchedOptionValue("--timeout", "5s"));
    long limit = micros("--limit", sub.matchedOptionValue("--limit", "60s")) / 1000;
    List<String> args = sub.matchedPositionalValue(0, List.<String>of());
    List<Checker.Script> scripts = new ArrayList<>();
    if (sub.hasMatchedOption("--lessons")) {
      scripts.addAll(Checker.lessons());
    }
    for (Path p : Checker.files(args)) {
      scripts.add(Checker.Script.of(p));
    }
    if (scripts.isEmpty()) {
      throw new UsageError(Text.get("main.checkNeeds"));
    }
    // a report never replaces a file (a graded script, an earlier report) unless --force says so
    for (String flag : List.of("--junit", "--csv")) {
      String f = sub.matchedOptionValue(flag, null);
      if (f != null && !sub.hasMatchedOption("--force") && java.nio.file.Files.exists(Path.of(f))) {
        throw new UsageError(Text.get("file.exists", f), 0, Text.get("file.existsHint"));
      }
    }
    boolean sandbox = sub.hasMatchedOption("--sandbox");
    if (sandbox) {
      Sandboxing.Enforcement how = Sandboxing.enforce();
      if (how.reexecuted() != null) {
        return how.reexecuted();
      }
      out.println(how.line());
    }
    List<Checker.Verdict> verdicts = new ArrayList<>();
    int status =
        new Checker(wait, limit, sandbox ? dev.sockshell.sandbox.Sandbox.Limits.DEFAULT : null)
            .run(scripts, out, sub.hasMatchedOption("--verbose"), verdicts);
    String junit = sub.matchedOptionValue("--junit", null);
    if (junit != null) {
      dev.sockshell.script.Reports.junit(verdicts, Path.of(junit));
    }
    String csv = sub.matchedOptionValue("--csv", null);
    if (csv != null) {
      dev.sockshell.script.Reports.csv(verdicts, Path.of(csv));
    }
    return status;
  }
}
