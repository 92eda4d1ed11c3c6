package dev.sockshell.console;

import java.nio.file.Path;
import org.jline.terminal.Terminal;

/** What the prompt sets up around the terminal: line drawing that shows, and where history goes. */
final class Terminals {
  private Terminals() {}

  /**
   * The status bar's divider is drawn in the terminal's alternate character set. Where that set is
   * entered with SO (tmux, screen, the Linux console), it must first be designated as G1, or each
   * line cell shows as 'q': curses does it with enacs, and so do we (with the VT100 sequence where
   * the terminfo entry has no enacs).
   */
  static void designateLineDrawing(Terminal terminal) {
    String smacs =
        terminal.getStringCapability(org.jline.utils.InfoCmp.Capability.enter_alt_charset_mode);
    // the terminfo text (^N, \E(0), as JLine keeps it; tputs makes it the bytes sent
    if (smacs == null || !"\u000e".equals(org.jline.utils.Curses.tputs(smacs))) {
      return; // no alternate set, or one entered by designating G0 itself (xterm: ESC ( 0)
    }
    if (terminal.getStringCapability(org.jline.utils.InfoCmp.Capability.ena_acs) != null) {
      terminal.puts(org.jline.utils.InfoCmp.Capability.ena_acs);
    } else {
      terminal.writer().print("\u001b)0");
    }
    terminal.flush();
  }

  /**
   * The history file: $XDG_STATE_HOME/sockshell/history where XDG_STATE_HOME is set, else
   * ~/.sockshell_history, with ~ from $HOME (the JVM's user.home is the passwd entry's home, which
   * sudo, su and containers often leave pointing elsewhere).
   */
  static Path historyFile() {
    return historyFile(System.getenv());
  }

  static Path historyFile(java.util.Map<String, String> env) {
    String xdg = env.get("XDG_STATE_HOME");
    if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
      return Path.of(xdg, "sockshell", "history");
    }
    String home = env.get("HOME");
    if (home == null || home.isBlank()) {
      home = System.getProperty("user.home", ".");
    }
    return Path.of(home, ".sockshell_history");
  }

  /**
   * No XON/XOFF flow control while sockshell runs (the terminal gets its own settings back when the
   * prompt ends): a Ctrl-S typed while a command runs would otherwise stop all output, and the
   * command's answer, until Ctrl-Q, which looks like a hang.
   */
  public static void noFlowControl(org.jline.terminal.Terminal terminal) {
    try {
      org.jline.terminal.Attributes a = terminal.getAttributes();
      a.setInputFlag(org.jline.terminal.Attributes.InputFlag.IXON, false);
      terminal.setAttributes(a);
    } catch (RuntimeException e) {
      // not a terminal that has the flag: nothing to turn off
    }
  }

  /**
   * Ctrl-S does nothing at the prompt: it is the terminal's XOFF for many people, and JLine's
   * forward incremental search it would start takes every key typed after it (Ctrl-R, the backward
   * search, stays; Ctrl-C or Ctrl-G leave it).
   */
  public static void noForwardSearch(org.jline.reader.LineReader reader) {
    for (String map :
        java.util.List.of(org.jline.reader.LineReader.EMACS, org.jline.reader.LineReader.VIINS)) {
      var keys = reader.getKeyMaps().get(map);
      if (keys != null) {
        keys.bind(
            new org.jline.reader.Reference(org.jline.reader.LineReader.REDISPLAY),
            org.jline.keymap.KeyMap.ctrl('S'));
      }
    }
  }
}
