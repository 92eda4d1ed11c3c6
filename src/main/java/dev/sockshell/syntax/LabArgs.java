package dev.sockshell.syntax;

import dev.sockshell.command.Command;
import dev.sockshell.error.UsageError;
import dev.sockshell.model.Atom;
import dev.sockshell.text.Words;
import java.util.List;

/** Reads {@code lab}, {@code lab up [TOPOLOGY]}, {@code lab down}. */
final class LabArgs {
  private LabArgs() {}

  static Command lab(List<Atom> atoms) {
    if (atoms.isEmpty()) {
      return new Command.Lab(Command.LabAction.SHOW, null);
    }
    Atom first = atoms.get(0);
    if (first.isWord("up") && atoms.size() <= 2) {
      return new Command.Lab(Command.LabAction.UP, atoms.size() == 2 ? atoms.get(1).text() : null);
    }
    if (first.isWord("down") && atoms.size() == 1) {
      return new Command.Lab(Command.LabAction.DOWN, null);
    }
    if (first.isWord("mroute")) {
      if (atoms.size() == 4
          && (atoms.get(1).kind() == Atom.Kind.IPV4 || atoms.get(1).kind() == Atom.Kind.IPV6)
          && atoms.get(2).isWord("from")
          && atoms.get(3).kind() == Atom.Kind.NAME) {
        return new Command.Lab(Command.LabAction.MROUTE, null, atoms.get(1), atoms.get(3).text());
      }
      Atom at = atoms.size() > 1 ? atoms.get(Math.min(atoms.size() - 1, 3)) : first;
      throw new UsageError(Words.of("lab.mrouteSyntax"), at.column(), Words.of("lab.syntax"));
    }
    Atom bad = first.isWord("up", "down") ? atoms.get(first.isWord("up") ? 2 : 1) : first;
    throw new UsageError(
        Words.of("lab.usage", Words.clipped(bad.text())), bad.column(), Words.of("lab.syntax"));
  }
}
