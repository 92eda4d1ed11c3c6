package dev.sockshell.console;

import dev.sockshell.catalogue.Level;
import dev.sockshell.catalogue.OptionCatalogue;
import dev.sockshell.error.SyntaxError;
import dev.sockshell.error.UsageError;
import dev.sockshell.session.Session;
import dev.sockshell.syntax.Parser;
import dev.sockshell.syntax.gen.SockShellLexer;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Colours the line as it is typed, from the grammar's own lexer: commands, keywords, options and
 * levels, sockets, numbers, strings, addresses and comments; the word a parse stops at is red.
 */
public final class SockHighlighter implements Highlighter {
  static final AttributedStyle COMMAND = AttributedStyle.BOLD.foreground(AttributedStyle.BLUE);
  static final AttributedStyle KEYWORD = AttributedStyle.DEFAULT.foreground(AttributedStyle.BLUE);
  static final AttributedStyle OPTION = AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
  static final AttributedStyle SOCKET = AttributedStyle.DEFAULT.foreground(AttributedStyle.MAGENTA);
  static final AttributedStyle NUMBER = AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW);
  static final AttributedStyle STRING = AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
  static final AttributedStyle ADDRESS =
      AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW).italic();
  static final AttributedStyle COMMENT = AttributedStyle.DEFAULT.faint();
  static final AttributedStyle ERROR =
      AttributedStyle.DEFAULT.foreground(AttributedStyle.RED).underline();

  private final Session session;

  public SockHighlighter(Session session) {
    this.session = session;
  }

  @Override
  public AttributedString highlight(LineReader reader, String buffer) {
    return highlight(buffer);
  }

  /**
   * Past this length a line is not analysed as it is typed (colours, tips, status): that work is
   * linear in the line per key, so it would make a long paste quadratic.
   */
  public static final int ANALYSE_MAX = 1024;

  /** The styled line; public for tests. */
  public AttributedString highlight(String buffer) {
    if (buffer.length() > ANALYSE_MAX) {
      return new AttributedString(buffer);
    }
    AttributedStyle[] styles = new AttributedStyle[buffer.length()];
    SockShellLexer lexer = new SockShellLexer(CharStreams.fromString(buffer));
    lexer.removeErrorListeners();
    boolean commandStart = true;
    int end = 0;
    for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
      comment(buffer, end, t.getStartIndex(), styles);
      fill(styles, t.getStartIndex(), t.getStopIndex() + 1, style(t, commandStart));
      commandStart = t.getType() == SockShellLexer.SEMI;
      end = t.getStopIndex() + 1;
    }
    comment(buffer, end, buffer.length(), styles);
    markError(buffer, styles);
    AttributedStringBuilder b = new AttributedStringBuilder();
    for (int i = 0; i < buffer.length(); i++) {
      b.style(styles[i] == null ? AttributedStyle.DEFAULT : styles[i]).append(buffer.charAt(i));
    }
    return b.toAttributedString();
  }

  private AttributedStyle style(Token t, boolean commandStart) {
    int type = t.getType();
    if (dev.sockshell.syntax.Tokens.isKeyword(type)) {
      return commandStart ? COMMAND : KEYWORD;
    }
    return switch (type) {
      case SockShellLexer.NAME -> name(t.getText());
      case SockShellLexer.NUMBER,
          SockShellLexer.SIZE,
          SockShellLexer.DURATION,
          SockShellLexer.FLOAT ->
          NUMBER;
      case SockShellLexer.STRING, SockShellLexer.HEXBYTES -> STRING;
      case SockShellLexer.IPV4,
          SockShellLexer.IPV6,
          SockShellLexer.IPV4_PORT,
          SockShellLexer.V6_PORT,
          SockShellLexer.HOST_PORT,
          SockShellLexer.STAR ->
          ADDRESS;
      case SockShellLexer.ERROR_CHAR -> ERROR;
      default -> AttributedStyle.DEFAULT;
    };
  }

  private AttributedStyle name(String text) {
    if (OptionCatalogue.get().byName(text).isPresent() || Level.byName(text).isPresent()) {
      return OPTION;
    }
    return session.labels().contains(text) ? SOCKET : AttributedStyle.DEFAULT;
  }

  /** A '#' between tokens starts a comment that runs to the end of the gap. */
  private static void comment(String buffer, int from, int to, AttributedStyle[] styles) {
    int hash = buffer.substring(from, to).indexOf('#');
    if (hash >= 0) {
      fill(styles, from + hash, to, COMMENT);
    }
  }

  /**
   * Marks the word a parse stops at, unless it is the word still being typed at the end of the line
   * (an unfinished word is not yet an error).
   */
  private static void markError(String buffer, AttributedStyle[] styles) {
    int column;
    int length;
    try {
      Parser.parse(buffer);
      return;
    } catch (SyntaxError e) {
      if (e.getMessage().startsWith("incomplete")) {
        return;
      }
      column = e.column();
      length = e.length();
    } catch (UsageError e) {
      column = e.column();
      length = wordLength(buffer, column - 1);
    }
    int start = column - 1;
    if (start < 0 || start >= buffer.length()) {
      return;
    }
    int stop = Math.min(buffer.length(), start + Math.max(1, length));
    if (stop == buffer.length() && !Character.isWhitespace(buffer.charAt(stop - 1))) {
      return;
    }
    fill(styles, start, stop, ERROR);
  }

  private static int wordLength(String buffer, int from) {
    int i = Math.max(0, from);
    while (i < buffer.length() && !Character.isWhitespace(buffer.charAt(i))) {
      i++;
    }
    return i - from;
  }

  private static void fill(AttributedStyle[] styles, int from, int to, AttributedStyle s) {
    for (int i = Math.max(0, from); i < Math.min(to, styles.length); i++) {
      styles[i] = s;
    }
  }

  @Override
  public void setErrorPattern(Pattern errorPattern) {}

  @Override
  public void setErrorIndex(int errorIndex) {}
}
