package dev.sockshell.run;

import dev.sockshell.event.BoundedSink;
import dev.sockshell.event.EventSink;
import dev.sockshell.interp.Cancellation;
import dev.sockshell.interp.Host;
import dev.sockshell.interp.Interpreter;
import dev.sockshell.posix.Sockets;
import dev.sockshell.posix.ffm.FfmSockets;
import dev.sockshell.session.Session;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One run of sockshell, put together in one place: the sockets, the session, the interpreter with
 * its waits, the host of the directives, where background output goes, and what listens to every
 * event. Every entry point (the prompt, -c, a script, check, play, a lesson) and the tests make
 * their runs here; {@link #close()} gives back every socket, watcher and descriptor the run opened.
 */
public final class Run implements AutoCloseable {

  /**
   * How a run is made.
   *
   * @param sockets the system calls (the FFM ones, or a fake for tests of pure logic)
   * @param defaultWaitMicros how long recv, accept and connect wait when a command names no
   *     timeout; null (the prompt) waits until Ctrl-C
   * @param interactive a TCP connect is cancellable by Ctrl-C (the prompt and lessons)
   * @param shared the Ctrl-C of the run that started this one (a lesson's), or null
   * @param backgroundQueue how many background events wait to be shown before they are dropped
   */
  public record Config(
      Supplier<Sockets> sockets,
      Long defaultWaitMicros,
      boolean interactive,
      Cancellation shared,
      int backgroundQueue) {

    /** The prompt: no wait limit, Ctrl-C ends a connect. */
    public static Config prompt() {
      return new Config(FfmSockets::new, null, true, null, 1024);
    }

    /** A script, -c, check or play: every wait is bounded. */
    public static Config script(long waitMicros) {
      return new Config(FfmSockets::new, waitMicros, false, null, 1024);
    }

    /**
     * A lesson: its own session, the system calls and the Ctrl-C of the run it is nested in,
     * bounded waits.
     */
    public static Config lesson(Sockets parent, Cancellation prompt, long waitMicros) {
      return new Config(() -> parent, waitMicros, true, prompt, 1024);
    }

    public Config with(Supplier<Sockets> other) {
      return new Config(other, defaultWaitMicros, interactive, shared, backgroundQueue);
    }
  }

  private final Interpreter interpreter;
  private final Config config;
  private BoundedSink background;

  public Run(Config config) {
    this.config = config;
    this.interpreter =
        new Interpreter(
            config.sockets().get(),
            new Session(),
            config.shared(),
            dev.sockshell.render.Renderer.ENGLISH);
    interpreter.defaultWait(config.defaultWaitMicros());
    interpreter.interactive(config.interactive());
  }

  public Interpreter interpreter() {
    return interpreter;
  }

  public Session session() {
    return interpreter.session();
  }

  /**
   * Where what watched sockets receive is shown, through a bounded queue so that a flood never
   * blocks the receiver (what cannot be shown in time is counted and reported as dropped).
   */
  public Run background(EventSink shown) {
    if (background != null) {
      background.close();
    }
    background = shown == null ? null : new BoundedSink(shown, config.backgroundQueue());
    interpreter.background(background);
    return this;
  }

  /** Who carries out source, record, export and the lessons; made with this run's interpreter. */
  public <H extends Host> H host(Function<Interpreter, H> make) {
    H h = make.apply(interpreter);
    interpreter.host(h);
    return h;
  }

  /** Sees every foreground event whatever the feedback mode (the C export listens here). */
  public Run tap(EventSink sink) {
    interpreter.tap(sink);
    return this;
  }

  /** Closes every socket and watcher, the background queue and the wake-up descriptor. */
  @Override
  public void close() {
    try {
      interpreter.background(null);
      if (background != null) {
        background.close();
      }
    } finally {
      interpreter.close();
    }
  }
}
