package dev.sockshell.syntax;

import dev.sockshell.catalogue.Level;
import dev.sockshell.catalogue.OptionCatalogue;
import dev.sockshell.catalogue.SockOption;
import dev.sockshell.command.Command;
import dev.sockshell.command.OptRef;
import dev.sockshell.command.SockRef;
import dev.sockshell.ctype.Values;
import dev.sockshell.error.UsageError;
import dev.sockshell.model.Atom;
import dev.sockshell.text.Text;
import dev.sockshell.text.Words;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads {@code [SOCK] [LEVEL] OPTNAME [VALUE…]} against the catalogue. A first word is the socket
 * unless it is a level, an option, or looks like a misspelt option; socket names cannot be any of
 * those (open … as refuses them), so the reading is never ambiguous.
 */
final class OptArgs {
  private static final Pattern OPTION_LIKE =
      Pattern.compile("(?i)(SO|IP|IPV6|TCP|MCAST|UDP)_[A-Z0-9_]*");
  private static final OptionCatalogue CATALOGUE = OptionCatalogue.get();

  private OptArgs() {}

  static boolean isOptionLike(String word) {
    return CATALOGUE.byName(word).isPresent() || OPTION_LIKE.matcher(word).matches();
  }

  static Command setopt(List<Atom> atoms) {
    Parsed p = parse(atoms, true);
    if (p.option == null) {
      throw new UsageError(
          Words.of("setopt.noName"),
          atoms.get(atoms.size() - 1).column(),
          Words.of("setopt.example"));
    }
    List<Atom> value = atoms.subList(p.next, atoms.size());
    if (value.isEmpty()) {
      SockOption typed = p.option.meant() != null ? p.option.meant() : p.option.option();
      String syntax = typed != null ? typed.type().syntax() : "hex:BYTES | NUMBER";
      throw new UsageError(Words.of("setopt.noValue", p.option.displayName(), syntax), 0);
    }
    return new Command.SetOpt(p.sock, p.option, value);
  }

  static Command getopt(List<Atom> atoms) {
    Parsed p = parse(atoms, false);
    if (p.next < atoms.size()) {
      Atom extra = atoms.get(p.next);
      throw new UsageError(Words.of("getopt.extra", Words.clipped(extra.text())), extra.column());
    }
    return new Command.GetOpt(p.sock, p.option, p.level, p.every);
  }

  private record Parsed(SockRef sock, Level level, OptRef option, int next, boolean every) {
    Parsed(SockRef sock, Level level, OptRef option, int next) {
      this(sock, level, option, next, level != null);
    }
  }

  private static Parsed parse(List<Atom> atoms, boolean set) {
    int i = 0;
    SockRef sock = null;
    Atom first = atoms.get(0);
    if (first.kind() == Atom.Kind.NAME && OptShape.socketWord(first.text())) {
      sock = new SockRef(first.text(), first.column());
      i++;
    }
    if (i == atoms.size()) {
      return new Parsed(sock, null, null, i);
    }
    Atom a = atoms.get(i);
    if (!set && a.isWord("all")) {
      return new Parsed(sock, null, null, i + 1, true);
    }
    Optional<Level> level = Level.byName(a.text());
    if (a.kind() == Atom.Kind.NUMBER) {
      return numeric(atoms, i, sock);
    }
    if (level.isPresent()) {
      i++;
      if (i == atoms.size()) {
        return new Parsed(sock, level.get(), null, i);
      }
      a = atoms.get(i);
      if (a.kind() == Atom.Kind.NUMBER) {
        // a named level and a numeric option: setopt ipv6 18 hex:02
        return numbered(sock, level.get().number(), a, i + 1);
      }
    }
    SockOption option = named(a);
    if (level.isPresent() && option.level() != level.get()) {
      return new Parsed(sock, level.get(), atLevel(option, level.get().number(), a), i + 1);
    }
    return new Parsed(sock, option.level(), OptRef.of(option, a.column()), i + 1);
  }

  /**
   * {@code LEVEL OPTNAME} as numbers, e.g. {@code setopt 1 2 hex:01000000}, or a numeric level and
   * a named option ({@code setopt 41 IPV6_MULTICAST_HOPS 2}).
   */
  private static Parsed numeric(List<Atom> atoms, int i, SockRef sock) {
    Atom levelAtom = atoms.get(i);
    if (i + 1 >= atoms.size()) {
      throw new UsageError(Words.of("opt.numeric"), levelAtom.column());
    }
    int level = Values.cInt(levelAtom, Text.get("opt.levelNumber"));
    Atom nameAtom = atoms.get(i + 1);
    if (nameAtom.kind() != Atom.Kind.NUMBER) {
      SockOption option = named(nameAtom);
      if (option.level().number() != level) {
        return new Parsed(
            sock, Level.byNumber(level).orElse(null), atLevel(option, level, nameAtom), i + 2);
      }
      return new Parsed(sock, option.level(), OptRef.of(option, nameAtom.column()), i + 2);
    }
    return numbered(sock, level, nameAtom, i + 2);
  }

  /**
   * An option named at a level not its own: the kernel is asked with the numbers a C program would
   * pass (the mix-up is one of the commonest in students' C), and the interpreter says which level
   * the option belongs to.
   */
  private static OptRef atLevel(SockOption option, int level, Atom name) {
    return OptRef.atLevel(
        option, level, CATALOGUE.byNumber(level, option.number()).orElse(null), name.column());
  }

  /** An option given by number at a level given either way. */
  private static Parsed numbered(SockRef sock, int level, Atom nameAtom, int next) {
    int number = Values.cInt(nameAtom, Text.get("opt.number"));
    OptRef ref =
        CATALOGUE
            .byNumber(level, number)
            .map(o -> OptRef.of(o, nameAtom.column()))
            .orElse(new OptRef(null, level, number, nameAtom.column()));
    return new Parsed(sock, Level.byNumber(level).orElse(null), ref, next);
  }

  private static SockOption named(Atom a) {
    if (a.kind() != Atom.Kind.NAME) {
      throw new UsageError(
          Words.of("opt.expected", Words.clipped(a.text())),
          a.column(),
          Words.of("opt.tryOptions"));
    }
    return CATALOGUE
        .byName(a.text())
        .orElseThrow(
            () -> {
              String near = CATALOGUE.suggest(a.text());
              return new UsageError(
                  Words.of("opt.unknown", Words.clipped(a.text())),
                  a.column(),
                  near != null ? Words.of("hint.didYouMean", near) : Words.of("opt.tryList"));
            });
  }
}
