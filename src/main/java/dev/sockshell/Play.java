package dev.sockshell;

import dev.sockshell.render.Renderer;
import dev.sockshell.run.Run;
import dev.sockshell.script.LineSource;
import dev.sockshell.script.Player;
import dev.sockshell.script.ScriptRunner;
import dev.sockshell.text.Text;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import picocli.CommandLine.ParseResult;

/** The {@code play} subcommand: its flags, then a {@link Player}. */
final class Play {
  private Play() {}

  static int run(ParseResult sub, PrintStream out, PrintStream err, boolean terminal)
      throws IOException {
    long pace = Main.micros("--pace", sub.matchedOptionValue("--pace", "1.5s")) / 1000;
    long wait = Main.micros("--timeout", sub.matchedOptionValue("--timeout", "5s"));
    String file = sub.matchedPositionalValue(0, null);
    if (file == null) {
      throw new dev.sockshell.error.UsageError(
          Text.get("play.needs"), 0, "sockshell play [--pace 1.5s] FILE.sockscript");
    }
    Renderer renderer = new Renderer(terminal && !sub.hasMatchedOption("--no-color"));
    ScriptRunner.Failure f;
    try (Run run = new Run(Run.Config.script(wait));
        LineSource lines = LineSource.open(Path.of(file))) {
      f = new Player(run, renderer, out, pace).play(lines);
    }
    if (f != null) {
      err.println(f.report(renderer));
      return 1;
    }
    return 0;
  }
}
