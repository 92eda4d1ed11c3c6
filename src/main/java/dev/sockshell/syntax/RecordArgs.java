package dev.sockshell.syntax;

import dev.sockshell.command.Command;
import dev.sockshell.error.UsageError;
import dev.sockshell.model.Atom;
import dev.sockshell.syntax.gen.SockShellParser.ExportContext;
import dev.sockshell.syntax.gen.SockShellParser.RecordContext;
import dev.sockshell.text.Words;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * {@code record [--script|--transcript|--cast] [--force] FILE | record stop}: the kind of file from
 * a flag or the file's extension, and whether an existing file may be replaced.
 */
final class RecordArgs {
  private RecordArgs() {}

  static Command record(RecordContext c) {
    if (c.STOP() != null) {
      return new Command.Record(Command.RecordMode.STOP, null, false);
    }
    Command.RecordMode mode = null;
    boolean force = false;
    for (TerminalNode f : c.FLAG()) {
      Atom flag = Tokens.atom(f.getSymbol());
      Command.RecordMode m =
          switch (flag.text()) {
            case "--transcript" -> Command.RecordMode.TRANSCRIPT;
            case "--cast" -> Command.RecordMode.CAST;
            case "--script" -> Command.RecordMode.SCRIPT;
            case "--c" -> Command.RecordMode.C;
            case "--winsock" -> Command.RecordMode.C_WINSOCK;
            case "--force" -> null;
            default ->
                throw new UsageError(
                    Words.of("record.flag", Words.clipped(flag.text())), flag.column());
          };
      if (m == null) {
        force = true;
      } else if (m == Command.RecordMode.C_WINSOCK
          && (mode == null || mode == Command.RecordMode.C)) {
        mode = m; // --c --winsock, or --winsock alone
      } else if (m == Command.RecordMode.C && mode == Command.RecordMode.C_WINSOCK) {
        continue;
      } else if (mode != null && mode != m) {
        throw new UsageError(Words.of("record.oneKind"), flag.column());
      } else {
        mode = m;
      }
    }
    String path = CommandBuilder.path(c.path());
    if (mode == null) {
      mode = RECORD_MODES.get(extension(path));
      if (mode == null) {
        throw new UsageError(
            Words.of("record.kindOf", Words.clipped(path)),
            c.path().getStart().getCharPositionInLine() + 1,
            Words.of("record.kindHint"));
      }
    }
    return new Command.Record(mode, path, force);
  }

  /** {@code export c FILE [--winsock] [--force]}. */
  static Command export(ExportContext c) {
    Atom lang = Tokens.atom(c.lang);
    if (!lang.text().equals("c")) {
      throw new UsageError(
          Words.of("export.lang", Words.clipped(lang.text())),
          lang.column(),
          Words.of("export.langHint"));
    }
    boolean winsock = false;
    boolean force = false;
    for (TerminalNode f : c.FLAG()) {
      Atom flag = Tokens.atom(f.getSymbol());
      switch (flag.text()) {
        case "--winsock" -> winsock = true;
        case "--force" -> force = true;
        default ->
            throw new UsageError(
                Words.of("export.flag", Words.clipped(flag.text())), flag.column());
      }
    }
    return new Command.Export("c", CommandBuilder.path(c.path()), winsock, force);
  }

  private static final java.util.Map<String, Command.RecordMode> RECORD_MODES =
      java.util.Map.of(
          "sockscript", Command.RecordMode.SCRIPT,
          "md", Command.RecordMode.TRANSCRIPT,
          "cast", Command.RecordMode.CAST,
          "c", Command.RecordMode.C);

  private static String extension(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
  }
}
