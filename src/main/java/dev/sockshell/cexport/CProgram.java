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
   * ends its scope: its sockets are closed there.
   */
  private record Step(String scope, Event.Fact fact, boolean refused) {}

  /**
   * Every script and prompt keeps its calls for export c, so what is kept is bounded: a run of a
   * million lines must not fill the heap, and no one compiles a program that long. Past a bound the
   * program stops keeping and says so when asked to write.
   */
  static final int MAX_STEPS = 100_000;

  static final long MAX_BYTES = 16L << 20;

  private final List<Step> steps = new ArrayList<>();
  private String scope = "";
  private long bytes;
  private boolean overflowed;

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
      case Event.Sent s -> keep(new Step(scope, s, false), s.size());
      case Event.Received r -> keep(new Step(scope, r, false), r.size());
      case Event.Fact f -> keep(new Step(scope, f, false), 0);
      default -> {}
    }
  }

  private static final dev.sockshell.event.Words UNSHOWN = dev.sockshell.event.Words.literal("");

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

  private void keep(Step s, int payload) {
    if (overflowed || steps.size() >= MAX_STEPS || bytes + payload > MAX_BYTES) {
      overflowed = true;
      return;
    }
    bytes += payload;
    steps.add(s);
  }

  /** True when the session made more calls (or moved more data) than a program keeps. */
  public synchronized boolean overflowed() {
    return overflowed;
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
    p.overflowed = overflowed;
    for (int i = 0; i < at; i++) {
      Step s = steps.get(i);
      Event.Fact setup = s.refused() || s.fact() == null ? null : setup(s.fact());
      Integer since = setup == null ? null : born.get(s.scope() + "\u0000" + sock(setup));
      if (since != null && i >= since) {
        p.steps.add(new Step(s.scope(), setup, false));
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

  /** The whole program, for one platform. */
  public synchronized String write(Platform p, String title) {
    CWriter w = new CWriter(p);
    if (labLeftOut) {
      w.comment(dev.sockshell.text.Text.get("c.labLeftOut"));
    }
    for (Step s : steps) {
      w.scope(s.scope());
      if (s.fact() == null) {
        w.closeOpen();
      } else {
        w.step(s.fact(), s.refused());
      }
    }
    w.scope("");
    w.closeOpen();
    return w.program(title);
  }
}
