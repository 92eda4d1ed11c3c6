package dev.sockshell.cexport;

import dev.sockshell.ctype.Platform;
import dev.sockshell.event.Event;
import java.util.ArrayList;
import java.util.List;

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

  private final List<Step> steps = new ArrayList<>();
  private String scope = "";

  /** What follows happens in a session of its own (a lesson), until {@link #endScope()}. */
  public synchronized void beginScope(String name) {
    scope = name;
  }

  public synchronized void endScope() {
    steps.add(new Step(scope, null, false));
    scope = "";
  }

  /** Keeps what the program will do; other events are ignored. */
  public synchronized void accept(Event e) {
    switch (e) {
      case Event.Failure f when f.attempted() != null ->
          steps.add(new Step(scope, f.attempted(), true));
      case Event.OptionValue v when v.call() == null -> {}
      case Event.Fact f -> steps.add(new Step(scope, f, false));
      default -> {}
    }
  }

  public synchronized boolean isEmpty() {
    return steps.stream().allMatch(s -> s.fact() == null);
  }

  /** The whole program, for one platform. */
  public synchronized String write(Platform p, String title) {
    CWriter w = new CWriter(p);
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
