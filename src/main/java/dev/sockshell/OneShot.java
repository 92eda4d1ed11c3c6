package dev.sockshell;

import dev.sockshell.render.Renderer;
import dev.sockshell.text.Text;
import java.io.IOException;
import java.io.PrintStream;

/**
 * What the process prints without a session, fitted to the terminal it prints to: --help and {@code
 * scripts/sockshell doctor}. The terminal is asked of JLine once, without the prompt's set-up.
 */
final class OneShot {
  private OneShot() {}

  /**
   * The usage text fitted to the window: the synopsis continues under its first option (after
   * "Usage: sockshell "), the rest under its own columns.
   */
  static String usage(String text, int columns) {
    int nl = text.indexOf('\n');
    String first = nl < 0 ? text : text.substring(0, nl);
    String heading = Text.get("flag.usageHeading");
    int hang = 0;
    int options = first.indexOf(" [", heading.length());
    if (first.startsWith(heading) && options > 0) {
      hang = dev.sockshell.text.Width.of(first.substring(0, options + 1));
    }
    String rest = nl < 0 ? "" : text.substring(nl);
    return String.join("\n", dev.sockshell.text.Wrap.line(first, columns, hang))
        + dev.sockshell.text.Wrap.fit(rest, columns);
  }

  /** scripts/sockshell doctor: the machine's table, as the prompt's doctor shows it. */
  static int doctor(PrintStream out, boolean terminal) {
    dev.sockshell.machine.Doctor.Terminal t = terminal ? terminal() : null;
    int columns = t == null ? 0 : t.columns();
    Renderer r = new Renderer(false, () -> columns);
    out.println(
        r.render(dev.sockshell.event.Event.Table.literal(dev.sockshell.machine.Doctor.rows(t))));
    out.println(dev.sockshell.text.Wrap.fit(Text.get("doctor.after"), columns));
    return 0;
  }

  /**
   * The terminal standard output goes to, as JLine finds it (type, size, colours, charset), for the
   * one-shot paths that fit their text to it; columns 0 where it cannot be told.
   */
  static dev.sockshell.machine.Doctor.Terminal terminal() {
    try (org.jline.terminal.Terminal jt =
        org.jline.terminal.TerminalBuilder.builder()
            .system(true)
            .nativeSignals(false)
            .encoding(dev.sockshell.machine.Locales.terminal())
            .graphemeCluster(false)
            .build()) {
      Integer colors = jt.getNumericCapability(org.jline.utils.InfoCmp.Capability.max_colors);
      return new dev.sockshell.machine.Doctor.Terminal(
          jt.getType(),
          Math.max(0, jt.getWidth()),
          Math.max(0, jt.getHeight()),
          colors == null ? 0 : colors,
          jt.encoding().name());
    } catch (IOException | RuntimeException e) {
      return new dev.sockshell.machine.Doctor.Terminal("?", 0, 0, 0, "?");
    }
  }
}
