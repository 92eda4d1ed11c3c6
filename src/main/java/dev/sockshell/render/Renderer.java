package dev.sockshell.render;

import dev.sockshell.error.SyntaxError;
import dev.sockshell.error.UsageError;
import dev.sockshell.event.Event;
import dev.sockshell.text.Text;
import dev.sockshell.text.Width;
import dev.sockshell.text.Words;
import dev.sockshell.text.Wrap;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Turns events into the text a person reads, with or without ANSI colour. */
public final class Renderer {
  private static final String RESET = "\u001b[0m";
  private static final String RED = "\u001b[31m";
  private static final String GREEN = "\u001b[32m";
  private static final String YELLOW = "\u001b[33m";
  private static final String CYAN = "\u001b[36m";
  private static final String DIM = "\u001b[2m";
  private static final String BOLD = "\u001b[1m";

  private final boolean color;

  /** The terminal's width in cells, asked at each render (it changes with the window); 0: none. */
  private final java.util.function.IntSupplier width;

  /** Facts and words in plain English, as expect lines compare them. */
  public static final dev.sockshell.event.English ENGLISH =
      new dev.sockshell.event.English() {
        private final Renderer plain = new Renderer(false);

        @Override
        public String of(Event e) {
          return Text.in(Text.Lang.EN, () -> plain.render(e));
        }

        @Override
        public String of(Words w) {
          return Text.in(Text.Lang.EN, w::text);
        }
      };

  public Renderer(boolean color) {
    this(color, () -> 0);
  }

  /**
   * A renderer for a terminal: what it writes is fitted to {@code width} cells (tables shrink their
   * widest columns and wrap cells, long lines break at spaces under their own layout).
   */
  public Renderer(boolean color, java.util.function.IntSupplier width) {
    this.color = color;
    this.width = width;
  }

  /**
   * {@code NAME = value}, and its note under it: one buffer of the right size (a replay shows a
   * hundred thousand, and concatenation grows a buffer several times for each).
   */
  private String optionValue(Event.OptionValue v) {
    String name = v.name();
    String value = v.value();
    String note = v.note();
    StringBuilder b =
        new StringBuilder(name.length() + value.length() + (note == null ? 0 : note.length()) + 40);
    paint(b, BOLD, name).append(" = ");
    paint(b, CYAN, value);
    if (note != null) {
      b.append('\n');
      if (color) {
        b.append(DIM);
      }
      b.append("  (").append(note).append(')');
      if (color) {
        b.append(RESET);
      }
    }
    return b.toString();
  }

  private StringBuilder paint(StringBuilder b, String style, String text) {
    return color ? b.append(style).append(text).append(RESET) : b.append(text);
  }

  private String paint(String style, String text) {
    return color ? style + text + RESET : text;
  }

  /** The prompt: {@code sockshell[s1 udp4]> }, or {@code sockshell> } with no socket open. */
  public static String prompt(dev.sockshell.session.SessionSocket current) {
    return prompt(current, StandardCharsets.UTF_8);
  }

  /**
   * The prompt names the session's text encoding when it is not UTF-8: sockshell[s1 udp4 cp949]>.
   */
  public static String prompt(
      dev.sockshell.session.SessionSocket current, java.nio.charset.Charset encoding) {
    String enc =
        encoding.equals(StandardCharsets.UTF_8)
            ? ""
            : dev.sockshell.model.Encodings.label(encoding);
    if (current == null) {
      return enc.isEmpty() ? "sockshell> " : "sockshell[" + enc + "]> ";
    }
    return "sockshell["
        + current.label()
        + " "
        + current.kind()
        + (enc.isEmpty() ? "" : " " + enc)
        + "]> ";
  }

  /** The lines of an event, without a trailing newline, fitted to the terminal's width. */
  public String render(Event e) {
    int w = width.getAsInt();
    if (w <= 0) {
      return lines(e, 0);
    }
    String text = lines(e, w);
    return e instanceof Event.Table ? text : Wrap.fit(text, w);
  }

  /** The terminal's width in cells now; 0 when there is none. */
  public int width() {
    return width.getAsInt();
  }

  /** Text that is not an event (a line the front end adds), fitted to the terminal's width. */
  public String fit(String text) {
    return Wrap.fit(text, width.getAsInt());
  }

  private String lines(Event e, int w) {
    return switch (e) {
      case Event.Info i -> i.text();
      case Event.Note n -> paint(DIM, "  " + n.text());
      case Event.Syscall s -> paint(DIM, "  " + s.text());
      case Event.OptionValue v when v.checked() ->
          paint(DIM, "  \u2713 " + v.name() + " = " + v.value());
      case Event.OptionValue v -> optionValue(v);
      case Event.Received r -> received(r);
      case Event.Table t -> table(t.texts(), w);
      case Event.Help h -> h.text();
      case Event.Failure f -> paint(RED, message(f.error())) + hintLine(f);
      case Event.NothingArrived n -> paint(DIM, "  " + FactWords.words(n));
      case Event.Fact f -> FactWords.words(f);
      case Event.Timed t -> Timing.describe(t.nanos(), t.failedRound());
      case Event.BenchInterval b -> BenchLines.interval(b);
      case Event.BenchRun b -> BenchLines.end(b);
      case Event.Quit q -> "";
    };
  }

  private String hintLine(Event.Failure f) {
    String hint = Words.text(f.hint());
    if (hint == null && f.error() instanceof SyntaxError s && s.didYouMean() != null) {
      hint = Text.get("hint.didYouMean", s.didYouMean());
    }
    return hint == null ? "" : "\n" + paint(YELLOW, "  " + hint);
  }

  /** The one-line message of an error, book style for syscalls. */
  public static String message(RuntimeException error) {
    return Event.Failure.said(error).text();
  }

  /** The column of an error on its line, 0 when none applies. */
  public static int column(RuntimeException error) {
    return switch (error) {
      case SyntaxError s -> s.column();
      case UsageError u -> u.column();
      default -> 0;
    };
  }

  private String received(Event.Received r) {
    byte[] data = r.data();
    String who = r.from() != null ? r.from().toString() : "?";
    String head = paint(GREEN, "[" + r.proto().name() + "/" + who + "]");
    if (data.length == 0) {
      return head
          + " "
          + Text.get(
              r.proto() != dev.sockshell.model.Proto.TCP
                  ? "recv.emptyDatagram"
                  : r.from() == null ? "recv.noPeer" : "recv.closed");
    }
    String text = printable(data, r.encoding() == null ? StandardCharsets.UTF_8 : r.encoding());
    String count =
        paint(
            DIM,
            "("
                + Text.get(
                    data.length == 1 ? "recv.byte" : "recv.bytes", String.valueOf(data.length))
                + (r.ttl() == null
                    ? ""
                    : (r.from() != null && r.from().isV6() ? ", hops=" : ", ttl=") + r.ttl())
                + ")");
    if (text != null) {
      return head + " " + text + "  " + count;
    }
    return head + " " + count + "\n" + HexDump.dump(data);
  }

  /** The data as one line of text with escapes, or null when it is not text. */
  static String printable(byte[] data) {
    return printable(data, StandardCharsets.UTF_8);
  }

  /** Decoded in {@code charset}; null when the bytes are not text in it (then a hex dump). */
  static String printable(byte[] data, java.nio.charset.Charset charset) {
    String s;
    try {
      s =
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(data))
              .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (Character.isISOControl(c)) {
            return null;
          }
          b.append(c);
        }
      }
    }
    return b.toString();
  }

  private String table(List<List<String>> rows, int limit) {
    if (rows.size() <= 1) {
      return Text.get("table.none");
    }
    int cols = rows.get(0).size();
    int[] width = new int[cols];
    int[] least = new int[cols];
    for (List<String> row : rows) {
      for (int c = 0; c < cols; c++) {
        width[c] = Math.max(width[c], Width.of(row.get(c)));
        for (String word : row.get(c).split(" ")) {
          least[c] = Math.max(least[c], Width.of(word));
        }
      }
    }
    if (!fit(width, least, limit)) {
      return stacked(rows, limit);
    }
    int stateColumn = rows.get(0).indexOf(Text.get("table.ls").split(",", -1)[5]);
    List<String> lines = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      boolean current = r > 0 && rows.get(r).get(0).equals("*");
      // each cell as lines of its column's width; the row is as tall as its tallest cell
      List<List<String>> cells = new ArrayList<>();
      int height = 1;
      for (int c = 0; c < cols; c++) {
        List<String> cell = Wrap.cell(rows.get(r).get(c), width[c]);
        cells.add(cell);
        height = Math.max(height, cell.size());
      }
      for (int h = 0; h < height; h++) {
        StringBuilder b = new StringBuilder();
        for (int c = 0; c < cols; c++) {
          String cell = h < cells.get(c).size() ? cells.get(c).get(h) : "";
          boolean last = c == cols - 1;
          String padded =
              last ? cell : cell + " ".repeat(Math.max(0, width[c] - Width.of(cell)) + 2);
          if (r > 0 && c == stateColumn && h == 0) {
            // the state's colour ends with a reset: the current row's bold goes on after it
            padded = paint(stateStyle(cell), padded) + (current && color ? BOLD : "");
          }
          b.append(padded);
        }
        String line = b.toString().stripTrailing();
        lines.add(r == 0 || current ? paint(BOLD, line) : line);
      }
    }
    return String.join("\n", lines);
  }

  /**
   * Narrows the columns until the table fits {@code limit} cells (two between columns): always the
   * column with the most to give, a cell at a time, never below its longest word (a cell breaks at
   * spaces only, so an option name is never cut). False when even that is too wide; 0: no limit.
   */
  static boolean fit(int[] width, int[] least, int limit) {
    if (limit <= 0) {
      return true;
    }
    int cols = width.length;
    int total = 2 * (cols - 1);
    for (int w : width) {
      total += w;
    }
    while (total > limit) {
      int give = -1;
      for (int c = 0; c < cols; c++) {
        if (width[c] > least[c] && (give < 0 || width[c] >= width[give])) {
          give = c; // the later of equals: the description, not the name, gives way
        }
      }
      if (give < 0) {
        return false;
      }
      width[give]--;
      total--;
    }
    return true;
  }

  /**
   * A table too wide for the terminal even at its narrowest, one row as a block: the first cell and
   * the middle ones on a line, the last cell (the description) indented under them.
   */
  private String stacked(List<List<String>> rows, int limit) {
    int n = rows.get(0).size();
    // the row's name: the column (not the last) whose values differ most, e.g. the option name
    int key = 0;
    long most = -1;
    for (int c = 0; c < Math.max(1, n - 1); c++) {
      final int col = c;
      long distinct = rows.stream().skip(1).map(row -> row.get(col)).distinct().count();
      if (distinct > most) {
        most = distinct;
        key = c;
      }
    }
    List<String> out = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      List<String> middle = new ArrayList<>();
      for (int c = 0; c < n - 1; c++) {
        if (c != key && !row.get(c).isEmpty() && !row.get(c).equals("-")) {
          middle.add(row.get(c));
        }
      }
      String head =
          row.get(key) + (middle.isEmpty() ? "" : "  (" + String.join(", ", middle) + ")");
      List<String> block = new ArrayList<>(Wrap.line(head, limit));
      if (n > 1 && !row.get(n - 1).isEmpty()) {
        block.addAll(Wrap.line("    " + row.get(n - 1), limit));
      }
      for (String l : block) {
        out.add(r == 0 ? paint(BOLD, l) : l);
      }
    }
    return String.join("\n", out);
  }

  /** ls colours a socket's state: ready to talk green, bound yellow, shut down red. */
  private static String stateStyle(String state) {
    for (String s : new String[] {"listening", "connected"}) {
      if (state.equals(Text.get("state." + s))) {
        return GREEN;
      }
    }
    if (state.equals(Text.get("state.bound"))) {
      return YELLOW;
    }
    for (String s : new String[] {"shut_rd", "shut_wr", "shut"}) {
      if (state.equals(Text.get("state." + s))) {
        return RED;
      }
    }
    return RESET;
  }
}
