package dev.sockshell.interp;

import dev.sockshell.catalogue.SockOption;
import dev.sockshell.command.Expectation;
import dev.sockshell.ctype.CBytes;
import dev.sockshell.ctype.CodecEnv;
import dev.sockshell.error.ExpectationError;
import dev.sockshell.error.UsageError;
import dev.sockshell.event.English;
import dev.sockshell.event.Event;
import dev.sockshell.event.EventSink;
import dev.sockshell.posix.SocketError;
import dev.sockshell.posix.Sockets;
import dev.sockshell.session.SessionSocket;
import dev.sockshell.text.Words;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Checks {@code expect} lines against the kernel and against the previous command. */
final class ExpectChecks {
  /** The previous command: what it emitted, and its error if it failed. */
  record Previous(List<Event> events, RuntimeException failure) {}

  private static final long NOTHING_WAIT = 500_000;

  private final Sockets sockets;
  private final CodecEnv env;
  private final Waiter waiter;
  private final dev.sockshell.session.Session session;
  private final English english;

  ExpectChecks(
      Sockets sockets,
      CodecEnv env,
      Waiter waiter,
      dev.sockshell.session.Session session,
      English english) {
    this.english = english;
    this.sockets = sockets;
    this.env = env;
    this.waiter = waiter;
    this.session = session;
  }

  /** Checks one expect line; {@code last} is the command before it. */
  void check(Expectation e, Previous last, Long defaultWaitMicros, EventSink out) {
    switch (e) {
      case Expectation.ErrorIs x -> {
        error(x, last);
        out.emit(new Event.Note(Words.of("expect.okError", x.errno())));
      }
      case Expectation.Output x -> {
        output(x, last);
        out.emit(
            new Event.Note(Words.of(x.regex() ? "expect.okLike" : "expect.okOutput", x.text())));
      }
      case Expectation.Receives x -> {
        SessionSocket s = session.resolve(x.sock());
        Watchers.refuseRecv(s);
        long wait =
            x.timeoutMicros() != null
                ? x.timeoutMicros()
                : defaultWaitMicros != null ? defaultWaitMicros : EXPECT_WAIT;
        out.emit(receives(s, x, wait));
        out.emit(new Event.Note(Words.of("expect.okRecv")));
      }
      case Expectation.Nothing x -> {
        SessionSocket s = session.resolve(x.sock());
        Watchers.refuseRecv(s);
        nothing(s, x, out);
      }
      case Expectation.Value x -> value(session.resolve(x.sock()), x, out);
      case Expectation.Interface x -> {
        if (env.interfaceIndex(x.name()) == 0) {
          throw new ExpectationError(
              Words.literal("interface " + x.name()),
              Words.of(
                  x.name().equals("veth0") || x.name().equals("veth1")
                      ? "expect.noVeth"
                      : "expect.noIface"),
              true);
        }
        out.emit(new Event.Note(Words.literal("\u2713 interface " + x.name())));
      }
    }
  }

  private static final long EXPECT_WAIT = 5_000_000;

  void error(Expectation.ErrorIs e, Previous last) {
    Words expected = Words.of("expect.error", e.errno());
    if (last == null || last.failure() == null) {
      throw new ExpectationError(expected, Words.of("expect.noError"));
    }
    RuntimeException f = last.failure();
    if (e.errno().equals("ANY")) {
      return;
    }
    if (f instanceof SocketError s
        && (s.errnoName().equals(e.errno()) || Integer.toString(s.errno()).equals(e.errno()))) {
      return;
    }
    throw new ExpectationError(expected, Event.Failure.said(f));
  }

  void output(Expectation.Output o, Previous last) {
    List<String> lines =
        last == null
            ? List.of()
            : last.events().stream()
                .map(english::of)
                .flatMap(String::lines)
                .map(String::strip)
                .toList();
    Pattern p = o.regex() ? Pattern.compile(o.text()) : null;
    boolean found =
        lines.stream().anyMatch(l -> p != null ? p.matcher(l).find() : l.equals(o.text().strip()));
    if (!found) {
      throw new ExpectationError(
          Words.of(o.regex() ? "expect.like" : "expect.output", quote(o.text())),
          lines.isEmpty()
              ? Words.of("expect.noOutput")
              : Words.literal(quote(String.join(" | ", lines))));
    }
  }

  Event.Received receives(SessionSocket s, Expectation.Receives r, long waitMicros) {
    byte[] want = r.payload().bytes(session.encoding());
    Words expected = Words.of("expect.recv", show(want));
    if (!waiter.readable(s.fd(), waitMicros)) {
      throw new ExpectationError(
          expected, Words.of("expect.nothingWithin", OptionOps.seconds(waitMicros)));
    }
    Event.Received got = Receiving.take(sockets, s, Math.max(65536, want.length));
    if (!Arrays.equals(want, got.data())) {
      throw new ExpectationError(
          expected, Words.of("expect.recvFrom", show(got.data()), String.valueOf(got.from())));
    }
    return got;
  }

  void nothing(SessionSocket s, Expectation.Nothing n, EventSink out) {
    long wait = n.timeoutMicros() != null ? n.timeoutMicros() : NOTHING_WAIT;
    if (waiter.readable(s.fd(), wait)) {
      Event.Received d = Receiving.take(sockets, s, 65536);
      throw new ExpectationError(
          Words.of("expect.nothingOn", s.label(), OptionOps.seconds(wait)),
          d.from() != null
              ? Words.of("expect.dataFrom", show(d.data()), String.valueOf(d.from()))
              : Words.literal(show(d.data())));
    }
    out.emit(new Event.NothingArrived(s.label(), wait));
  }

  void value(SessionSocket s, Expectation.Value v, EventSink out) {
    SockOption o = v.option().option();
    if (o == null || !o.canGet()) {
      throw new UsageError(Words.of("expect.notReadable", v.option().displayName()));
    }
    byte[] raw = sockets.getsockopt(s.fd(), o.level().number(), o.number(), o.type().capacity());
    String actual = o.type().show(raw, env);
    String wanted = v.value().stream().map(a -> a.text()).collect(Collectors.joining(" "));
    if (!matches(o, raw, actual, v)) {
      throw new ExpectationError(
          Words.literal(o.name() + " = " + wanted), Words.literal(o.name() + " = " + actual));
    }
    out.emit(
        new Event.OptionValue(
            s.label(),
            o.name(),
            dev.sockshell.text.Words.shown(() -> o.type().show(raw, env)),
            null,
            new Event.OptionCall(o.level().number(), o.number(), o, null, raw),
            true));
  }

  /** The text as shown (with or without its note in parentheses), or the same C value. */
  private boolean matches(SockOption o, byte[] raw, String actual, Expectation.Value v) {
    String inEnglish = english.of(Words.shown(() -> o.type().show(raw, env)));
    return same(o, raw, actual, v) || same(o, raw, inEnglish, v);
  }

  private boolean same(SockOption o, byte[] raw, String actual, Expectation.Value v) {
    // Compared without spaces: "{l_onoff=1, l_linger=10}" may be typed with or without them.
    String wanted = squeeze(v.value().stream().map(a -> a.text()).collect(Collectors.joining()));
    int paren = actual.indexOf(" (");
    if (wanted.equals(squeeze(actual))
        || (paren > 0 && wanted.equals(squeeze(actual.substring(0, paren))))) {
      return true;
    }
    if (!o.canSet() || o.type() instanceof CBytes) {
      return false;
    }
    try {
      byte[] encoded = o.type().encode(v.value(), env);
      return Arrays.equals(encoded, raw);
    } catch (UsageError e) {
      return false;
    }
  }

  private static String squeeze(String s) {
    return s.replaceAll("\\s+", "");
  }

  private static String show(byte[] data) {
    String text = new String(data, java.nio.charset.StandardCharsets.UTF_8);
    boolean printable = text.chars().allMatch(ch -> ch >= 0x20 && ch != 0xfffd);
    return printable ? quote(text) : CBytes.hex(data);
  }

  private static String quote(String s) {
    return "\"" + s + "\"";
  }
}
