package dev.sockshell.ctype;

import static dev.sockshell.posix.Structs.TIMEVAL;

import dev.sockshell.error.UsageError;
import dev.sockshell.model.Atom;
import dev.sockshell.posix.Structs;
import dev.sockshell.text.Text;
import dev.sockshell.text.Words;
import java.lang.foreign.MemoryLayout;
import java.util.List;

/**
 * {@code struct timeval}: SO_RCVTIMEO and SO_SNDTIMEO on Linux. Winsock takes a DWORD of
 * milliseconds instead.
 */
public final class CTimeval implements CType {
  CTimeval() {}

  @Override
  public String cName() {
    return "struct timeval";
  }

  @Override
  public MemoryLayout layout() {
    return TIMEVAL;
  }

  @Override
  public String example() {
    return "3.5s";
  }

  @Override
  public String syntax() {
    return "DURATION (3.5s, 3500ms) | 0";
  }

  @Override
  public byte[] encode(List<Atom> atoms, CodecEnv env) {
    C.atLeastOne(atoms, this);
    byte[] b = Structs.zeroed(TIMEVAL);
    long sec;
    long usec;
    if (atoms.size() == 2) {
      // tv_sec and tv_usec as given: the kernel itself judges them (EDOM for tv_usec >= 1000000).
      sec = Values.integer(atoms.get(0));
      usec = Values.integer(atoms.get(1));
    } else if (atoms.size() == 1) {
      long micros = Values.micros(atoms.get(0));
      sec = micros / 1_000_000L;
      usec = micros % 1_000_000L;
    } else {
      throw new UsageError(Words.of("value.duration", cName()), atoms.get(2).column());
    }
    Structs.putLong(b, sec, TIMEVAL, "tv_sec");
    Structs.putLong(b, usec, TIMEVAL, "tv_usec");
    return b;
  }

  @Override
  public String show(byte[] raw, CodecEnv env) {
    if (raw.length < TIMEVAL.byteSize()) {
      return C.hex(raw);
    }
    long sec = Structs.getLong(raw, TIMEVAL, "tv_sec");
    long usec = Structs.getLong(raw, TIMEVAL, "tv_usec");
    String base = "{tv_sec=" + sec + ", tv_usec=" + usec + "}";
    if (sec == 0 && usec == 0) {
      return base + " (" + Text.get("shown.noTimeout") + ")";
    }
    return base + " (" + Values.seconds(sec * 1_000_000L + usec) + " s)";
  }

  @Override
  public String trace(byte[] raw) {
    return raw.length == TIMEVAL.byteSize()
        ? "{tv_sec="
            + Structs.getLong(raw, TIMEVAL, "tv_sec")
            + ", tv_usec="
            + Structs.getLong(raw, TIMEVAL, "tv_usec")
            + "}"
        : C.traceBytes(raw);
  }

  @Override
  public List<Choice> choices(int index, Machine machine) {
    return index != 0
        ? List.of()
        : List.of("3.5s", "500ms", "0").stream().map(w -> new Choice(w, syntax(), null)).toList();
  }

  @Override
  public Meaning meaning() {
    return Meaning.DURATION;
  }

  /** Microseconds. */
  @Override
  public Long number(byte[] raw) {
    return raw.length < TIMEVAL.byteSize()
        ? null
        : Structs.getLong(raw, TIMEVAL, "tv_sec") * 1_000_000L
            + Structs.getLong(raw, TIMEVAL, "tv_usec");
  }

  @Override
  public CSource c(Platform p) {
    if (p == Platform.WINSOCK) {
      return new CSource(
          "DWORD v = 0",
          null,
          b ->
              C.lines(
                  "DWORD v = "
                      + Math.max(0, number(b) / 1000)
                      + "; /* "
                      + dev.sockshell.text.Text.get("c.dwordTimeout")
                      + " */"),
          C.lines("printf(\"%lu ms\\n\", (unsigned long) v);"));
    }
    return new CSource(
        "struct timeval v = {0, 0}",
        null,
        b ->
            C.lines(
                "struct timeval v = {.tv_sec = "
                    + Structs.getLong(b, TIMEVAL, "tv_sec")
                    + ", .tv_usec = "
                    + Structs.getLong(b, TIMEVAL, "tv_usec")
                    + "};"),
        C.lines("ss_print_timeval(&v);"));
  }
}
