package dev.sockshell.run;

import dev.sockshell.event.BoundedSink;
import dev.sockshell.event.English;
import dev.sockshell.event.EventSink;
import dev.sockshell.interp.Host;
import dev.sockshell.interp.Interpreter;
import dev.sockshell.posix.Cancellation;
import dev.sockshell.posix.Sockets;
import dev.sockshell.posix.ffm.FfmSockets;
import dev.sockshell.render.Renderer;
import dev.sockshell.sandbox.Sandbox;
import dev.sockshell.session.Session;
import dev.sockshell.text.Text;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One run of sockshell, put together in one place from one {@link Config}: the sockets, the
 * session, the interpreter with its waits, its sandbox and its language, the host of the
 * directives, what listens to every event, and (with {@link #foreground}) where background output
 * goes. Every entry point (the prompt, -c, a script, check, play, a lesson) and the tests make
 * their runs here; nothing is configured after it is made. {@link #close()} gives back every
 * socket, watcher and descriptor the run opened.
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
   * @param sandbox the limits every command is held to (check --sandbox, --sandbox), or null
   * @param language the run's language, or null for the program's (--lang, the environment)
   * @param english the English words expect lines compare
   * @param host makes who carries out the directives, with the run (null: they are refused)
   * @param tap sees every foreground event (a lesson's calls go into its parent's C export), or
   *     null for the host's
   * @param lab where the run keeps its lab (a lesson: its parent's), or null for a slot of its own
   */
  public record Config(
      Supplier<Sockets> sockets,
      Long defaultWaitMicros,
      boolean interactive,
      Cancellation shared,
      int backgroundQueue,
      Sandbox.Limits sandbox,
      Text.Lang language,
      English english,
      Function<Run, Host> host,
      EventSink tap,
      dev.sockshell.lab.Lab.Slot lab) {

    /** The prompt: no wait limit, Ctrl-C ends a connect. */
    public static Config prompt() {
      return new Config(
          FfmSockets::new, null, true, null, 1024, null, null, Renderer.ENGLISH, null, null, null);
    }

    /** A script, -c, check or play: every wait is bounded. */
    public static Config script(long waitMicros) {
      return new Config(
          FfmSockets::new,
          waitMicros,
          false,
          null,
          1024,
          null,
          null,
          Renderer.ENGLISH,
          null,
          null,
          null);
    }

    /**
     * A run nested in {@code parent} (a lesson): its own session and bounded waits; the system
     * calls, the Ctrl-C, the sandbox, the language, the C export and the lab of its parent.
     */
    public static Config nested(Run parent, long waitMicros) {
      Config p = parent.config;
      return new Config(
          () -> parent.interpreter.sockets(),
          waitMicros,
          true,
          parent.interpreter.cancellation(),
          p.backgroundQueue,
          p.sandbox,
          parent.language(),
          p.english,
          null,
          parent.tap(),
          parent.session().lab());
    }

    public Config with(Supplier<Sockets> other) {
      return change(p -> p.sockets = other);
    }

    /** The same, every command held to {@code limits}. */
    public Config sandboxed(Sandbox.Limits limits) {
      return change(p -> p.sandbox = limits);
    }

    /** The same, speaking {@code l}. */
    public Config speaking(Text.Lang l) {
      return change(p -> p.language = l);
    }

    /** The same, {@code sink} seeing every foreground event (a C export of its own). */
    public Config tapped(EventSink sink) {
      return change(p -> p.tap = sink);
    }

    /** The same, its directives carried out by what {@code make} makes with the run. */
    public Config hosted(Function<Run, Host> make) {
      return change(p -> p.host = make);
    }

    /** A copy with what {@code edit} changes. */
    private Config change(java.util.function.Consumer<Parts> edit) {
      Parts p = new Parts(this);
      edit.accept(p);
      return new Config(
          p.sockets,
          defaultWaitMicros,
          interactive,
          shared,
          backgroundQueue,
          p.sandbox,
          p.language,
          english,
          p.host,
          p.tap,
          lab);
    }

    /** What a copy may change. */
    private static final class Parts {
      Supplier<Sockets> sockets;
      Sandbox.Limits sandbox;
      Text.Lang language;
      Function<Run, Host> host;
      EventSink tap;

      Parts(Config c) {
        sockets = c.sockets;
        sandbox = c.sandbox;
        language = c.language;
        host = c.host;
        tap = c.tap;
      }
    }
  }

  private final Config config;
  private final Interpreter interpreter;
  private final Host host;
  private volatile Text.Lang language;
  private volatile BoundedSink background;

  public Run(Config config) {
    this.config = config;
    this.language = config.language();
    this.interpreter =
        new Interpreter(
            new Interpreter.Setup(
                config.sockets().get(),
                config.lab() != null ? new Session(config.lab()) : new Session(),
                config.shared(),
                config.english(),
                config.interactive(),
                config.defaultWaitMicros(),
                config.sandbox() == null ? null : new Sandbox(config.sandbox()),
                this::speak,
                () -> background,
                this::host,
                this::tap));
    this.host = config.host() == null ? Host.NONE : config.host().apply(this);
  }

  public Interpreter interpreter() {
    return interpreter;
  }

  public Session session() {
    return interpreter.session();
  }

  /** Who carries out this run's directives (Host.NONE where nobody does). */
  public Host host() {
    return host == null ? Host.NONE : host; // null only while the host itself is being made
  }

  private EventSink tap() {
    return config.tap() != null ? config.tap() : host().tap();
  }

  /** The run's language: its own once set, else the program's. */
  public Text.Lang language() {
    Text.Lang l = language;
    return l != null ? l : Text.lang();
  }

  /** {@code set lang}: the run speaks {@code l} from now on (and so do this thread's words). */
  private void speak(Text.Lang l) {
    language = l;
    Text.lang(l);
  }

  /** Whether every command of this run is held to a sandbox. */
  public boolean sandboxed() {
    return config.sandbox() != null;
  }

  /**
   * Shows what watched sockets receive on {@code shown}, through a bounded queue so that a flood
   * never blocks the receiver (what cannot be shown in time is counted and reported as dropped),
   * until the returned scope is closed: then watch output has nowhere to go and the queue stops.
   */
  public Foreground foreground(EventSink shown) {
    BoundedSink before = background;
    if (before != null) {
      before.close();
    }
    BoundedSink sink = new BoundedSink(shown, config.backgroundQueue());
    background = sink;
    return new Foreground(sink);
  }

  /** Where background output goes while it is open. */
  public final class Foreground implements AutoCloseable {
    private final BoundedSink sink;

    private Foreground(BoundedSink sink) {
      this.sink = sink;
    }

    @Override
    public void close() {
      if (background == sink) {
        background = null;
      }
      sink.close();
    }
  }

  /** Closes every socket and watcher, the background queue and the wake-up descriptor. */
  @Override
  public void close() {
    try {
      BoundedSink b = background;
      background = null;
      if (b != null) {
        b.close();
      }
    } finally {
      interpreter.close();
    }
  }
}
