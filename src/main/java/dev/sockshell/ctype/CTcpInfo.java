package dev.sockshell.ctype;

import static dev.sockshell.posix.Structs.Tcp.TCP_INFO;

import dev.sockshell.posix.Structs;
import java.lang.foreign.MemoryLayout;
import java.util.List;

/**
 * {@code struct tcp_info} (read-only): the fields a person reads first, each with its C type (the
 * {@code __u32} fields are unsigned, as C's {@code %u} prints them).
 */
public final class CTcpInfo implements ReadOnlyType {
  private static final String[] STATES = {
    "0",
    "ESTABLISHED",
    "SYN_SENT",
    "SYN_RECV",
    "FIN_WAIT1",
    "FIN_WAIT2",
    "TIME_WAIT",
    "CLOSE",
    "CLOSE_WAIT",
    "LAST_ACK",
    "LISTEN",
    "CLOSING"
  };

  /** The fields shown, after the state: label, field, unit, divisor. */
  private record Field(String label, String field, String unit, int divisor) {}

  private static final List<Field> FIELDS =
      List.of(
          new Field("rtt", "tcpi_rtt", " us", 1),
          new Field("rto", "tcpi_rto", " ms", 1000),
          new Field("snd_mss", "tcpi_snd_mss", "", 1),
          new Field("snd_cwnd", "tcpi_snd_cwnd", "", 1),
          new Field("retransmits", "tcpi_retransmits", "", 1),
          new Field("total_retrans", "tcpi_total_retrans", "", 1),
          new Field("probes", "tcpi_probes", "", 1),
          new Field("last_data_sent", "tcpi_last_data_sent", " ms", 1),
          new Field("last_data_recv", "tcpi_last_data_recv", " ms", 1),
          new Field("last_ack_recv", "tcpi_last_ack_recv", " ms", 1));

  /** The bytes needed to show every field above (TCP_INFO's layout is made on first use). */
  private static int shown() {
    return Structs.offset(TCP_INFO, "tcpi_pacing_rate");
  }

  CTcpInfo() {}

  @Override
  public String cName() {
    return "struct tcp_info";
  }

  @Override
  public MemoryLayout layout() {
    return TCP_INFO;
  }

  @Override
  public String show(byte[] raw, CodecEnv env) {
    if (raw.length < shown()) {
      return CBytes.showBytes(raw);
    }
    int state = Structs.getUByte(raw, TCP_INFO, "tcpi_state");
    StringBuilder b =
        new StringBuilder("{state=")
            .append(state < STATES.length ? STATES[state] : Integer.toString(state));
    for (Field f : FIELDS) {
      long v =
          Structs.size(TCP_INFO, f.field()) == 1
              ? Structs.getUByte(raw, TCP_INFO, f.field())
              : Integer.toUnsignedLong(Structs.getInt(raw, TCP_INFO, f.field()));
      b.append(", ").append(f.label()).append('=').append(v / f.divisor()).append(f.unit());
    }
    return b.append('}').toString();
  }

  @Override
  public String trace(byte[] raw) {
    return raw.length >= shown()
        ? "{tcpi_state=" + Structs.getUByte(raw, TCP_INFO, "tcpi_state") + ", ...}"
        : C.traceBytes(raw);
  }

  @Override
  public CSource c(Platform p) {
    if (p == Platform.WINSOCK) {
      return CSource.none(dev.sockshell.text.Text.get("winsock.lacks.TCP_INFO"));
    }
    StringBuilder fmt = new StringBuilder("{state=%s");
    StringBuilder args = new StringBuilder("ss_tcp_state(v.tcpi_state)");
    for (Field f : FIELDS) {
      fmt.append(", ").append(f.label()).append("=%u").append(f.unit());
      args.append(", (unsigned) v.")
          .append(f.field())
          .append(f.divisor() == 1 ? "" : " / " + f.divisor());
    }
    return new CSource(
        "struct tcp_info v",
        null,
        b -> C.lines("struct tcp_info v;", "memset(&v, 0, sizeof v);"),
        C.lines("printf(\"" + fmt + "}\\n\", " + args + ");"));
  }
}
