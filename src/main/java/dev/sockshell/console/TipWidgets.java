package dev.sockshell.console;

import dev.sockshell.text.Text;
import java.util.List;
import org.jline.reader.LineReader;
import org.jline.reader.Widget;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.jline.utils.Status;

/**
 * JLine widgets that keep the status bar and the tail tip in step with the line: the editing
 * widgets are wrapped so that after each key the {@link Tips} are recomputed.
 */
final class TipWidgets {
  private static final List<String> EDITING =
      List.of(
          LineReader.SELF_INSERT,
          LineReader.BACKWARD_DELETE_CHAR,
          LineReader.DELETE_CHAR,
          LineReader.KILL_LINE,
          LineReader.BACKWARD_KILL_WORD,
          LineReader.KILL_WHOLE_LINE,
          LineReader.COMPLETE_WORD,
          LineReader.EXPAND_OR_COMPLETE,
          LineReader.MENU_COMPLETE,
          LineReader.BACKWARD_CHAR,
          LineReader.FORWARD_CHAR,
          LineReader.UP_LINE_OR_HISTORY,
          LineReader.DOWN_LINE_OR_HISTORY);

  private static final int LINES = 2;
  private final LineReader reader;
  private final Tips tips;
  private final Status status;

  TipWidgets(LineReader reader, Tips tips) {
    this.reader = reader;
    this.tips = tips;
    this.status = Status.getStatus(reader.getTerminal());
    if (status != null) {
      status.setBorder(true);
    }
    for (String name : EDITING) {
      Widget builtin = reader.getBuiltinWidgets().get(name);
      if (builtin != null) {
        reader
            .getWidgets()
            .put(
                name,
                COMPLETING.contains(name)
                    ? () -> complete(builtin)
                    : name.equals(LineReader.SELF_INSERT)
                        ? () -> insert(builtin)
                        : () -> builtin.apply() && update());
      }
    }
    // JLine's external editor (Ctrl-X Ctrl-E) ignores Ctrl-C and holds watched sockets' output.
    reader.getWidgets().put(LineReader.EDIT_AND_EXECUTE_COMMAND, () -> false);
    // The paste-start key stays bound even with bracketed paste off; its widget reads until a
    // paste-end that may never come, swallowing Ctrl-C and Ctrl-D. What follows it is typed text.
    reader.getWidgets().put(LineReader.BEGIN_PASTE, () -> true);
    Widget accept = reader.getBuiltinWidgets().get(LineReader.ACCEPT_LINE);
    reader
        .getWidgets()
        .put(
            LineReader.ACCEPT_LINE,
            () -> {
              reader.setTailTip("");
              return accept.apply();
            });
    reader.setAutosuggestion(LineReader.SuggestionType.TAIL_TIP);
  }

  private static final List<String> COMPLETING =
      List.of(LineReader.COMPLETE_WORD, LineReader.EXPAND_OR_COMPLETE, LineReader.MENU_COMPLETE);

  /**
   * Completes with the tail tip off: in tail-tip mode JLine does not list ambiguous candidates on
   * the first Tab.
   */
  private boolean complete(Widget builtin) {
    reader.setTailTip("");
    reader.setAutosuggestion(LineReader.SuggestionType.NONE);
    try {
      return builtin.apply();
    } finally {
      reader.setAutosuggestion(LineReader.SuggestionType.TAIL_TIP);
      update();
    }
  }

  /** Keys closer together than this belong to one burst (a paste): one redraw for all. */
  private static final long BURST_GAP_MS = 5;

  /**
   * The longest line the prompt takes (a script line may be 64 KB): each redraw costs time in the
   * line's length, and no command typed by hand needs more.
   */
  static final int MAX_LINE = 16 * 1024;

  /**
   * Inserts the typed character, then every plain character already waiting (a paste, or keys typed
   * faster than the screen is redrawn), so the line is redrawn once per burst, not once per key:
   * JLine's redraw is linear in the line, which made long pastes quadratic.
   */
  private boolean insert(Widget builtin) {
    org.jline.utils.NonBlockingReader in = reader.getTerminal().reader();
    if (reader.getBuffer().length() >= MAX_LINE) {
      discardPlain(in); // the rest of the paste: dropped at once, not redrawn key by key
      tooLongToType();
      return false;
    }
    if (!builtin.apply()) {
      return false;
    }
    try {
      while (reader.getBuffer().length() < MAX_LINE) {
        int c = in.peek(BURST_GAP_MS); // available() is always 0 here: peek, briefly
        if (c < 0x20 || c == 0x7f) {
          break; // Enter, Tab, escape sequences and other keys go through the key map
        }
        in.read(1);
        if (Character.isHighSurrogate((char) c)) {
          int low = in.peek(BURST_GAP_MS);
          if (low >= 0 && Character.isLowSurrogate((char) low)) {
            in.read(1);
            c = Character.toCodePoint((char) c, (char) low);
          }
        }
        reader.getBuffer().write(c);
      }
    } catch (java.io.IOException e) {
      // the terminal went away: what was inserted stays, the reader reports the rest
    }
    if (reader.getBuffer().length() >= MAX_LINE) {
      tooLongToType();
    }
    return update();
  }

  private static void discardPlain(org.jline.utils.NonBlockingReader in) {
    try {
      for (int c = in.peek(BURST_GAP_MS); c >= 0x20 && c != 0x7f; c = in.peek(BURST_GAP_MS)) {
        in.read(1);
      }
    } catch (java.io.IOException e) {
      // the terminal went away
    }
  }

  private void tooLongToType() {
    if (status != null) {
      status.update(
          List.of(
              new AttributedString(
                  Text.get("tip.lineLimit", String.valueOf(MAX_LINE)),
                  AttributedStyle.DEFAULT.foreground(AttributedStyle.RED)),
              AttributedString.EMPTY));
      longShown = true;
    }
  }

  /** Recomputes the tips for the line as it is now. */
  boolean update() {
    if (reader.getBuffer().length() <= SockHighlighter.ANALYSE_MAX) {
      longShown = false;
    }
    if (reader.getBuffer().length() > SockHighlighter.ANALYSE_MAX) {
      return tooLong();
    }
    Tips.Tip tip = tips.describe(reader.getBuffer().toString(), reader.getBuffer().cursor());
    reader.setTailTip(tip.tailTip());
    show(tip);
    return true;
  }

  private void show(Tips.Tip tip) {
    if (status != null) {
      // Always the same number of lines: the bar does not jump as the line changes.
      java.util.List<AttributedString> lines = new java.util.ArrayList<>();
      for (int i = 0; i < LINES; i++) {
        String text = i < tip.status().size() ? tip.status().get(i) : "";
        lines.add(new AttributedString(text, AttributedStyle.DEFAULT.faint()));
      }
      status.update(lines);
    }
  }

  private boolean longShown;

  /** A long line gets no tips; the bar says so once instead of being redrawn per key. */
  private boolean tooLong() {
    reader.setTailTip("");
    if (status != null && !longShown) {
      longShown = true;
      status.update(
          List.of(
              new AttributedString(
                  "a line over " + SockHighlighter.ANALYSE_MAX + " characters: no tips",
                  AttributedStyle.DEFAULT.faint()),
              AttributedString.EMPTY));
    }
    return true;
  }

  /** The tips of an empty line: before each prompt, so the bar never shows a past line's. */
  void fresh() {
    longShown = false;
    reader.setTailTip("");
    show(tips.describe("", 0));
  }

  /** Takes the status bar off the screen for good: on every way out. */
  void close() {
    if (status != null) {
      status.update(List.of());
      status.close();
    }
  }
}
