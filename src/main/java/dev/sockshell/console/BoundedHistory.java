package dev.sockshell.console;

import java.time.Instant;
import org.jline.reader.impl.history.DefaultHistory;

/** JLine's history, except that a line too long to retype by hand is not kept. */
final class BoundedHistory extends DefaultHistory {
  /** Longer lines (a pasted payload, a fuzz run) would bloat ~/.sockshell_history. */
  static final int LONGEST = 1024;

  @Override
  public void add(Instant time, String line) {
    if (line.length() <= LONGEST) {
      super.add(time, line);
    }
  }
}
