package dev.sockshell.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.sockshell.event.Event;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * bench's measurements the way iperf3 prints them, so that people who trust iperf3 read them at
 * once: its interval lines ({@code [ ID] Interval Transfer Bitrate Retr Cwnd}), its sender and
 * receiver summary, its units (bytes in powers of 1024, bits in powers of 1000) and, with json, the
 * shape of {@code iperf3 -J} where it applies.
 */
final class BenchLines {
  private BenchLines() {}

  private static final String HEAD_TCP =
      "[ ID] Interval           Transfer     Bitrate         Retr  Cwnd";
  private static final String HEAD_UDP =
      "[ ID] Interval           Transfer     Bitrate         Total Datagrams";
  private static final String HEAD_END = "[ ID] Interval           Transfer     Bitrate";
  private static final String SEPARATOR = "- - - - - - - - - - - - - - - - - - - - - - - - -";

  static String interval(Event.BenchInterval b) {
    Event.Interval i = b.interval();
    String line =
        b.tcp()
            ? String.format(
                Locale.ROOT,
                "%s  %3d   %s",
                head(b.sock(), i),
                i.retransmits(),
                unit(i.cwnd(), 1024, "Bytes"))
            : String.format(Locale.ROOT, "%s  %d", head(b.sock(), i), i.packets());
    return b.first() ? (b.tcp() ? HEAD_TCP : HEAD_UDP) + "\n" + line : line;
  }

  /** The summary iperf3 prints after its intervals: the sender's line and the receiver's. */
  static String end(Event.BenchRun r) {
    if (r.json()) {
      return json(r);
    }
    StringBuilder b = new StringBuilder(SEPARATOR).append('\n');
    b.append(r.tcp() ? HEAD_END + "         Retr" : HEAD_END + "         Lost/Total Datagrams");
    Event.Interval s = r.sent();
    b.append('\n');
    b.append(
        r.tcp()
            ? String.format(
                Locale.ROOT, "%s  %3d             sender", head(r.sock(), s), s.retransmits())
            : String.format(Locale.ROOT, "%s  0/%d (0%%)  sender", head(r.sock(), s), s.packets()));
    Event.Interval got = r.received();
    if (got != null) {
      b.append('\n');
      if (r.tcp()) {
        b.append(head(r.sock(), got)).append("                  receiver (").append(r.receiver());
        b.append(')');
      } else {
        long lost = Math.max(0, s.packets() - got.packets());
        b.append(
            String.format(
                Locale.ROOT,
                "%s  %d/%d (%.2g%%)  receiver (%s)",
                head(r.sock(), got),
                lost,
                s.packets(),
                s.packets() == 0 ? 0.0 : 100.0 * lost / s.packets(),
                r.receiver()));
      }
    }
    return b.toString();
  }

  private static String head(String sock, Event.Interval i) {
    return String.format(
        Locale.ROOT,
        "[%3s] %6.2f-%-6.2f sec  %s  %s/sec",
        sock,
        i.start(),
        i.end(),
        unit(i.bytes(), 1024, "Bytes"),
        unit(i.bitsPerSecond(), 1000, "bits"));
  }

  /** iperf3's adaptive units: "1.60 GBytes", "13.7 Gbits", "982 KBytes". */
  static String unit(double v, int base, String what) {
    String[] prefix = {"", "K", "M", "G", "T"};
    int p = 0;
    while (p < prefix.length - 1 && v >= base) {
      v /= base;
      p++;
    }
    String number =
        v < 9.995
            ? String.format(Locale.ROOT, "%4.2f", v)
            : v < 99.95
                ? String.format(Locale.ROOT, "%4.1f", v)
                : String.format(Locale.ROOT, "%4.0f", v);
    return number + " " + prefix[p] + what;
  }

  /** iperf3 -J's shape: start, intervals (streams and sum), end (sum_sent, sum_received). */
  static String json(Event.BenchRun r) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter()) {
      g.writeStartObject();
      g.writeObjectFieldStart("start");
      g.writeArrayFieldStart("connected");
      g.writeStartObject();
      g.writeNumberField("socket", r.fd());
      if (r.local() != null) {
        g.writeStringField("local_host", r.local().address().getHostAddress());
        g.writeNumberField("local_port", r.local().port());
      }
      if (r.remote() != null) {
        g.writeStringField("remote_host", r.remote().address().getHostAddress());
        g.writeNumberField("remote_port", r.remote().port());
      }
      g.writeEndObject();
      g.writeEndArray();
      g.writeObjectFieldStart("test_start");
      g.writeStringField("protocol", r.tcp() ? "TCP" : "UDP");
      g.writeNumberField("num_streams", 1);
      g.writeNumberField("blksize", r.blksize());
      g.writeNumberField("duration", r.duration());
      g.writeEndObject();
      g.writeStringField("sockshell_socket", r.sock());
      g.writeEndObject();
      g.writeArrayFieldStart("intervals");
      for (Event.Interval i : r.intervals()) {
        g.writeStartObject();
        g.writeArrayFieldStart("streams");
        interval(g, r, i, true);
        g.writeEndArray();
        g.writeFieldName("sum");
        interval(g, r, i, false);
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeObjectFieldStart("end");
      g.writeFieldName("sum_sent");
      interval(g, r, r.sent(), false);
      if (r.received() != null) {
        g.writeFieldName("sum_received");
        Event.Interval got = r.received();
        g.writeStartObject();
        g.writeNumberField("start", got.start());
        g.writeNumberField("end", got.end());
        g.writeNumberField("seconds", got.seconds());
        g.writeNumberField("bytes", got.bytes());
        g.writeNumberField("bits_per_second", got.bitsPerSecond());
        if (!r.tcp()) {
          long lost = Math.max(0, r.sent().packets() - got.packets());
          g.writeNumberField("packets", r.sent().packets());
          g.writeNumberField("lost_packets", lost);
          g.writeNumberField(
              "lost_percent", r.sent().packets() == 0 ? 0.0 : 100.0 * lost / r.sent().packets());
        }
        g.writeBooleanField("sender", false);
        g.writeEndObject();
      }
      if (!r.tcp() && r.refused() > 0) {
        g.writeNumberField("sockshell_refused_sends", r.refused());
      }
      g.writeEndObject();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void interval(JsonGenerator g, Event.BenchRun r, Event.Interval i, boolean stream)
      throws IOException {
    g.writeStartObject();
    if (stream) {
      g.writeNumberField("socket", r.fd());
    }
    g.writeNumberField("start", i.start());
    g.writeNumberField("end", i.end());
    g.writeNumberField("seconds", i.seconds());
    g.writeNumberField("bytes", i.bytes());
    g.writeNumberField("bits_per_second", i.bitsPerSecond());
    if (r.tcp()) {
      g.writeNumberField("retransmits", i.retransmits());
      if (stream) {
        g.writeNumberField("snd_cwnd", i.cwnd());
      }
    } else {
      g.writeNumberField("packets", i.packets());
    }
    g.writeBooleanField("sender", true);
    g.writeEndObject();
  }
}
