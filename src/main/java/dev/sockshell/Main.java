package dev.sockshell;

import dev.sockshell.interp.Interpreter;
import dev.sockshell.posix.ffm.FfmSockets;
import dev.sockshell.render.Renderer;
import dev.sockshell.script.ScriptRunner;
import dev.sockshell.session.Session;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParseResult;

/**
 * The sockshell process: a script file, -c text, piped input, or the interactive console. The
 * command line is described to picocli programmatically, so start-up pays for no annotation
 * scanning.
 */
public final class Main {
  static final String VERSION = "0.1.0";

  private Main() {}

  public static void main(String[] args) {
    int status = run(args, System.in, System.out, System.err, isTerminal());
    System.out.flush();
    System.exit(status);
  }

  private static boolean isTerminal() {
    java.io.Console c = System.console();
    return c != null && c.isTerminal();
  }

  static CommandSpec spec() {
    CommandSpec spec = CommandSpec.create().name("sockshell").version("sockshell " + VERSION);
    spec.usageMessage()
        .description(
            "An interactive REPL for the BSD socket API and its options, on the real kernel.",
            "Without FILE or -c it starts the prompt; input that is not a terminal is read as a"
                + " script.");
    spec.addOption(
        OptionSpec.builder("-c", "--command")
            .paramLabel("COMMANDS")
            .type(String.class)
            .description("run these commands ('open udp; getopt SO_RCVBUF') and exit")
            .build());
    spec.addOption(
        OptionSpec.builder("--no-color").description("plain output, no ANSI colours").build());
    spec.addOption(
        OptionSpec.builder("-h", "--help").usageHelp(true).description("show this help").build());
    spec.addOption(
        OptionSpec.builder("-V", "--version")
            .versionHelp(true)
            .description("print the version")
            .build());
    spec.addPositional(
        PositionalParamSpec.builder()
            .paramLabel("FILE")
            .arity("0..1")
            .type(String.class)
            .description("a .sockscript to run; it stops at the first failing line (exit 1)")
            .build());
    return spec;
  }

  /** The whole program with its streams injected, so tests drive it in-process. */
  public static int run(
      String[] args, InputStream in, PrintStream out, PrintStream err, boolean terminal) {
    CommandLine cl = new CommandLine(spec());
    ParseResult parsed;
    try {
      parsed = cl.parseArgs(args);
    } catch (CommandLine.ParameterException e) {
      err.println("sockshell: " + e.getMessage());
      err.println("try 'sockshell --help'");
      return 2;
    }
    if (parsed.isUsageHelpRequested()) {
      cl.usage(out);
      return 0;
    }
    if (parsed.isVersionHelpRequested()) {
      out.println("sockshell " + VERSION);
      return 0;
    }
    boolean color = !parsed.hasMatchedOption("--no-color") && terminal;
    Interpreter interpreter = new Interpreter(new FfmSockets(), new Session());
    String command = parsed.matchedOptionValue("-c", null);
    String file = parsed.matchedPositionalValue(0, null);
    try {
      if (command != null) {
        return script(interpreter, color, out, err, "-c", new StringReader(command));
      }
      if (file != null) {
        try (BufferedReader r = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
          return script(interpreter, color, out, err, file, r);
        } catch (NoSuchFileException e) {
          err.println("sockshell: no such file: " + file);
          return 2;
        }
      }
      if (!terminal) {
        return script(
            interpreter,
            false,
            out,
            err,
            "<stdin>",
            new InputStreamReader(in, StandardCharsets.UTF_8));
      }
      return new dev.sockshell.console.Console(interpreter, !parsed.hasMatchedOption("--no-color"))
          .run();
    } catch (IOException e) {
      err.println("sockshell: " + e.getMessage());
      return 2;
    }
  }

  private static int script(
      Interpreter interpreter,
      boolean color,
      PrintStream out,
      PrintStream err,
      String name,
      java.io.Reader reader)
      throws IOException {
    BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    return new ScriptRunner(interpreter, new Renderer(color), out, err).run(name, in);
  }
}
