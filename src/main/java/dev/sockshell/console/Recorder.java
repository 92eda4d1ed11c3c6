package dev.sockshell.console;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import dev.sockshell.command.Command.RecordMode;
import dev.sockshell.error.UsageError;
import dev.sockshell.text.Text;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * Records the prompt session: the replayable commands that succeeded (a .sockscript), a Markdown
 * transcript (commands and their output, no colour), or an asciicast v2 file with real timing.
 */
final class Recorder {
  private RecordMode mode;
  private Path file;
  private Writer writer;
  private long startNanos;
  private int entries;

  boolean active() {
    return writer != null;
  }

  /**
   * Starts a recording. An existing file is replaced only when {@code force} is given, and no
   * directory is ever created: a typo must not litter the disk or eat a file.
   */
  String start(RecordMode mode, Path file, boolean force, int width, int height) {
    if (active()) {
      throw new UsageError(Text.get("record.alreadyTo", this.file));
    }
    dev.sockshell.model.WriteTarget.check(file, force, "record");
    try {
      // CREATE_NEW makes the check above atomic; an OutputStreamWriter replaces (never throws on)
      // text that is not valid Unicode.
      writer =
          new BufferedWriter(
              new OutputStreamWriter(
                  dev.sockshell.model.WriteTarget.open(file, force), StandardCharsets.UTF_8));
      this.mode = mode;
      this.file = file;
      this.startNanos = System.nanoTime();
      this.entries = 0;
      switch (mode) {
        case SCRIPT -> writer.write("# recorded by sockshell " + Instant.now() + "\n");
        case TRANSCRIPT ->
            writer.write("# sockshell transcript\n\nRecorded " + Instant.now() + ".\n\n```text\n");
        case CAST ->
            writer.write(
                "{\"version\": 2, \"width\": "
                    + width
                    + ", \"height\": "
                    + height
                    + ", \"timestamp\": "
                    + Instant.now().getEpochSecond()
                    + ", \"title\": \"sockshell\", \"env\": {\"TERM\": \"xterm-256color\"}}\n");
        case STOP -> throw new IllegalArgumentException("stop is not a recording mode");
      }
      writer.flush();
    } catch (IOException e) {
      writer = null;
      throw new UsageError(Text.get("record.cannot", file, e.getMessage()));
    }
    return Text.get(
        "record.started",
        Text.get(
            switch (mode) {
              case SCRIPT -> "record.kind.script";
              case TRANSCRIPT -> "record.kind.transcript";
              default -> "record.kind.cast";
            }),
        file);
  }

  /**
   * One command with what it showed; {@code keep} when it is replayable and succeeded. Returns
   * null, or the one line to show when the file could not be written: the recording then stops, the
   * session goes on.
   */
  String entry(String prompt, String text, List<String> output, boolean keep) {
    if (!active()) {
      return null;
    }
    try {
      switch (mode) {
        case SCRIPT -> {
          if (keep) {
            writer.write(text + "\n");
            entries++;
          }
        }
        case TRANSCRIPT -> {
          writer.write(prompt + text + "\n");
          for (String l : output) {
            writer.write(l + "\n");
          }
          entries++;
        }
        case CAST -> {
          cast(prompt + text + "\r\n");
          for (String l : output) {
            cast(l + "\r\n");
          }
          entries++;
        }
        default -> {}
      }
      writer.flush();
      return null;
    } catch (IOException e) {
      Path lost = file;
      try {
        writer.close();
      } catch (IOException ignored) {
        // the write already failed; that is what we report
      }
      writer = null;
      return Text.get("record.lost", lost, e.getMessage());
    }
  }

  private void cast(String text) throws IOException {
    double t = (System.nanoTime() - startNanos) / 1e9;
    writer.write(
        String.format(
            java.util.Locale.ROOT,
            "[%.6f, \"o\", \"%s\"]%n",
            t,
            new String(JsonStringEncoder.getInstance().quoteAsString(text))));
  }

  String stop() {
    if (!active()) {
      throw new UsageError(Text.get("record.not"));
    }
    try {
      if (mode == RecordMode.TRANSCRIPT) {
        writer.write("```\n");
      }
      writer.close();
    } catch (IOException e) {
      throw new UsageError(Text.get("record.unfinished", file, e.getMessage()));
    } finally {
      writer = null;
    }
    return Text.get(entries == 1 ? "record.doneOne" : "record.done", String.valueOf(entries), file);
  }
}
