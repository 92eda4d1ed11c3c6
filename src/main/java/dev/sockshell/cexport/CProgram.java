package dev.sockshell.cexport;

import dev.sockshell.ctype.Platform;
import dev.sockshell.event.Event;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The session as a C program: every socket call the session made, in order, written with each
 * option's real C type, an error check after each call, and the values printed as sockshell shows
 * them. Fed the events of the foreground commands; a call the kernel refused is made too, and its
 * error shown, as the session went on after it.
 */
public final class CProgram {
  /**
   * One step: a fact, and whether the session saw its call refused; {@code scope} names the session
   * it happened in ("" for the prompt's, a lesson's name for a lesson's). A step without a fact
   * ends its scope: its sockets are closed there. {@code leftOut} is the number of bytes a send
   * sent whose data the program did not keep.
   */
  private record Step(String scope, Event.Fact fact, boolean refused, int leftOut) {
    Step(String scope, Event.Fact fact, boolean refused) {
      this(scope, fact, refused, 0);
    }
  }

  /**
   * Every script and prompt keeps its calls for export c, so what is kept is bounded by bytes: a
   * run of a million lines must not fill the heap, and no one compiles a program that long. Each
   * call counts {@link #STEP_BYTES} and the data it sends; the data of sends counts toward {@link
   * #MAX_DATA} as well. Past the data bound a send is kept without its data (the program sends as
   * many zero bytes, and says so); past the whole bound no call is kept, and the export says how
   * many were left out.
   */
  static final long MAX_BYTES = 8L << 20;

  static final long MAX_DATA = 2L << 20;

  /** What a call costs to keep, about: its record, its addresses, its option value. */
  static final int STEP_BYTES = 320;

  private final List<Step> steps = new ArrayList<>();
  private String scope = "";
  private long bytes;
  private long data;
  private long callsLeftOut;

  /** What follows happens in a session of its own (a lesson), until {@link #endScope()}. */
  public synchronized void beginScope(String name) {
    scope = name;
  }

  public synchronized void endScope() {
    keep(new Step(scope, null, false), 0);
    scope = "";
  }

  /** The sockets made in a lab host (scope and name): C cannot make them, so they are left out. */
  private final java.util.Set<String> inLab = new java.util.HashSet<>();

  private boolean labLeftOut;

  /** Keeps what the program will do; other events are ignored. */
  public synchronized void accept(Event e) {
    Event.Fact fact =
        switch (e) {
          case Event.Failure f -> f.attempted();
          case Event.Fact f -> f;
          default -> null;
        };
    if (fact != null && inLab(fact)) {
      return;
    }
    if (fact instanceof Event.Closed c && c.socks().stream().anyMatch(this::labSocket)) {
      List<String> rest = c.socks().stream().filter(k -> !inLab.remove(key(k))).toList();
      if (!rest.isEmpty()) {
        keep(new Step(scope, new Event.Closed(rest, c.all()), false), 0);
      }
      return;
    }
    switch (e) {
      case Event.Failure f when f.attempted() != null ->
          keep(new Step(scope, f.attempted(), true), 0);
      case Event.OptionValue v when v.call() == null -> {}
      // Kept without its words: they hold the socket and the codec, and C needs the call alone.
      case Event.OptionValue v ->
          keep(
              new Step(
                  scope,
                  new Event.OptionValue(v.sock(), v.name(), UNSHOWN, null, v.call(), v.checked()),
                  false),
              0);
      case Event.Sent s -> sent(s);
      // C receives into a buffer of its own: what arrived is not needed.
      case Event.Received r ->
          keep(
              new Step(
                  scope,
                  new Event.Received(
                      r.sock(), r.proto(), r.from(), new byte[0], r.ttl(), r.max(), r.encoding()),
                  false),
              0);
      case Event.Fact f -> keep(new Step(scope, f, false), 0);
      default -> {}
    }
  }

  private static final dev.sockshell.text.Words UNSHOWN = dev.sockshell.text.Words.literal("");

  /** Whether a socket of this scope was made in a lab host (no key is made when there are none). */
  private boolean labSocket(String sock) {
    return !inLab.isEmpty() && inLab.contains(key(sock));
  }

  private String key(String sock) {
    return scope + "\u0000" + sock;
  }

  /** Whether a fact is about a socket of the lab (an open in a lab host starts one). */
  private boolean inLab(Event.Fact f) {
    switch (f) {
      case Event.Opened o when o.kind().contains("@") -> {
        inLab.add(key(o.sock()));
        labLeftOut = true;
        return true;
      }
      case Event.Accepted a when labSocket(a.listener()) -> {
        inLab.add(key(a.sock()));
        return true;
      }
      default -> {
        String sock = sock(f);
        return sock != null && labSocket(sock);
      }
    }
  }

  private void sent(Event.Sent s) {
    int size = s.size(); // without copying the payload
    if (data + size <= MAX_DATA) {
      if (keep(new Step(scope, s, false), size)) {
        data += size;
      }
    } else {
      keep(
          new Step(
              scope,
              new Event.Sent(s.sock(), new byte[0], s.sent(), s.to(), s.peer()),
              false,
              size),
          0);
    }
  }

  /**
   * Keeps a step while the bound allows; false once it is reached (the call is counted as left
   * out).
   */
  private boolean keep(Step s, int payload) {
    if (callsLeftOut > 0 || bytes + STEP_BYTES + payload > MAX_BYTES) {
      if (s.fact() != null) {
        callsLeftOut++;
      }
      return false;
    }
    bytes += STEP_BYTES + payload;
    steps.add(s);
    return true;
  }

  /** The calls made after the bound was reached: the program ends before them. */
  public synchronized long callsLeftOut() {
    return callsLeftOut;
  }

  /** Where the program stands now, for a recording that starts here. */
  public synchronized int mark() {
    return steps.size();
  }

  /**
   * The steps from {@code mark} on, as a program of their own. The sockets open at the mark are set
   * up first as they were (socket, bind, listen, connect, accept, options set), so that the program
   * stands alone; what they sent and received before the mark is left out.
   */
  public synchronized CProgram since(int mark) {
    int at = Math.min(mark, steps.size());
    Map<String, Integer> born = new HashMap<>();
    for (int i = 0; i < at; i++) {
      Step s = steps.get(i);
      if (s.refused() || s.fact() == null) {
        if (s.fact() == null) {
          born.keySet().removeIf(k -> k.startsWith(s.scope() + "\u0000"));
        }
        continue;
      }
      switch (s.fact()) {
        case Event.Opened o -> born.put(s.scope() + "\u0000" + o.sock(), i);
        case Event.Accepted a when a.sock() != null -> born.put(s.scope() + "\u0000" + a.sock(), i);
        case Event.Closed c -> c.socks().forEach(k -> born.remove(s.scope() + "\u0000" + k));
        default -> {}
      }
    }
    CProgram p = new CProgram();
    p.callsLeftOut = callsLeftOut;
    for (int i = 0; i < at; i++) {
      Step s = steps.get(i);
      Event.Fact setup = s.refused() || s.fact() == null ? null : setup(s.fact());
      Integer since = setup == null ? null : born.get(s.scope() + "\u0000" + sock(setup));
      if (since != null && i >= since) {
        p.steps.add(new Step(s.scope(), setup, false, 0));
      }
    }
    p.steps.addAll(steps.subList(at, steps.size()));
    return p;
  }

  /** What of a fact sets a socket up (an option set without its read-back); null for the rest. */
  private static Event.Fact setup(Event.Fact f) {
    return switch (f) {
      case Event.Opened o -> o;
      case Event.Bound b -> b;
      case Event.Listening l -> l;
      case Event.Connected c -> c;
      case Event.Accepted a -> a;
      case Event.OptionSet o -> o;
      case Event.Membership m -> m;
      case Event.ShutDown s -> s;
      case Event.OptionValue v when v.call() != null && v.call().set() != null ->
          new Event.OptionSet(
              v.sock(),
              v.name(),
              new Event.OptionCall(
                  v.call().level(), v.call().number(), v.call().option(), v.call().set(), null));
      default -> null;
    };
  }

  /** The socket a fact is about; null for a close, which may name several. */
  private static String sock(Event.Fact f) {
    return switch (f) {
      case Event.Opened o -> o.sock();
      case Event.Bound b -> b.sock();
      case Event.Listening l -> l.sock();
      case Event.Connected c -> c.sock();
      case Event.Accepted a -> a.sock();
      case Event.OptionSet o -> o.sock();
      case Event.Membership m -> m.sock();
      case Event.ShutDown s -> s.sock();
      case Event.OptionValue v -> v.sock();
      case Event.Sent s -> s.sock();
      case Event.Received r -> r.sock();
      case Event.RecvAttempt r -> r.sock();
      case Event.NothingArrived n -> n.sock();
      case Event.ErrorQueued q -> q.sock();
      case Event.Closed c -> null;
    };
  }

  public synchronized boolean isEmpty() {
    return steps.stream().allMatch(s -> s.fact() == null);
  }

  /** What a written program holds, and what of the session it left out. */
  public record Written(long lines, int sendsLeftOut, long dataLeftOut, long callsLeftOut) {}

  /** The whole program, for one platform, as a string (for tests and short sessions). */
  public String write(Platform p, String title) {
    java.io.StringWriter out = new java.io.StringWriter();
    try {
      write(p, title, out);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Writes the whole program, for one platform, as it goes: main's statements are made twice, once
   * to learn what the head needs (which helpers, which options), once into {@code out}, so that the
   * program is never held whole in memory.
   */
  public synchronized Written write(Platform p, String title, java.io.Writer out)
      throws java.io.IOException {
    CWriter dry = new CWriter(p, java.io.Writer.nullWriter());
    statements(dry);
    Lines counted = new Lines(out);
    CPrelude.head(p, title, dry.called(), dry.used(), counted);
    statements(new CWriter(p, counted));
    CPrelude.tail(p, counted);
    counted.flush();
    int sends = 0;
    long left = 0;
    for (Step s : steps) {
      if (s.leftOut() > 0) {
        sends++;
        left += s.leftOut();
      }
    }
    return new Written(counted.lines, sends, left, callsLeftOut);
  }

  private void statements(CWriter w) {
    if (labLeftOut) {
      w.comment(dev.sockshell.text.Text.get("c.labLeftOut"));
    }
    for (Step s : steps) {
      w.scope(s.scope());
      if (s.fact() == null) {
        w.closeOpen();
      } else {
        w.step(s.fact(), s.refused(), s.leftOut());
      }
    }
    if (callsLeftOut > 0) {
      w.comment(dev.sockshell.text.Text.get("c.callsLeftOut", String.valueOf(callsLeftOut)));
    }
    w.scope("");
    w.closeOpen();
  }

  /** Counts the lines written through it. */
  private static final class Lines extends java.io.FilterWriter {
    long lines;

    Lines(java.io.Writer out) {
      super(out);
    }

    @Override
    public void write(int c) throws java.io.IOException {
      if (c == '\n') {
        lines++;
      }
      out.write(c);
    }

    @Override
    public void write(char[] b, int off, int len) throws java.io.IOException {
      for (int i = off; i < off + len; i++) {
        if (b[i] == '\n') {
          lines++;
        }
      }
      out.write(b, off, len);
    }

    @Override
    public void write(String s, int off, int len) throws java.io.IOException {
      for (int i = off; i < off + len; i++) {
        if (s.charAt(i) == '\n') {
          lines++;
        }
      }
      out.write(s, off, len);
    }
  }
}
