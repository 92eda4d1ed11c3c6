package dev.sockshell.console;

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
                    : () -> builtin.apply() && update());
      }
    }
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

  /** Recomputes the tips for the line as it is now. */
  boolean update() {
    Tips.Tip tip = tips.describe(reader.getBuffer().toString(), reader.getBuffer().cursor());
    reader.setTailTip(tip.tailTip());
    if (status != null) {
      // Always the same number of lines: the bar does not jump as the line changes.
      java.util.List<AttributedString> lines = new java.util.ArrayList<>();
      for (int i = 0; i < LINES; i++) {
        String text = i < tip.status().size() ? tip.status().get(i) : "";
        lines.add(new AttributedString(text, AttributedStyle.DEFAULT.faint()));
      }
      status.update(lines);
    }
    return true;
  }

  /** Clears the status bar, before the program's output takes the screen. */
  void clear() {
    if (status != null) {
      status.update(List.of());
    }
  }
}
