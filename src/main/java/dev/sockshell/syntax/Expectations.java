package dev.sockshell.syntax;

import static dev.sockshell.syntax.gen.SockShellParser.*;

import dev.sockshell.command.Command;
import dev.sockshell.command.Expectation;
import dev.sockshell.error.UsageError;
import dev.sockshell.model.Atom;
import dev.sockshell.text.Words;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Builds the {@link Expectation} of an {@code expect} line. */
final class Expectations {
  private static final Pattern ERRNO = Pattern.compile("E[A-Z0-9]+");

  private Expectations() {}

  static Expectation build(ExpectationContext c) {
    return switch (c) {
      case ExpectErrorContext e -> error(Tokens.atom(e.errno));
      case ExpectRecvContext r ->
          new Expectation.Receives(
              CommandBuilder.sockOf(r.sock()),
              CommandBuilder.payloadOf(r.payload()),
              CommandBuilder.waitMicros(r.duration()));
      case ExpectNothingContext n ->
          new Expectation.Nothing(
              CommandBuilder.sockOf(n.sock()), CommandBuilder.waitMicros(n.duration()));
      case ExpectOutputContext o -> output(o);
      case ExpectInterfaceContext i -> new Expectation.Interface(i.NAME().getText());
      case ExpectValueContext v ->
          value(v.atom().stream().map(a -> Tokens.atom(a.getStart())).toList());
      default -> throw new IllegalStateException("unknown expectation " + c.getText());
    };
  }

  private static Expectation error(Atom a) {
    String text = a.text().toUpperCase(Locale.ROOT);
    if (a.kind() == Atom.Kind.NUMBER || text.equals("ANY") || ERRNO.matcher(text).matches()) {
      return new Expectation.ErrorIs(text);
    }
    throw new UsageError(Words.of("expect.errnoWord"), a.column());
  }

  private static Expectation output(ExpectOutputContext o) {
    Atom a = Tokens.atom(o.STRING().getSymbol());
    // A pattern is taken as written (only \" is unescaped), so \d and \( mean what regexes mean.
    String text =
        o.LIKE() != null
            ? a.text().substring(1, a.text().length() - 1).replace("\\\"", "\"")
            : new String(Strings.unquote(a), java.nio.charset.StandardCharsets.UTF_8);
    if (o.LIKE() != null) {
      try {
        Pattern.compile(text);
      } catch (PatternSyntaxException e) {
        throw new UsageError(Words.of("expect.regex", e.getDescription()), a.column());
      }
    }
    return new Expectation.Output(text, o.LIKE() != null);
  }

  /** {@code [SOCK] [LEVEL] OPTNAME = VALUE…}, read like a getopt followed by a value. */
  private static Expectation value(List<Atom> atoms) {
    int eq = -1;
    for (int i = 0; i < atoms.size(); i++) {
      if (atoms.get(i).text().equals("=")) {
        eq = i;
        break;
      }
    }
    if (eq <= 0 || eq == atoms.size() - 1) {
      throw new UsageError(Words.of("expect.forms"), atoms.get(0).column());
    }
    Command.GetOpt get = (Command.GetOpt) OptArgs.getopt(atoms.subList(0, eq));
    if (get.option() == null) {
      throw new UsageError(Words.of("expect.noName"), atoms.get(0).column());
    }
    return new Expectation.Value(get.sock(), get.option(), atoms.subList(eq + 1, atoms.size()));
  }
}
