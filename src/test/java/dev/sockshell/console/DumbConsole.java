package dev.sockshell.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sockshell.run.Run;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;

/** Drives the console on a dumb terminal: keys in, the screen's text out. */
public final class DumbConsole {
  private DumbConsole() {}

  /** A fresh prompt run, driven and closed. */
  public static String drive(String keys, Path init) throws IOException {
    try (Console console = new Console(Run.Config.prompt(), false)) {
      return drive(console, keys, init);
    }
  }

  /** Drives {@code console} (whose run the caller closes, and may look at after). */
  public static String drive(Console console, String keys, Path init) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Terminal t =
        new DumbTerminal(
            "test",
            Terminal.TYPE_DUMB,
            new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)),
            out,
            StandardCharsets.UTF_8)) {
      LineReader reader = LineReaderBuilder.builder().terminal(t).build();
      assertThat(console.loop(t, reader, init)).isZero();
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
