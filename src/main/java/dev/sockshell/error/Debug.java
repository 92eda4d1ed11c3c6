package dev.sockshell.error;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * Where the traces of internal errors go when a user asked for them with --debug; without it a
 * person sees one line and no trace at all.
 */
public final class Debug {
  private static volatile Path log;

  private Debug() {}

  /** Keeps traces in {@code file} from now on. */
  public static void to(Path file) {
    log = file;
  }

  public static Path file() {
    return log;
  }

  /** Appends the trace of {@code t} to the debug log, if there is one. */
  public static void record(Throwable t) {
    Path file = log;
    if (file == null) {
      return;
    }
    StringWriter w = new StringWriter();
    w.write(Instant.now() + " ");
    t.printStackTrace(new PrintWriter(w));
    try {
      Files.writeString(
          file,
          w.toString(),
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      // the log itself failed: the one-line report has already been shown
    }
  }

  /** The one line a person sees for a bug of ours. */
  public static String line(Throwable t) {
    record(t);
    String what =
        t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    if (what.length() > 200) {
      what = what.substring(0, 200) + "\u2026";
    }
    Path file = log;
    return file != null
        ? dev.sockshell.text.Text.get("debug.internalLogged", what, file)
        : dev.sockshell.text.Text.get("debug.internal", what);
  }
}
