package dev.sockshell.syntax;

import dev.sockshell.syntax.gen.SockShellLexer;
import dev.sockshell.syntax.gen.SockShellParser;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.atn.NotSetTransition;
import org.antlr.v4.runtime.atn.RuleStopState;
import org.antlr.v4.runtime.atn.RuleTransition;
import org.antlr.v4.runtime.atn.Transition;
import org.antlr.v4.runtime.atn.WildcardTransition;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * What the grammar accepts as the next word of a line, for completion and the syntax tip: each
 * token kind that can follow, with the grammar rule it would belong to (sock, address, iface, …)
 * and the command it is part of. It walks the parser's own ATN over the words typed so far, so the
 * grammar alone decides; nothing here lists words per command.
 */
public final class Slots {
  /** A kind of word that can come next, and where it would sit in the grammar. */
  public record Slot(int tokenType, String rule, String command) {
    /** The keyword's text (open, udp, …), or null when the slot is not a keyword. */
    public String keyword() {
      return Tokens.isKeyword(tokenType) ? Tokens.keyword(tokenType) : null;
    }
  }

  /** A call stack of the ATN walk: the states to return to, innermost first. */
  private record Stack(ATNState follow, Stack next) {}

  private record Config(ATNState state, Stack stack) {}

  private static final ATN ATN = SockShellParser._ATN;

  private Slots() {}

  /** The words of the command being typed in {@code prefix} (after its last ';'). */
  public static List<Token> commandTokens(String prefix) {
    List<Token> tokens = lex(prefix);
    int start = 0;
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).getType() == SockShellLexer.SEMI) {
        start = i + 1;
      }
    }
    return tokens.subList(start, tokens.size());
  }

  /** The slots for the next word after {@code prefix}; empty when the prefix does not parse. */
  public static Set<Slot> after(String prefix) {
    List<Token> tokens = lex(prefix);
    Set<Config> configs =
        closure(Set.of(new Config(ATN.ruleToStartState[SockShellParser.RULE_line], null)));
    for (Token t : tokens) {
      Set<Config> next = new HashSet<>();
      for (Config c : configs) {
        for (Transition tr : transitions(c.state)) {
          if (!tr.isEpsilon() && tr.matches(t.getType(), 1, ATN.maxTokenType)) {
            next.add(new Config(tr.target, c.stack));
          }
        }
      }
      configs = closure(next);
      if (configs.isEmpty()) {
        return Set.of();
      }
    }
    List<Token> current = commandTokens(prefix);
    String command = current.isEmpty() ? null : current.get(0).getText();
    Set<Slot> out = new LinkedHashSet<>();
    // In the order of the grammar's states, so that tips and candidates come out the same way
    // every time.
    List<Config> ordered = new java.util.ArrayList<>(configs);
    ordered.sort(java.util.Comparator.comparingInt(c -> c.state.stateNumber));
    for (Config c : ordered) {
      for (Transition tr : transitions(c.state)) {
        if (tr.isEpsilon()) {
          continue;
        }
        String rule = SockShellParser.ruleNames[c.state.ruleIndex];
        for (int type : labels(tr).toList()) {
          if (type > 0) {
            out.add(new Slot(type, rule, command));
          }
        }
      }
    }
    return out;
  }

  private static IntervalSet labels(Transition tr) {
    IntervalSet all = IntervalSet.of(1, ATN.maxTokenType);
    if (tr instanceof WildcardTransition) {
      return all;
    }
    if (tr instanceof NotSetTransition ns) {
      return all.subtract(ns.label());
    }
    IntervalSet label = tr.label();
    return label == null ? new IntervalSet() : label;
  }

  /** Follows every epsilon path: rule calls push their return state, rule ends pop it. */
  private static Set<Config> closure(Set<Config> start) {
    Set<Config> seen = new HashSet<>();
    Deque<Config> work = new ArrayDeque<>(start);
    while (!work.isEmpty()) {
      Config c = work.pop();
      if (!seen.add(c)) {
        continue;
      }
      if (c.state instanceof RuleStopState) {
        if (c.stack != null) {
          work.push(new Config(c.stack.follow, c.stack.next));
        }
        continue;
      }
      for (Transition tr : transitions(c.state)) {
        if (tr instanceof RuleTransition rt) {
          work.push(new Config(rt.target, new Stack(rt.followState, c.stack)));
        } else if (tr.isEpsilon()) {
          work.push(new Config(tr.target, c.stack));
        }
      }
    }
    return seen;
  }

  private static List<Transition> transitions(ATNState s) {
    Transition[] ts = new Transition[s.getNumberOfTransitions()];
    for (int i = 0; i < ts.length; i++) {
      ts[i] = s.transition(i);
    }
    return List.of(ts);
  }

  private static List<Token> lex(String text) {
    SockShellLexer lexer = new SockShellLexer(CharStreams.fromString(text));
    lexer.removeErrorListeners();
    List<Token> out = new java.util.ArrayList<>();
    for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
      out.add(t);
    }
    return out;
  }
}
