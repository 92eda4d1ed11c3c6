package dev.sockshell.ctype;

import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.MemoryLayout;
import java.util.List;

/**
 * {@code __u32[N]} whose slots have names: SO_MEMINFO's {@code SK_MEMINFO_*} (read-only), shown
 * {@code {rmem_alloc=0, rcvbuf=212992, …}}. A kernel that gives fewer slots shows fewer.
 */
public final class CU32Fields implements ReadOnlyType {
  private final String name;
  private final List<String> fields;

  CU32Fields(String name, String... fields) {
    this.name = name;
    this.fields = List.of(fields);
  }

  @Override
  public String cName() {
    return name;
  }

  @Override
  public MemoryLayout layout() {
    return MemoryLayout.sequenceLayout(fields.size(), JAVA_INT).withName(name);
  }

  @Override
  public boolean fits(byte[] value) {
    return value.length % 4 == 0 && value.length <= capacity();
  }

  @Override
  public String show(byte[] raw, CodecEnv env) {
    if (raw.length % 4 != 0) {
      return C.hex(raw);
    }
    StringBuilder b = new StringBuilder("{");
    for (int i = 0; i < raw.length / 4 && i < fields.size(); i++) {
      int v =
          java.lang.foreign.MemorySegment.ofArray(raw)
              .get(java.lang.foreign.ValueLayout.JAVA_INT_UNALIGNED, i * 4L);
      b.append(i == 0 ? "" : ", ").append(fields.get(i)).append('=');
      b.append(Integer.toUnsignedString(v));
    }
    return b.append('}').toString();
  }

  @Override
  public String trace(byte[] raw) {
    return show(raw, null);
  }

  @Override
  public CSource c(Platform p) {
    if (p == Platform.WINSOCK) {
      return CSource.none(dev.sockshell.text.Text.get("winsock.lacks", name));
    }
    StringBuilder print = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      print
          .append("if (vlen > ")
          .append(i * 4)
          .append(") printf(\"")
          .append(i == 0 ? "{" : ", ")
          .append(fields.get(i))
          .append("=%u\", v[")
          .append(i)
          .append("]); ");
    }
    return new CSource(
        "unsigned int v[" + fields.size() + "] = {0}",
        null,
        b -> C.lines(),
        C.lines(print.toString().strip(), "printf(\"}\\n\");"));
  }
}
