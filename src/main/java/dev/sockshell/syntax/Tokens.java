package dev.sockshell.syntax;

import dev.sockshell.model.Atom;
import dev.sockshell.syntax.gen.SockShellLexer;
import dev.sockshell.text.Text;
import java.util.Locale;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.Vocabulary;

/** What the grammar's tokens mean to a person, and as value words. */
public final class Tokens {
  private static final Vocabulary VOCAB = SockShellLexer.VOCABULARY;

  private Tokens() {}

  /** "udp", "an IPv4 address", … for "expected …" messages. */
  public static String describe(int type) {
    return switch (type) {
      case Token.EOF -> Text.get("token.eol");
      case SockShellLexer.NAME -> Text.get("token.name");
      case SockShellLexer.NUMBER -> Text.get("token.number");
      case SockShellLexer.IPV4 -> Text.get("token.ipv4");
      case SockShellLexer.IPV6 -> Text.get("token.ipv6");
      case SockShellLexer.IPV4_PORT -> "ADDRESS:PORT";
      case SockShellLexer.V6_PORT -> "[IPv6]:PORT";
      case SockShellLexer.HOST_PORT -> "HOST:PORT";
      case SockShellLexer.STRING -> Text.get("token.string");
      case SockShellLexer.HEXBYTES -> "hex:BYTES";
      case SockShellLexer.DURATION -> Text.get("token.duration");
      case SockShellLexer.SIZE -> Text.get("token.size");
      case SockShellLexer.FLOAT -> Text.get("token.float");
      case SockShellLexer.STAR -> "*";
      case SockShellLexer.SEMI -> "';'";
      default -> keyword(type);
    };
  }

  /** The literal of a keyword token (open, udp, …), or null if the type is not a keyword. */
  public static String keyword(int type) {
    String lit = VOCAB.getLiteralName(type);
    return lit == null ? VOCAB.getSymbolicName(type) : lit.substring(1, lit.length() - 1);
  }

  /** Which token types are keywords: those the grammar spells as a literal word ('open', …). */
  private static final boolean[] KEYWORDS = new boolean[VOCAB.getMaxTokenType() + 1];

  static {
    for (int t = 1; t < KEYWORDS.length; t++) {
      String lit = VOCAB.getLiteralName(t);
      KEYWORDS[t] = lit != null && lit.matches("'[a-z][a-z0-9]*'");
    }
  }

  /** Whether the token is a keyword of the grammar; the one place the highlighter asks too. */
  public static boolean isKeyword(int type) {
    return type > 0 && type < KEYWORDS.length && KEYWORDS[type];
  }

  public static Atom atom(Token t) {
    return new Atom(kind(t.getType()), t.getText(), t.getCharPositionInLine() + 1);
  }

  static Atom.Kind kind(int type) {
    if (isKeyword(type)) {
      return Atom.Kind.KEYWORD;
    }
    return switch (type) {
      case SockShellLexer.NUMBER -> Atom.Kind.NUMBER;
      case SockShellLexer.FLOAT -> Atom.Kind.FLOAT;
      case SockShellLexer.SIZE -> Atom.Kind.SIZE;
      case SockShellLexer.DURATION -> Atom.Kind.DURATION;
      case SockShellLexer.NAME -> Atom.Kind.NAME;
      case SockShellLexer.IPV4 -> Atom.Kind.IPV4;
      case SockShellLexer.IPV6 -> Atom.Kind.IPV6;
      case SockShellLexer.STRING -> Atom.Kind.STRING;
      case SockShellLexer.HEXBYTES -> Atom.Kind.HEX;
      case SockShellLexer.STAR -> Atom.Kind.STAR;
      default -> Atom.Kind.OTHER;
    };
  }

  public static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
