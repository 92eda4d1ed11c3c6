package dev.sockshell.ctype;

import dev.sockshell.model.Atom;
import java.lang.foreign.MemoryLayout;
import java.util.List;

/**
 * The C type of an option value, and everything sockshell does with it: its layout, how a value is
 * typed at the prompt and encoded, how the kernel's bytes are shown and traced, which completion
 * candidates it offers, and how it is written in C for Linux and for Winsock. A new C type is one
 * class that implements this; the instances the catalogue uses are in {@link CTypes}.
 */
public sealed interface CType
    permits CInt,
        CBool,
        CUChar,
        CLinger,
        CTimeval,
        CInAddr,
        GroupType,
        CIfIndex,
        ReadOnlyType,
        CBytes,
        CString,
        CU64,
        CEnum {

  /** What a value of this type means as one number, for explaining what the kernel kept. */
  enum Meaning {
    /** an amount: what was set and what reads back compare as numbers */
    NUMBER,
    /** yes/no: any value but 0 reads back as 1 */
    FLAG,
    /** a duration in microseconds, which the kernel rounds to clock ticks */
    DURATION,
    /** struct linger's seconds */
    LINGER,
    /** nothing to compare */
    NONE
  }

  /** The C name: {@code struct linger}, {@code u_char}. */
  String cName();

  /** The Linux layout, with the C field names. */
  MemoryLayout layout();

  /** The buffer getsockopt is given: for u_char 1, which is what makes Linux answer in a u_char. */
  default int capacity() {
    return (int) layout().byteSize();
  }

  /** True when {@code value} is laid out as this type (some types take two layouts). */
  default boolean fits(byte[] value) {
    return value.length == capacity();
  }

  /** How a value is typed at the prompt. */
  String syntax();

  default boolean readOnly() {
    return false;
  }

  /** Parses the words of a value and lays them out as the kernel reads them. */
  byte[] encode(List<Atom> atoms, CodecEnv env);

  /** What getsockopt returned, for a person: {@code {l_onoff=1, l_linger=10}}. */
  String show(byte[] raw, CodecEnv env);

  /** The value as C would initialise it, for the syscall trace: {@code [100000]}. */
  String trace(byte[] raw);

  /** Completion candidates for the value's word at {@code index} (0 = first). */
  default List<Choice> choices(int index, Machine machine) {
    return List.of();
  }

  default Meaning meaning() {
    return Meaning.NONE;
  }

  /** The value as one number, read as {@link #meaning()} says; null when there is none. */
  default Long number(byte[] raw) {
    return null;
  }

  /**
   * A value as typed at the prompt, for help's C lines ({@code on 10}); null for a type that is
   * only read.
   */
  String example();

  /** The C source of this type on one platform. */
  CSource c(Platform platform);
}
