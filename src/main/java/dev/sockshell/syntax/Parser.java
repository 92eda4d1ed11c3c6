package dev.sockshell.syntax;

import dev.sockshell.command.Command;
import dev.sockshell.error.SyntaxError;
import dev.sockshell.syntax.gen.SockShellLexer;
import dev.sockshell.syntax.gen.SockShellParser;
import dev.sockshell.text.Suggest;
import dev.sockshell.text.Text;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CodePointCharStream;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.LexerATNSimulator;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.dfa.DFAState;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * Parses one line into commands. ANTLR's console listeners are removed and the first error bails
 * out as a {@link SyntaxError} with its column, what was expected there and a "did you mean".
 */
public final class Parser {
  private Parser() {}

  public static List<Command> parse(String line) {
    if (line.length() > RECENT_LINE) {
      return commands(line);
    }
    Known[] recent = RECENT.get()[dev.sockshell.text.Text.lang().ordinal()];
    int slot = line.hashCode() & (RECENT_LINES - 1);
    Known known = recent[slot];
    if (known != null && known.line().equals(line)) {
      return known.commands();
    }
    List<Command> commands = commands(line);
    recent[slot] = new Known(line, commands);
    return commands;
  }

  /**
   * The commands of lines this thread parsed lately, by language (a parse error's words are in the
   * language of the moment; only lines that parse are kept), in a table of {@link #RECENT_LINES}
   * slots by the line's hash, a new line taking its slot. Parsing is a pure function of the line
   * and commands are immutable, so a line a script repeats (getopt SO_RCVBUF, recv, send "ping") is
   * parsed once; a line seen once costs a slot, not the upkeep of a list in use order.
   */
  private static final int RECENT_LINES = 256;

  private static final int RECENT_LINE = 200;

  private record Known(String line, List<Command> commands) {}

  private static final ThreadLocal<Known[][]> RECENT =
      ThreadLocal.withInitial(
          () -> new Known[dev.sockshell.text.Text.Lang.values().length][RECENT_LINES]);

  /** A command with the text it was written as (for recordings). */
  public record Parsed(Command command, String text) {}

  /** A lexer and a parser per thread, reused line after line (a replay parses many). */
  private record Machinery(SockShellLexer lexer, SockShellParser parser) {}

  private static final ThreadLocal<Machinery> MACHINERY =
      ThreadLocal.withInitial(
          () -> {
            SockShellLexer lexer = new SockShellLexer(CharStreams.fromString(""));
            lexer.setInterpreter(new EndAware(lexer));
            lexer.removeErrorListeners();
            SockShellParser parser = new SockShellParser(new CommonTokenStream(lexer));
            parser.removeErrorListeners();
            parser.setErrorHandler(new Bail());

            return new Machinery(lexer, parser);
          });

  public static List<Parsed> parseSource(String line) {
    CodePointCharStream chars = CharStreams.fromString(line);
    SockShellParser.LineContext tree = tree(chars);
    List<Command> commands = new CommandBuilder().build(tree);
    List<SockShellParser.CommandContext> contexts = tree.command();
    List<Parsed> out = new ArrayList<>(commands.size());
    for (int i = 0; i < commands.size(); i++) {
      var ctx = contexts.get(i);
      // Token indices count code points; the char stream cuts by them, never inside a surrogate
      // pair as String.substring would.
      String text = chars.getText(Interval.of(ctx.start.getStartIndex(), ctx.stop.getStopIndex()));
      out.add(new Parsed(commands.get(i), text));
    }
    return out;
  }

  /** The commands alone, without the text of each (a replay has no use for it). */
  private static List<Command> commands(String line) {
    CodePointCharStream chars = CharStreams.fromString(line);
    Command option = optionLine(MACHINERY.get().lexer(), chars);
    if (option != null) {
      return List.of(option);
    }
    chars.seek(0);
    return fullParse(chars);
  }

  /** The commands as the whole grammar makes them (the quick path's yardstick in the tests). */
  static List<Command> fullParse(CodePointCharStream chars) {
    return List.copyOf(new CommandBuilder().build(tree(chars)));
  }

  /**
   * A line that is one setopt or getopt: the grammar takes any tokens after either word up to the
   * end ({@code SETOPT atom+}) and gives them to {@link OptArgs}, so such a line needs its tokens
   * only, not a parse tree (a replay is mostly these lines). Null for any other line, which is
   * parsed whole.
   */
  static Command optionLine(SockShellLexer lexer, CodePointCharStream chars) {
    lexer.setInputStream(chars);
    int type = lexer.nextToken().getType();
    if (type != SockShellLexer.SETOPT && type != SockShellLexer.GETOPT) {
      return null;
    }
    List<dev.sockshell.model.Atom> atoms = new ArrayList<>(4);
    for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
      if (t.getType() == SockShellLexer.SEMI) {
        return null;
      }
      atoms.add(Tokens.atom(t));
    }
    if (atoms.isEmpty()) {
      return null; // the grammar's "expected …" message
    }
    return type == SockShellLexer.SETOPT
        ? OptArgs.setopt(List.copyOf(atoms))
        : OptArgs.getopt(List.copyOf(atoms));
  }

  private static SockShellParser.LineContext tree(CodePointCharStream chars) {
    Machinery m = MACHINERY.get();
    try {
      // the two stages ANTLR recommends: the fast SLL prediction, which takes nearly every line,
      // then, only when it fails, full LL (a '}' that may be a value or close a time block)
      return parse(m, chars, PredictionMode.SLL);
    } catch (SyntaxError e) {
      chars.seek(0);
      return parse(m, chars, PredictionMode.LL);
    }
  }

  private static SockShellParser.LineContext parse(
      Machinery m, CodePointCharStream chars, PredictionMode mode) {
    m.lexer().setInputStream(chars);
    m.parser().setTokenStream(new CommonTokenStream(m.lexer()));
    m.parser().getInterpreter().setPredictionMode(mode);
    return m.parser().line();
  }

  /**
   * ANTLR's lexer caches the next state for each character, but not for the end of input, which it
   * computes again at the end of every line (a tenth of a replay's time). No rule of the grammar's
   * lexer mentions EOF, so no transition can match it: the end of input leads nowhere, and the
   * token before it is whatever was accepted last, as ANTLR itself would find.
   */
  private static final class EndAware extends LexerATNSimulator {
    EndAware(SockShellLexer lexer) {
      super(
          lexer,
          lexer.getATN(),
          lexer.getInterpreter().decisionToDFA,
          lexer.getInterpreter().getSharedContextCache());
    }

    @Override
    protected DFAState computeTargetState(CharStream input, DFAState s, int t) {
      return t == IntStream.EOF ? ERROR : super.computeTargetState(input, s, t);
    }
  }

  /** Throws at the first error instead of recovering; the grammar's EOF rejects leftovers. */
  private static final class Bail extends DefaultErrorStrategy {
    @Override
    public void reportError(org.antlr.v4.runtime.Parser recognizer, RecognitionException e) {
      throw error(recognizer, e.getOffendingToken());
    }

    @Override
    public Token recoverInline(org.antlr.v4.runtime.Parser recognizer) {
      throw error(recognizer, recognizer.getCurrentToken());
    }

    @Override
    public void recover(org.antlr.v4.runtime.Parser recognizer, RecognitionException e) {
      throw error(recognizer, e.getOffendingToken());
    }

    @Override
    public void sync(org.antlr.v4.runtime.Parser recognizer) {}
  }

  private static final IntervalSet ENDPOINT_START =
      new IntervalSet(
          SockShellLexer.IPV4,
          SockShellLexer.IPV4_PORT,
          SockShellLexer.V6_PORT,
          SockShellLexer.HOST_PORT,
          SockShellLexer.IPV6,
          SockShellLexer.STAR,
          SockShellLexer.ANY,
          SockShellLexer.NAME);

  /** What the words of some rules are, where a token kind alone would mislead. */
  private enum Place {
    PATH,
    SETTING,
    EXPECTATION,
    OTHER
  }

  private static Place place(org.antlr.v4.runtime.Parser recognizer) {
    for (RuleContext c = recognizer.getContext(); c != null; c = c.parent) {
      if (c instanceof SockShellParser.PathContext
          || c instanceof SockShellParser.SourceFileContext
          || c instanceof SockShellParser.RecordContext) {
        return Place.PATH;
      }
      if (c instanceof SockShellParser.SetContext) {
        return Place.SETTING;
      }
      if (c instanceof SockShellParser.ExpectationContext
          || c instanceof SockShellParser.ExpectContext) {
        return Place.EXPECTATION;
      }
    }
    return Place.OTHER;
  }

  static SyntaxError error(org.antlr.v4.runtime.Parser recognizer, Token offending) {
    IntervalSet expectedSet = recognizer.getExpectedTokens();
    List<String> expected = new ArrayList<>();
    List<String> keywords = new ArrayList<>();
    Place place = place(recognizer);
    if (place == Place.PATH && expectedSet.contains(SockShellLexer.PATH)) {
      expectedSet =
          expectedSet.subtract(
              IntervalSet.of(SockShellLexer.STRING)
                  .or(IntervalSet.of(SockShellLexer.NAME))
                  .or(IntervalSet.of(SockShellLexer.PATH)));
      expected.add(Text.get("syntax.fileName"));
    } else if (place == Place.SETTING && expectedSet.contains(SockShellLexer.NAME)) {
      expectedSet = expectedSet.subtract(IntervalSet.of(SockShellLexer.NAME));
      expected.add(Text.get("syntax.setting"));
      keywords.addAll(List.of("feedback", "lang", "encoding"));
    } else if (place == Place.EXPECTATION && expectedSet.size() > 10) {
      // expect OPTION = VALUE takes any word: name the kinds of expectation instead.
      expectedSet = new IntervalSet();
      expected.add(Text.get("syntax.expectation"));
      keywords.addAll(List.of("error", "recv", "nothing", "output", "interface"));
    }
    Token before = recognizer.getTokenStream().LT(-1);
    if (recognizer.getContext() instanceof SockShellParser.OpenContext
        && before != null
        && before.getType() == SockShellLexer.IN
        && expectedSet.contains(SockShellLexer.NAME)) {
      // open … in HOST: the word is a lab host, not a socket's name
      expectedSet = expectedSet.subtract(IntervalSet.of(SockShellLexer.NAME));
      expected.add(Text.get("syntax.labHost"));
    }
    if (expectedSet.contains(SockShellLexer.V6_PORT)) {
      // An endpoint: one phrase reads better than the seven token kinds that can start it.
      expectedSet = expectedSet.subtract(ENDPOINT_START);
      expected.add(Text.get("syntax.endpoint"));
    }
    for (int type : expectedSet.toList()) {
      expected.add(Tokens.describe(type));
      if (Tokens.isKeyword(type)) {
        keywords.add(Tokens.keyword(type));
      }
    }
    if (expected.size() > 12) {
      expected = new ArrayList<>(List.of(Text.get("syntax.value")));
    }
    int column = offending.getCharPositionInLine() + 1;
    String text = offending.getText();
    boolean atEnd = offending.getType() == Token.EOF;
    boolean commandStart = atCommandStart(recognizer, offending);
    if (commandStart) {
      keywords = commandWords();
    }
    String suggestion = atEnd ? null : Suggest.nearest(text, keywords);
    text = Text.clip(text);
    String message;
    if (atEnd) {
      message = Text.get("syntax.incomplete", orList(expected));
    } else if (commandStart) {
      message = Text.get("syntax.unknownCommand", text);
      expected = List.of(Text.get("syntax.aCommand"));
    } else {
      message = Text.get("syntax.unexpected", text, orList(expected));
    }
    int width = atEnd ? 1 : Math.min(offending.getText().length(), Text.CLIP);
    return new SyntaxError(message, column, width, expected, suggestion);
  }

  /** True when the token is the first of a command: first on the line or right after ';'. */
  private static boolean atCommandStart(org.antlr.v4.runtime.Parser recognizer, Token t) {
    int i = t.getTokenIndex() - 1;
    var tokens = recognizer.getTokenStream();
    return i < 0 || tokens.get(i).getType() == SockShellLexer.SEMI;
  }

  /** The command names, from the command table. */
  static List<String> commandWords() {
    return dev.sockshell.command.CommandTable.names();
  }

  static String orList(List<String> items) {
    if (items.size() <= 1) {
      return items.isEmpty() ? Text.get("syntax.nothingMore") : items.get(0);
    }
    return Text.get(
        "syntax.or", String.join(", ", items.subList(0, items.size() - 1)), items.getLast());
  }
}
