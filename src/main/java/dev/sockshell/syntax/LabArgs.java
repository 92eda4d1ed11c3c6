package dev.sockshell.syntax;

import dev.sockshell.command.Atom;
import dev.sockshell.command.Command;
import dev.sockshell.error.UsageError;
import dev.sockshell.text.Text;
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
    Atom bad = first.isWord("up", "down") ? atoms.get(first.isWord("up") ? 2 : 1) : first;
    throw new UsageError(
        Text.get("lab.usage", Text.clip(bad.text())), bad.column(), Text.get("lab.syntax"));
  }
}
