package dev.sockshell.syntax;

import dev.sockshell.catalogue.OptionCatalogue;
import dev.sockshell.catalogue.SockOption;
import dev.sockshell.command.Command;
import dev.sockshell.command.OptRef;
import dev.sockshell.command.SockRef;
import dev.sockshell.ctype.Values;
import dev.sockshell.error.UsageError;
import dev.sockshell.model.Atom;
import dev.sockshell.text.Words;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code bench [rr|sweep] [SOCK] [OPTION V1 V2 …] [for DURATION] [size BYTES] [json]
 * [spin|block]}: the words after bench, which the grammar leaves free like setopt's.
 */
final class BenchArgs {
  private BenchArgs() {}

  static Command bench(List<Atom> atoms) {
    int i = 0;
    Command.BenchKind kind = Command.BenchKind.STREAM;
    if (i < atoms.size() && atoms.get(i).isWord("rr")) {
      kind = Command.BenchKind.RR;
      i++;
    } else if (i < atoms.size() && atoms.get(i).isWord("sweep")) {
      kind = Command.BenchKind.SWEEP;
      i++;
    }
    SockRef sock = null;
    if (i < atoms.size()
        && atoms.get(i).kind() == Atom.Kind.NAME
        && !atoms.get(i).isWord("for", "size", "json", "spin", "block")
        && OptShape.socketWord(atoms.get(i).text())) {
      sock = new SockRef(atoms.get(i).text(), atoms.get(i).column());
      i++;
    }
    OptRef option = null;
    List<Atom> values = new ArrayList<>();
    if (kind == Command.BenchKind.SWEEP) {
      if (i >= atoms.size()) {
        throw new UsageError(Words.of("bench.sweepNeeds"), 0, Words.of("bench.sweepExample"));
      }
      Atom name = atoms.get(i++);
      SockOption o =
          OptionCatalogue.get()
              .byName(name.text())
              .orElseThrow(
                  () ->
                      new UsageError(
                          Words.of("opt.unknown", Words.clipped(name.text())),
                          name.column(),
                          Words.of("bench.sweepExample")));
      option = OptRef.of(o, name.column());
      while (i < atoms.size() && !atoms.get(i).isWord("for", "size")) {
        Atom v = atoms.get(i++);
        if (!v.text().equals(",")) {
          values.add(v);
        }
      }
      if (values.isEmpty()) {
        throw new UsageError(Words.of("bench.sweepValues", o.name()), name.column());
      }
    }
    Long micros = null;
    Integer size = null;
    boolean json = false;
    Boolean spin = null;
    while (i < atoms.size()) {
      Atom key = atoms.get(i++);
      if (key.isWord("json", "--json") && kind == Command.BenchKind.STREAM) {
        json = true;
        continue;
      }
      if (key.isWord("spin", "block") && kind == Command.BenchKind.RR) {
        spin = key.isWord("spin");
        continue;
      }
      if (i >= atoms.size() || !key.isWord("for", "size")) {
        throw new UsageError(
            Words.of("bench.unexpected", Words.clipped(key.text())),
            key.column(),
            Words.of("bench.syntax"));
      }
      Atom v = atoms.get(i++);
      if (key.isWord("for")) {
        micros = Values.micros(v);
        if (micros <= 0 || micros > CommandBuilder.MAX_WAIT_MICROS) {
          throw new UsageError(Words.of("bench.for"), v.column());
        }
      } else {
        long n = Values.integer(v);
        if (n < 1 || n > 16 << 20) {
          throw new UsageError(Words.of("bench.size", String.valueOf(n)), v.column());
        }
        size = (int) n;
      }
    }
    return new Command.Bench(kind, sock, option, values, micros, size, json, spin);
  }
}
