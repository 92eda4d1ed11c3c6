package dev.sockshell.run;

import dev.sockshell.event.Event;
import dev.sockshell.event.EventSink;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * A script's output into a file or a pipe, worded and written on a thread of its own, a little
 * behind the commands: a replay spends a quarter of its command thread's time wording and encoding
 * what it shows, and on a second core that work need not wait for the next system call. Events are
 * handed over in batches, in the order they came.
 *
 * <p>What a line says may depend on the moment it is worded (the language, a lab host that is still
 * there), so the front end calls {@link #sync()} before any command that may change such things
 * (every command but setopt and getopt), before writing anything itself and before the process
 * ends: everything emitted until then is written first. A failure to word an event is thrown by the
 * next {@link #emit} or {@link #sync()}, on the command thread. What waits in a batch not yet full
 * is written within {@link #LATE} milliseconds (a command that waits after showing something).
 */
public final class LinesBehind implements EventSink, AutoCloseable {
  /** Events handed over at once: a batch costs the worker one wake-up. */
  static final int BATCH = 256;

  /** How long an event may wait in a batch that is not full. */
  static final int LATE = 100;

  /** Guards {@link #pending} and {@link #handed}. */
  private final ReentrantLock lock = new ReentrantLock();

  private final Function<Event, String> render;
  private final PrintStream out;
  private final BlockingQueue<List<Event>> queue = new ArrayBlockingQueue<>(4);
  private final Thread worker;
  private final Object progress = new Object();

  private List<Event> pending = new ArrayList<>(BATCH);
  private long handed; // batches handed over; guarded by lock
  private long written; // batches written; guarded by progress
  private volatile Throwable broke;
  private volatile boolean closed;

  public LinesBehind(Function<Event, String> render, PrintStream out) {
    this.render = render;
    this.out = out;
    this.worker = Thread.ofPlatform().daemon().name("sockshell-lines").start(this::work);
  }

  @Override
  public void emit(Event e) {
    rethrow();
    lock.lock();
    try {
      pending.add(e);
      if (pending.size() >= BATCH) {
        handOff();
      }
    } finally {
      lock.unlock();
    }
  }

  /**
   * Hands what is pending to the worker (it may block while the worker is four batches behind); the
   * caller holds the lock.
   */
  private void handOff() {
    if (pending.isEmpty()) {
      return;
    }
    List<Event> batch = pending;
    pending = new ArrayList<>(BATCH);
    handed++;
    try {
      queue.put(batch);
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while handing output over", ex);
    }
  }

  /**
   * Writes everything emitted so far (to the stream, not flushed); throws what broke the wording.
   */
  public void sync() {
    if (!sync(Long.MAX_VALUE)) {
      throw new IllegalStateException("output not written");
    }
    rethrow();
  }

  /**
   * Like {@link #sync()}, waiting at most {@code millis} (Ctrl-C's way out: a pipe nobody reads
   * must not hold the process); whether everything was written.
   */
  public boolean sync(long millis) {
    long target;
    lock.lock();
    try {
      handOff();
      target = handed;
    } finally {
      lock.unlock();
    }
    long until = millis == Long.MAX_VALUE ? Long.MAX_VALUE : System.nanoTime() / 1_000_000 + millis;
    synchronized (progress) {
      while (written < target && broke == null) {
        long left = until == Long.MAX_VALUE ? 0 : until - System.nanoTime() / 1_000_000;
        if (until != Long.MAX_VALUE && left <= 0) {
          return false;
        }
        try {
          progress.wait(left);
        } catch (InterruptedException ex) {
          Thread.currentThread().interrupt();
          return false;
        }
      }
    }
    return true;
  }

  private void rethrow() {
    Throwable t = broke;
    if (t != null) {
      broke = null;
      switch (t) {
        case RuntimeException e -> throw e;
        case Error e -> throw e;
        default -> throw new IllegalStateException(t);
      }
    }
  }

  private void work() {
    while (!closed) {
      List<Event> batch;
      try {
        batch = queue.poll(LATE, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        return;
      }
      if (batch == null) {
        batch = late();
        if (batch == null) {
          continue;
        }
      }
      try {
        for (Event e : batch) {
          out.println(render.apply(e));
        }
      } catch (RuntimeException | Error e) {
        broke = e; // the rest of this batch is lost with it, as a failing render lost its line
      }
      synchronized (progress) {
        written++;
        progress.notifyAll();
      }
    }
  }

  /**
   * The events that waited {@link #LATE} ms in a batch not yet full, taken as a batch of their own;
   * null when there are none or the command thread is handing a batch over (never wait for it: it
   * may be waiting for this thread).
   */
  private List<Event> late() {
    if (!lock.tryLock()) {
      return null;
    }
    try {
      if (pending.isEmpty() || !queue.isEmpty()) {
        return null; // a batch handed over meanwhile comes first
      }
      List<Event> batch = pending;
      pending = new ArrayList<>(BATCH);
      handed++;
      return batch;
    } finally {
      lock.unlock();
    }
  }

  /** Writes what is left and stops the worker. */
  @Override
  public void close() {
    try {
      sync(2000);
    } finally {
      closed = true;
      worker.interrupt();
    }
  }
}
