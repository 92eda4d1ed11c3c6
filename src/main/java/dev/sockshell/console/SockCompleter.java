package dev.sockshell.console;

import dev.sockshell.catalogue.Level;
import dev.sockshell.catalogue.OptionCatalogue;
import dev.sockshell.catalogue.SockOption;
import dev.sockshell.command.CommandTable;
import dev.sockshell.command.Feedback;
import dev.sockshell.ctype.Choice;
import dev.sockshell.model.Family;
import dev.sockshell.session.Session;
import dev.sockshell.session.SessionSocket;
import dev.sockshell.syntax.OptShape;
import dev.sockshell.syntax.Slots;
import dev.sockshell.syntax.Slots.Slot;
import dev.sockshell.syntax.gen.SockShellLexer;
import dev.sockshell.text.Text;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.jline.builtins.Completers;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab completion. The grammar says which kinds of word can come next ({@link Slots}); the live
 * session, the machine's interfaces and the option catalogue supply the words. It offers every
 * candidate for the position and leaves filtering (and typo matching) to the reader.
 */
public final class SockCompleter implements Completer {
  private static final OptionCatalogue CATALOGUE = OptionCatalogue.get();
  private final Session session;
  private final Interfaces interfaces;

  public SockCompleter(Session session) {
    this(session, new Interfaces());
  }

  SockCompleter(Session session, Interfaces interfaces) {
    this.session = session;
    this.interfaces = interfaces;
  }

  @Override
  public void complete(LineReader reader, ParsedLine line, List<Candidate> out) {
    String prefix = line.line().substring(0, line.cursor() - line.wordCursor());
    Set<Slot> slots = Slots.after(prefix);
    if (slots.stream().anyMatch(s -> s.rule().equals("path"))) {
      // File names: scripts for source, any file for record.
      boolean source = slots.stream().anyMatch(s -> "source".equals(s.command()));
      (source ? SCRIPTS : FILES).complete(reader, line, out);
      return;
    }
    out.addAll(candidates(prefix));
  }

  private static final Completer SCRIPTS =
      new Completers.FilesCompleter(() -> Path.of(""), "*.sockscript");
  private static final Completer FILES = new Completers.FileNameCompleter();

  /** Every candidate for the word that starts where {@code prefix} ends. */
  public List<Candidate> candidates(String prefix) {
    Map<String, Candidate> out = new LinkedHashMap<>();
    Set<Slot> slots = Slots.after(prefix);
    List<String> args = Slots.commandTokens(prefix).stream().skip(1).map(Token::getText).toList();
    for (Slot s : slots) {
      slot(s, args, out);
    }
    return new ArrayList<>(out.values());
  }

  private void slot(Slot s, List<String> args, Map<String, Candidate> out) {
    String kw = s.keyword();
    if (kw != null && !s.rule().equals("atom")) {
      if ("leave".equals(s.command()) && s.rule().equals("address")) {
        return; // leave takes a group that was joined, not 'any'
      }
      boolean command = s.command() == null;
      add(
          out,
          kw,
          Text.get(command ? "group.commands" : "group.keywords"),
          command ? syntaxOf(kw) : null);
      return;
    }
    switch (s.rule()) {
      case "sock" -> sockets(out);
      case "address" -> address(s, args, out);
      case "iface" -> iface(s, out);
      case "payload" -> {
        add(out, "\"", Text.get("group.payload"), Text.get("choice.text"), false);
        add(out, "hex:", Text.get("group.payload"), Text.get("choice.hex"), false);
      }
      case "duration" -> words(out, Text.get("group.durations"), "500ms", "1s", "3.5s");
      case "atom" -> atom(s.command(), args, out);
      case "command" -> {
        if ("open".equals(s.command())
            && s.tokenType() == SockShellLexer.NAME
            && !args.isEmpty()
            && args.getLast().equals("in")) {
          LabWords.hosts(session.lab(), out, Text.get("group.labHosts"));
        }
        if ("set".equals(s.command()) && s.tokenType() == SockShellLexer.NAME) {
          add(out, "feedback", Text.get("group.settings"), "quiet | normal | verbose");
          add(out, "lang", Text.get("group.settings"), "ko | en");
          add(
              out,
              "encoding",
              Text.get("group.settings"),
              String.join(" | ", dev.sockshell.model.Encodings.NAMES));
        }
      }
      default -> {}
    }
  }

  private static String syntaxOf(String command) {
    return CommandTable.byName(command).map(CommandTable.Entry::syntax).orElse(null);
  }

  private void atom(String command, List<String> args, Map<String, Candidate> out) {
    switch (command) {
      case "setopt", "getopt" -> options(args, command.equals("getopt"), out);
      case "help" -> {
        if (args.isEmpty()) {
          for (CommandTable.Entry e : CommandTable.ALL) {
            add(out, e.name(), Text.get("group.commands"), e.syntax());
          }
          optionNames(CATALOGUE.all(), out);
        }
      }
      case "bench" -> bench(args, out);
      case "lab" -> LabWords.words(args, out);
      case "options" -> {
        levels(out);
        add(out, "chapter", Text.get("group.keywords"), Text.get("choice.chapter"));
      }
      case "expect" -> options(args, true, out);
      case "set" -> {
        if (!args.isEmpty() && args.get(0).equals("encoding")) {
          for (String e : dev.sockshell.model.Encodings.NAMES) {
            add(out, e, "encoding", Text.get("choice.encoding." + e.replace("-", "")));
          }
        } else if (!args.isEmpty() && args.get(0).equals("lang")) {
          add(out, "ko", "lang", Text.get("choice.ko"));
          add(out, "en", "lang", Text.get("choice.en"));
        } else {
          for (Feedback f : Feedback.values()) {
            add(out, f.name().toLowerCase(Locale.ROOT), Text.get("group.feedback"), null);
          }
        }
      }
      default -> {}
    }
  }

  /** bench [rr|sweep] [SOCK] [OPTION V…] [for D] [size B]: the next word that fits. */
  private void bench(List<String> args, Map<String, Candidate> out) {
    if (args.isEmpty()) {
      add(out, "rr", Text.get("group.keywords"), Text.get("choice.benchRr"));
      add(out, "sweep", Text.get("group.keywords"), Text.get("choice.benchSweep"));
    }
    boolean sweep = !args.isEmpty() && args.get(0).equals("sweep");
    String last = args.isEmpty() ? "" : args.get(args.size() - 1);
    if (last.equals("for")) {
      words(out, Text.get("group.durations"), "500ms", "1s", "5s");
      return;
    }
    if (last.equals("size")) {
      words(out, Text.get("group.values"), "1", "1k", "64k", "128k");
      return;
    }
    if (args.size() <= 1) {
      for (var s : session.all()) {
        if (s.peer() != null) {
          add(out, s.label(), Text.get("group.sockets"), s.kind());
        }
      }
    }
    if (sweep && args.size() <= 2) {
      optionNames(CATALOGUE.all().stream().filter(o -> o.canSet()).toList(), out);
    }
    add(out, "for", Text.get("group.keywords"), Text.get("choice.benchFor"));
    add(out, "size", Text.get("group.keywords"), Text.get("choice.benchSize"));
  }

  private void address(Slot s, List<String> args, Map<String, Candidate> out) {
    boolean join = "join".equals(s.command());
    boolean leave = "leave".equals(s.command());
    SessionSocket target = session.current();
    if (!args.isEmpty() && session.labels().contains(args.get(0))) {
      target = find(args.get(0)).orElse(target);
    }
    boolean v4 = target == null || target.family() == Family.IPV4;
    boolean v6 = target == null || target.family() == Family.IPV6;
    if (leave) {
      if (s.tokenType() == SockShellLexer.IPV4 || s.tokenType() == SockShellLexer.IPV6) {
        joined(out, target, s.tokenType());
      }
      return;
    }
    switch (s.tokenType()) {
      case SockShellLexer.IPV4 -> {
        if (join) {
          if (v4) {
            add(out, "235.7.8.9", Text.get("group.multicast_groups"), Text.get("choice.group4"));
          }
        } else {
          interfaces.ipv4().forEach((a, name) -> add(out, a, Text.get("group.addresses"), name));
        }
      }
      case SockShellLexer.IPV6 -> {
        if (join) {
          if (v6) {
            add(
                out,
                "ff12::1:2:3:4",
                Text.get("group.multicast_groups"),
                Text.get("choice.group6"));
          }
        } else {
          add(out, "::", Text.get("group.addresses"), "in6addr_any");
          interfaces.ipv6().forEach((a, name) -> add(out, a, Text.get("group.addresses"), name));
        }
      }
      case SockShellLexer.STAR ->
          add(out, "*", Text.get("group.addresses"), Text.get("choice.any"));
      case SockShellLexer.ANY ->
          add(out, "any", Text.get("group.addresses"), Text.get("choice.any"));
      case SockShellLexer.NAME -> {
        if (!join) {
          add(out, "localhost", Text.get("group.addresses"), "127.0.0.1 / ::1");
          LabWords.hosts(session.lab(), out, Text.get("group.addresses"));
        }
      }
      default -> {}
    }
  }

  private void iface(Slot s, Map<String, Candidate> out) {
    if (s.tokenType() == SockShellLexer.NAME) {
      LabWords.interfaces(session.lab(), out);
    }
    switch (s.tokenType()) {
      case SockShellLexer.NAME ->
          interfaces
              .names()
              .forEach(
                  (n, i) ->
                      add(
                          out,
                          n,
                          Text.get("group.interfaces"),
                          Text.get("choice.index", String.valueOf(i))));
      case SockShellLexer.IPV4 ->
          interfaces
              .ipv4()
              .forEach((a, name) -> add(out, a, Text.get("group.interface_addresses"), name));
      default -> {}
    }
  }

  /** The groups the socket joined (each as it was joined: group, interface, source), by whom. */
  private void joined(Map<String, Candidate> out, SessionSocket target, int tokenType) {
    for (SessionSocket s : session.all()) {
      if (target != null && s != target) {
        continue;
      }
      for (dev.sockshell.model.Group g : s.groups()) {
        boolean isV6 = g.address().contains(":");
        if ((tokenType == SockShellLexer.IPV6) == isV6) {
          add(
              out,
              g.address(),
              Text.get("group.joined_groups"),
              Text.get("choice.joinedBy", s.label())
                  + (g.iface() != null || g.source() != null ? ": " + g.words() : ""));
        }
      }
    }
  }

  private void options(List<String> args, boolean get, Map<String, Candidate> out) {
    OptShape shape = OptShape.read(args, session.labels()::contains);
    SessionSocket target =
        shape.sock() == null ? session.current() : find(shape.sock()).orElse(session.current());
    if (shape.valueAt() == (shape.sock() == null ? 0 : 1) && shape.valueAt() == args.size()) {
      if (shape.sock() == null) {
        sockets(out);
      }
      levels(out);
      optionNames(applicable(target, null, get), out);
      if (get) {
        add(out, "all", Text.get("group.keywords"), Text.get("choice.all"));
      }
      return;
    }
    if (shape.level() != null && shape.option() == null && shape.valueAt() == args.size()) {
      optionNames(applicable(target, shape.level(), get), out);
      return;
    }
    if (!get && shape.option() != null) {
      values(shape.option(), args.size() - shape.valueAt(), out);
    }
  }

  private Optional<SessionSocket> find(String label) {
    return session.all().stream()
        .filter(s -> s.id().equals(label) || label.equals(s.name()))
        .findFirst();
  }

  /** The options of {@code level} (all: null) for the socket that setopt (or getopt) takes. */
  private static List<SockOption> applicable(SessionSocket s, Level level, boolean get) {
    return CATALOGUE.all().stream()
        .filter(o -> level == null || o.level() == level)
        .filter(o -> get ? o.canGet() : o.canSet())
        .filter(
            o -> s == null || (o.families().contains(s.family()) && o.protos().contains(s.proto())))
        .toList();
  }

  /** The option's own examples, then what its C type offers (interfaces, on/off…). */
  private void values(SockOption o, int valueIndex, Map<String, Candidate> out) {
    if (valueIndex == 0) {
      words(out, o.type().syntax(), o.examples().toArray(String[]::new));
    }
    for (Choice c : o.type().choices(valueIndex, interfaces)) {
      add(out, c.value(), c.group(), c.description());
    }
  }

  private void sockets(Map<String, Candidate> out) {
    for (SessionSocket s : session.all()) {
      add(
          out,
          s.label(),
          Text.get("group.sockets"),
          s.kind() + " " + Text.get("state." + s.state().name().toLowerCase(Locale.ROOT)));
    }
  }

  private static void levels(Map<String, Candidate> out) {
    for (Level l : Level.values()) {
      add(out, l.name(), Text.get("group.levels"), "level " + l.number());
    }
  }

  private static void optionNames(List<SockOption> options, Map<String, Candidate> out) {
    for (SockOption o : options) {
      add(out, o.name(), o.level().name(), o.type().cName() + " \u2014 " + o.doc());
    }
  }

  private static void words(Map<String, Candidate> out, String group, String... words) {
    for (String w : words) {
      add(out, w, group, null);
    }
  }

  static void add(Map<String, Candidate> out, String value, String group, String descr) {
    add(out, value, group, descr, true);
  }

  private static void add(
      Map<String, Candidate> out, String value, String group, String descr, boolean complete) {
    out.putIfAbsent(value, new Candidate(value, value, group, descr, null, null, complete));
  }
}
