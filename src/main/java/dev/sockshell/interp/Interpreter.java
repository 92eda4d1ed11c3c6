package dev.sockshell.interp;

import dev.sockshell.bench.Bench;
import dev.sockshell.catalogue.OptionCatalogue;
import dev.sockshell.command.Command;
import dev.sockshell.command.Command.*;
import dev.sockshell.command.Feedback;
import dev.sockshell.ctype.CodecEnv;
import dev.sockshell.error.ExpectationError;
import dev.sockshell.error.SyntaxError;
import dev.sockshell.error.UsageError;
import dev.sockshell.event.English;
import dev.sockshell.event.Event;
import dev.sockshell.event.EventSink;
import dev.sockshell.help.HelpPages;
import dev.sockshell.kernel.KernelDefaults;
import dev.sockshell.lab.LabOps;
import dev.sockshell.posix.Cancellation;
import dev.sockshell.posix.SocketError;
import dev.sockshell.posix.Sockets;
import dev.sockshell.sandbox.Sandbox;
import dev.sockshell.session.Session;
import dev.sockshell.session.SessionSocket;
import dev.sockshell.text.Words;
import dev.sockshell.trace.TracingSockets;
import java.util.ArrayList;
import java.util.List;

/**
 * Carries out commands on the session's sockets: one exhaustive switch, no reflection. Closing it
 * closes every socket it opened, stops the watchers and gives back its wake-up descriptor.
 */
public final class Interpreter implements AutoCloseable {
  private final Sockets sockets;
  private final TracingSockets tracing;
  private final Session session;
  private final OptionOps options;
  private final Waiter waiter;
  private final KernelDefaults defaults;
  private final Watchers watchers;
  private final Setup setup;
  private final ExpectChecks checks;
  private final SocketOps ops;
  private final Sending sending;
  private final Memberships memberships;
  private final Bench bench;
  private ExpectChecks.Previous last;
  private volatile Feedback feedback = Feedback.NORMAL;
  private final Cancellation cancellation;
  private final boolean ownsCancellation;
  private final Attempts attempts = new Attempts();
  private final CodecEnv env;
  private final Sandbox sandbox;

  /**
   * Everything an interpreter is made with; it is configured here only, never after.
   *
   * @param real the system calls (FFM, or a fake for tests of pure logic)
   * @param shared non-null: this interpreter (a lesson's) is cancelled by the same Ctrl-C as the
   *     one that made it, and leaves closing it to that one
   * @param english the English words of facts, which expect lines compare
   * @param interactive a TCP connect is cancellable by Ctrl-C (the prompt and lessons)
   * @param defaultWaitMicros how long recv, accept and connect wait when the command gives no
   *     timeout; null (the prompt) waits until Ctrl-C; scripts set one so that they cannot hang
   * @param sandbox what confines every command (check --sandbox), or null
   * @param language what {@code set lang} changes: the language of the run
   * @param background where watched sockets put what they receive (null: watch is unavailable)
   * @param host who carries out the directives (source, record, export, lessons, doctor)
   * @param tap what sees every foreground event whatever the feedback mode (the C export), or null
   */
  public record Setup(
      Sockets real,
      Session session,
      Cancellation shared,
      English english,
      boolean interactive,
      Long defaultWaitMicros,
      Sandbox sandbox,
      java.util.function.Consumer<dev.sockshell.text.Text.Lang> language,
      java.util.function.Supplier<EventSink> background,
      java.util.function.Supplier<Host> host,
      java.util.function.Supplier<EventSink> tap) {}

  public Interpreter(Setup setup) {
    this.setup = setup;
    Sockets real = setup.real();
    Session session = setup.session();
    Cancellation shared = setup.shared();
    English english = setup.english();
    this.sandbox = setup.sandbox();
    if (sandbox != null) {
      session.budget(sandbox);
    }
    this.real = real;
    this.tracing = new TracingSockets(real);
    Sockets sockets = tracing;
    this.sockets = sockets;
    this.session = session;
    this.env = new NativeEnv(sockets, session.lab());
    this.options = new OptionOps(sockets, env, attempts, session.lab());
    this.ownsCancellation = shared == null;
    this.cancellation = shared != null ? shared : new Cancellation(real);
    this.waiter = new Waiter(sockets, cancellation);
    this.defaults = new KernelDefaults(real, env);
    this.watchers = new Watchers(real, session);
    this.checks = new ExpectChecks(sockets, env, waiter, session, english);
    this.ops =
        new SocketOps(
            sockets,
            session,
            waiter,
            watchers,
            options,
            attempts,
            setup.interactive(),
            setup.defaultWaitMicros());
    this.sending = new Sending(sockets, session, waiter, attempts, setup.defaultWaitMicros());
    this.memberships = new Memberships(session, options);
    this.bench = new Bench(real, session, cancellation, options::set);
  }

  private final Sockets real;

  /**
   * The system calls this interpreter makes (untraced): a run nested in this one (a lesson) makes
   * its calls through the same, fakes included.
   */
  public Sockets sockets() {
    return real;
  }

  public Session session() {
    return session;
  }

  /** Cancels whatever runs (Ctrl-C): a wait, a time loop, the rest of a line; any thread. */
  public void cancel() {
    cancellation.request();
  }

  /** The Ctrl-C state, for a front end to arm before each line and to share with lessons. */
  public Cancellation cancellation() {
    return cancellation;
  }

  /** What this kernel gives a new socket, for help and the console's tips. */
  public KernelDefaults defaults() {
    return defaults;
  }

  public Feedback feedback() {
    return feedback;
  }

  /** Runs one command; returns false when it failed (a Failure event was emitted). */
  public boolean execute(Command command, EventSink sink) {
    Feedback mode = feedback;
    EventSink tapped = setup.tap().get();
    List<Event> seen = new ArrayList<>();
    EventSink out =
        e -> {
          seen.add(e);
          if (tapped != null) {
            tapped.emit(e);
          }
          if (mode != Feedback.QUIET || shownWhenQuiet(e)) {
            sink.emit(e);
          }
        };
    if (mode == Feedback.VERBOSE) {
      tracing.traceTo(t -> out.emit(new Event.Syscall(t)));
    }
    RuntimeException failure;
    try {
      failure = cancellation.requested() ? cancelled(out) : attempt(command, out);
    } finally {
      tracing.traceTo(null);
    }
    if (!(command instanceof Expect)) {
      // expect error / expect output look at the command before them.
      last = new ExpectChecks.Previous(List.copyOf(seen), failure);
    }
    return failure == null;
  }

  /** Quiet shows values, data, tables, help and errors; not what was done. */
  private static boolean shownWhenQuiet(Event e) {
    return switch (e) {
      case Event.Info i -> false;
      case Event.Note n -> false;
      case Event.OptionValue v -> true;
      case Event.Received r -> true;
      case Event.ErrorQueued q -> true;
      case Event.Fact f -> false;
      case Event.Timed t -> true; // the value asked for
      default -> true;
    };
  }

  private RuntimeException cancelled(EventSink out) {
    UsageError e = new UsageError(Words.of("cancelled"));
    out.emit(new Event.Failure(e, null));
    return e;
  }

  /** Runs the command; returns its error (already emitted as a Failure), or null. */
  private RuntimeException attempt(Command command, EventSink out) {
    RuntimeException error;
    Words hint = null;
    Event.Fact attempted = null;
    attempts.take();
    try {
      run(command, out);
      return null;
    } catch (SocketError e) {
      error = e;
      attempted = attempts.take();
      hint = e.hint() != null ? e.hint() : Hints.forError(e, command, attempted);
    } catch (UsageError e) {
      error = e;
      hint = e.hint();
    } catch (SyntaxError | ExpectationError e) {
      error = e;
    } catch (Cancellation.Cancelled e) {
      error = new UsageError(Words.of("cancelled"));
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // A bug of ours must not end the session or show a stack trace: one line, and go on. A heap
      // that one command filled is free again once the command is gone.
      error = new UsageError(dev.sockshell.error.Debug.line(e));
    }
    out.emit(new Event.Failure(error, hint, attempted));
    return error;
  }

  private void run(Command command, EventSink out) {
    Sandbox box = sandbox;
    if (box != null) {
      box.check(command, session, env);
    }
    switch (command) {
      case Open c -> ops.open(c, out);
      case Lab c -> {
        switch (LabOps.run(c, session.lab(), ops::closeLab, sockets, cancellation, out)) {
          case BUILT -> ownsLab = true;
          case REMOVED -> ownsLab = false;
          case KEPT -> {}
        }
      }
      case Use c -> {
        SessionSocket s = session.resolve(c.sock());
        session.use(s);
        out.emit(new Event.Info(Words.of("use.current", s.label(), s.kind())));
      }
      case Bind c -> ops.bind(c, out);
      case Listen c -> ops.listen(c, out);
      case Accept c -> ops.accept(c, out);
      case Connect c -> ops.connect(c, out);
      case Shutdown c -> ops.shutdown(c, out);
      case Close c -> ops.close(c, out);
      case Send c -> sending.send(c, out);
      case Reply c -> sending.reply(c, out);
      case Command.Bench c -> bench.run(c, ops.defaultWait(), out);
      case Recv c -> ops.recv(c, out);
      case SetOpt c -> options.set(session.resolve(c.sock()), c.option(), c.value(), out);
      case GetOpt c -> {
        SessionSocket s = session.resolve(c.sock());
        if (c.option() == null) {
          options.getAll(s, c.level(), c.every(), out);
        } else {
          options.get(s, c.option(), out);
        }
      }
      case Join c -> memberships.change(c.sock(), c.membership(), true, out);
      case Leave c -> memberships.change(c.sock(), c.membership(), false, out);
      case Watch c ->
          watchers.start(session.resolve(c.sock()), c.echo(), setup.background().get(), out);
      case Unwatch c -> unwatch(c, out);
      case Ls c -> {
        out.emit(Tables.sessionTable(session.all(), session.current()));
        if (!session.encoding().equals(java.nio.charset.StandardCharsets.UTF_8)) {
          out.emit(
              new Event.Note(
                  Words.of(
                      "ls.encoding", dev.sockshell.model.Encodings.label(session.encoding()))));
        }
      }
      case Options c -> {
        out.emit(Tables.catalogue(c.level(), c.chapterOnly()));
        if (c.level() == null) {
          out.emit(
              new Event.Note(
                  c.chapterOnly()
                      ? Words.of("options.more", OptionCatalogue.get().all().size())
                      : Words.of("options.chapterHint", OptionCatalogue.get().all().size())));
        }
      }
      case Help c ->
          out.emit(new Event.Help(Words.shown(() -> HelpPages.page(c.topic(), defaults))));
      case SetFeedback c -> {
        feedback = c.mode();
        out.emit(
            new Event.Info(
                Words.of("set.feedback", c.mode().name().toLowerCase(java.util.Locale.ROOT))));
      }
      case SetEncoding c -> {
        session.encoding(c.charset());
        out.emit(
            new Event.Info(
                Words.of(
                    "set.encoding",
                    dev.sockshell.model.Encodings.label(c.charset()),
                    c.charset().name())));
      }
      case SetLang c -> {
        setup.language().accept(c.lang());
        out.emit(new Event.Info(Words.of("set.lang")));
      }
      case Expect c -> checks.check(c.expectation(), last, ops.defaultWait(), out);
      case Sleep c -> {
        waiter.sleep(c.micros());
        out.emit(new Event.Info(Words.of("slept", OptionOps.seconds(c.micros()))));
      }
      case Time c -> time(c, out);
      case Directive d -> setup.host().get().carryOut(d, out);
      case Quit c -> {
        closeAll(out);
        out.emit(new Event.Quit());
      }
    }
  }

  /**
   * Runs the block, failing at its first failing command, and reports the time per round. A failing
   * round is reported too, with its time up to the failure: timing how long a recv waits before
   * SO_RCVTIMEO ends it is what the receive-timeout exercise is about.
   */
  private void time(Time t, EventSink out) {
    long[] rounds = new long[t.rounds()];
    for (int r = 0; r < t.rounds(); r++) {
      long start = System.nanoTime();
      Command current = null;
      try {
        for (Command c : t.body()) {
          current = c;
          waiter.checkCancelled();
          run(c, r == t.rounds() - 1 ? out : e -> {});
        }
      } catch (RuntimeException e) {
        rounds[r] = System.nanoTime() - start;
        out.emit(new Event.Timed(java.util.Arrays.copyOf(rounds, r + 1), r + 1));
        if (e instanceof SocketError se && se.hint() == null) {
          // the hint is the failed command's (recv's SO_RCVTIMEO), not the time block's
          Event.Fact attempted = attempts.take();
          attempts.about(attempted);
          throw se.hinted(Hints.forError(se, current, attempted));
        }
        throw e;
      }
      rounds[r] = System.nanoTime() - start;
    }
    out.emit(new Event.Timed(rounds));
  }

  private void unwatch(Unwatch c, EventSink out) {
    List<SessionSocket> targets = c.all() ? watchers.watched() : List.of(session.resolve(c.sock()));
    for (SessionSocket s : targets) {
      if (!watchers.stop(s)) {
        throw new UsageError(Words.of("watch.not", s.label()));
      }
      out.emit(new Event.Info(Words.of("watch.stopped", s.label())));
    }
  }

  /** Closes every socket; used by close all, quit and the end of a script. */
  public void closeAll(EventSink out) {
    ops.closeAll(out);
  }

  /** This session built the lab that is up: it goes when the session ends (a lesson's too). */
  private volatile boolean ownsLab;

  /** Closes every socket and watcher, and the wake-up descriptor unless it is shared. */
  @Override
  public void close() {
    try {
      ops.closeAll(e -> {});
      if (ownsLab) {
        session.lab().down();
      }
    } finally {
      if (ownsCancellation) {
        cancellation.close();
      }
    }
  }
}
