package dev.sockshell.console;

import dev.sockshell.catalogue.Level;
import dev.sockshell.catalogue.OptionCatalogue;
import dev.sockshell.catalogue.SockOption;
import dev.sockshell.command.CommandTable;
import dev.sockshell.session.Session;
import dev.sockshell.session.SessionSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab completion from the grammar's shape, the option catalogue and the live session. It offers
 * every candidate for the word position and leaves filtering (and typo matching) to the reader.
 */
public final class SockCompleter implements Completer {
  private static final OptionCatalogue CATALOGUE = OptionCatalogue.get();
  private final Session session;

  public SockCompleter(Session session) {
    this.session = session;
  }

  @Override
  public void complete(LineReader reader, ParsedLine line, List<Candidate> out) {
    candidates(line.words().subList(0, line.wordIndex())).forEach(out::add);
  }

  /** The candidates for the word after {@code words} (the words of the line so far). */
  public List<Candidate> candidates(List<String> words) {
    // Only the words of the command being typed count: those after the last ';'.
    int start = 0;
    for (int i = 0; i < words.size(); i++) {
      if (words.get(i).endsWith(";")) {
        start = i + 1;
      }
    }
    List<String> before = words.subList(start, words.size());
    List<Candidate> out = new ArrayList<>();
    if (before.isEmpty()) {
      for (String c : CommandTable.names()) {
        out.add(new Candidate(c, c, "commands", null, null, null, true));
      }
      return out;
    }
    String cmd = before.get(0);
    List<String> args = before.subList(1, before.size());
    switch (cmd) {
      case "open" -> {
        if (args.isEmpty()) {
          words(out, "protocol", "udp", "tcp");
        } else if (args.size() == 1) {
          words(out, "family", "ipv4", "ipv6", "as");
        } else if (!args.contains("as")) {
          words(out, "name", "as");
        }
      }
      case "setopt", "getopt" -> options(args, cmd.equals("getopt"), out);
      case "close" -> {
        if (args.isEmpty()) {
          sockets(out);
          words(out, "all", "all");
        }
      }
      case "shutdown" -> {
        if (args.isEmpty()) {
          sockets(out);
        }
        words(out, "how", "rd", "wr", "both");
      }
      case "help" -> {
        if (args.isEmpty()) {
          for (String c : CommandTable.names()) {
            out.add(new Candidate(c, c, "commands", null, null, null, true));
          }
          optionNames(CATALOGUE.all(), out);
        }
      }
      case "options" -> {
        if (args.isEmpty()) {
          levels(out);
        }
      }
      case "leave" -> {
        if (args.isEmpty()) {
          sockets(out);
        }
        for (SessionSocket s : session.all()) {
          for (String g : s.groups()) {
            String group = g.split(" ")[0];
            out.add(new Candidate(group, group, "joined groups", s.label(), null, null, true));
          }
        }
      }
      case "use", "bind", "listen", "accept", "connect", "send", "recv", "join" -> {
        if (args.isEmpty()) {
          sockets(out);
        }
        if (cmd.equals("send") && !args.isEmpty()) {
          words(out, "keyword", "to");
        }
        if (cmd.equals("recv")) {
          words(out, "keyword", "timeout");
        }
      }
      default -> {}
    }
    return out;
  }

  private void options(List<String> args, boolean get, List<Candidate> out) {
    int i = 0;
    SessionSocket target = session.current();
    if (!args.isEmpty() && session.labels().contains(args.get(0))) {
      target =
          session.all().stream()
              .filter(s -> s.label().equals(args.get(0)) || s.id().equals(args.get(0)))
              .findFirst()
              .orElse(target);
      i = 1;
    }
    List<String> rest = args.subList(i, args.size());
    if (rest.isEmpty()) {
      if (i == 0) {
        sockets(out);
      }
      levels(out);
      optionNames(applicable(target, null), out);
      if (get) {
        words(out, "keyword", "all");
      }
      return;
    }
    Optional<Level> level = Level.byName(rest.get(0));
    if (level.isPresent() && rest.size() == 1) {
      optionNames(applicable(target, level.get()), out);
      return;
    }
    if (get) {
      return;
    }
    String optName = level.isPresent() ? rest.get(1) : rest.get(0);
    int valueIndex = rest.size() - (level.isPresent() ? 2 : 1);
    CATALOGUE.byName(optName).ifPresent(o -> values(o, valueIndex, out));
  }

  private static List<SockOption> applicable(SessionSocket s, Level level) {
    return CATALOGUE.all().stream()
        .filter(o -> level == null || o.level() == level)
        .filter(
            o -> s == null || (o.families().contains(s.family()) && o.protos().contains(s.proto())))
        .toList();
  }

  private static void values(SockOption o, int valueIndex, List<Candidate> out) {
    if (valueIndex != 0) {
      return;
    }
    switch (o.type()) {
      case BOOL_INT, U_CHAR_BOOL -> words(out, o.type().syntax(), "1", "0", "on", "off");
      case LINGER -> words(out, o.type().syntax(), "on", "off");
      case TIMEVAL -> words(out, o.type().syntax(), "3.5s", "500ms", "0");
      case IN_ADDR -> words(out, o.type().syntax(), "127.0.0.1", "0.0.0.0", "lo");
      case IFINDEX -> words(out, o.type().syntax(), "lo", "0");
      default -> {}
    }
  }

  private void sockets(List<Candidate> out) {
    for (SessionSocket s : session.all()) {
      out.add(
          new Candidate(
              s.label(),
              s.label(),
              "sockets",
              s.kind() + " " + s.state().name().toLowerCase(),
              null,
              null,
              true));
    }
  }

  private static void levels(List<Candidate> out) {
    for (Level l : Level.values()) {
      out.add(new Candidate(l.name(), l.name(), "levels", null, null, null, true));
    }
  }

  private static void optionNames(List<SockOption> options, List<Candidate> out) {
    for (SockOption o : options) {
      out.add(
          new Candidate(
              o.name(),
              o.name(),
              o.level().name(),
              o.type().cName() + " \u2014 " + o.doc(),
              null,
              null,
              true));
    }
  }

  private static void words(List<Candidate> out, String group, String... words) {
    for (String w : words) {
      out.add(new Candidate(w, w, group, null, null, null, true));
    }
  }
}
