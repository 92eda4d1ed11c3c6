package dev.sockshell.console;

import dev.sockshell.catalogue.OptionCatalogue;
import dev.sockshell.catalogue.SockOption;
import dev.sockshell.command.CommandTable;
import dev.sockshell.kernel.KernelDefaults;
import dev.sockshell.syntax.OptShape;
import dev.sockshell.syntax.Slots;
import dev.sockshell.syntax.Slots.Slot;
import dev.sockshell.syntax.gen.SockShellLexer;
import dev.sockshell.text.Suggest;
import dev.sockshell.text.Text;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.Token;

/**
 * What the console shows while a line is typed: a status line with the syntax of the command, one
 * for the option under the cursor (C type, access, this kernel's default), and a tail tip naming
 * what may come next.
 */
public final class Tips {
  /** The status lines and the tail tip for one state of the line. */
  public record Tip(List<String> status, String tailTip) {}

  private final KernelDefaults defaults;

  public Tips(KernelDefaults defaults) {
    this.defaults = defaults;
  }

  public Tip describe(String buffer, int cursor) {
    String before = buffer.substring(0, cursor);
    List<Token> tokens = Slots.commandTokens(before);
    List<String> status = new ArrayList<>();
    if (tokens.isEmpty()) {
      status.add(Text.get("tips.commands", String.join(" ", CommandTable.names())));
      return new Tip(status, "");
    }
    String command = tokens.get(0).getText();
    Optional<CommandTable.Entry> entry = CommandTable.byName(command);
    if (entry.isEmpty()) {
      boolean typing = tokens.size() == 1 && !before.endsWith(" ");
      String near = Suggest.nearest(command, CommandTable.names());
      status.add(
          typing
              ? Text.get("tips.commandsPlain", String.join(" ", CommandTable.names()))
              : near == null
                  ? Text.get("tips.unknown", Text.clip(command))
                  : Text.get("tips.unknownNear", Text.clip(command), near));
      return new Tip(status, "");
    }
    status.add(entry.get().syntax());
    option(buffer, cursor, tokens).ifPresent(o -> status.add(optionLine(o)));
    String tail = "";
    if (before.endsWith(" ") && cursor == buffer.length()) {
      tail =
          command.equals("setopt") || command.equals("getopt")
              ? optionTail(tokens, command.equals("setopt"))
              : tail(before, command);
    }
    return new Tip(status, tail);
  }

  /** The option under the cursor, else the last one named before it. */
  private static Optional<SockOption> option(String buffer, int cursor, List<Token> tokens) {
    int start = cursor;
    while (start > 0 && !Character.isWhitespace(buffer.charAt(start - 1))) {
      start--;
    }
    int end = cursor;
    while (end < buffer.length() && !Character.isWhitespace(buffer.charAt(end))) {
      end++;
    }
    Optional<SockOption> here = OptionCatalogue.get().byName(buffer.substring(start, end));
    if (here.isPresent()) {
      return here;
    }
    for (int i = tokens.size() - 1; i >= 0; i--) {
      Optional<SockOption> o = OptionCatalogue.get().byName(tokens.get(i).getText());
      if (o.isPresent()) {
        return o;
      }
    }
    return Optional.empty();
  }

  private String optionLine(SockOption o) {
    StringBuilder b = new StringBuilder();
    b.append(o.name())
        .append(": ")
        .append(o.type().cName())
        .append(", ")
        .append(Text.get("access." + o.access().name().toLowerCase(java.util.Locale.ROOT)));
    if (o.canSet()) {
      b.append("; ").append(Text.get("tips.value", o.type().syntax()));
    }
    String d = defaults.summary(o);
    if (d != null) {
      b.append("; ").append(Text.get("tips.default", d));
    }
    return b.toString();
  }

  /** setopt/getopt take free words: what comes next is read from the catalogue. */
  private static String optionTail(List<Token> tokens, boolean set) {
    List<String> words = tokens.stream().skip(1).map(Token::getText).toList();
    OptShape shape = OptShape.read(words, OptShape::socketWord);
    if (shape.option() != null) {
      return set && shape.valueAt() == words.size() ? shape.option().type().syntax() : "";
    }
    if (shape.level() != null && shape.valueAt() == words.size()) {
      return "OPTION";
    }
    return words.isEmpty() ? "[SOCK] [LEVEL] OPTION" + (set ? " VALUE" : "|all") : "[LEVEL] OPTION";
  }

  /** Placeholders for what the grammar accepts next: "SOCK | ADDR", "rd | wr | both", … */
  private static String tail(String before, String command) {
    Set<String> parts = new LinkedHashSet<>();
    for (Slot s : Slots.after(before)) {
      String kw = s.keyword();
      if (kw != null && !s.rule().equals("atom")) {
        parts.add(kw);
        continue;
      }
      switch (s.rule()) {
        case "sock" -> parts.add("SOCK");
        case "address" ->
            parts.add(command.equals("join") || command.equals("leave") ? "GROUP" : "ADDR");
        case "endpoint" -> {
          if (s.tokenType() == SockShellLexer.NUMBER) {
            parts.add("PORT");
          }
        }
        case "iface" -> parts.add("IFACE");
        case "payload" -> parts.add("\"TEXT\"|hex:BYTES");
        case "duration" -> parts.add("DURATION");
        case "atom" ->
            parts.add(
                command.equals("setopt") || command.equals("getopt") ? "[LEVEL] OPTION" : "WORD");
        case "listen" -> parts.add("BACKLOG");
        case "recv" -> {
          if (s.tokenType() == SockShellLexer.NUMBER) {
            parts.add("MAXBYTES");
          }
        }
        default -> {}
      }
    }
    // Placeholders (SOCK, ADDR, …) before keywords.
    List<String> ordered = new ArrayList<>(parts);
    ordered.sort(
        java.util.Comparator.comparing(
            (String p) -> !p.equals(p.toUpperCase(java.util.Locale.ROOT))));
    // No spaces inside the alternatives: JLine's tail tip drops one space-separated word for each
    // word typed, so "udp|tcp" disappears whole once the user types either.
    return String.join("|", ordered);
  }
}
