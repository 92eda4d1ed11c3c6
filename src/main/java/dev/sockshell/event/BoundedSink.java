package dev.sockshell.event;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Hands events from background receivers to a slow consumer (the terminal) through a bounded queue
 * on a thread of its own. When the queue is full an event is counted, not kept, and the consumer is
 * told how many it missed: a flood never freezes the console or grows memory.
 */
public final class BoundedSink implements EventSink, AutoCloseable {
  private final EventSink target;
  private final BlockingQueue<Event> queue;
  private final AtomicLong dropped = new AtomicLong();
  private final Thread thread;
  private volatile boolean open = true;

  public BoundedSink(EventSink target, int capacity) {
    this.target = target;
    this.queue = new ArrayBlockingQueue<>(capacity);
    this.thread = Thread.ofPlatform().daemon().name("sockshell-output").start(this::drain);
  }

  @Override
  public void emit(Event e) {
    if (!queue.offer(e)) {
      dropped.incrementAndGet();
    }
  }

  public long dropped() {
    return dropped.get();
  }

  private void drain() {
    try {
      while (open) {
        show(queue.take());
      }
    } catch (InterruptedException stop) {
      // close(): show what is still queued, then end
    }
    for (Event e = queue.poll(); e != null; e = queue.poll()) {
      show(e);
    }
  }

  /** During a flood the count is shown at most this often, not only once it is over. */
  private static final long REPORT_EVERY_NANOS = 1_000_000_000L;

  private long lastReport = System.nanoTime();

  private void show(Event e) {
    target.emit(e);
    long now = System.nanoTime();
    boolean due = queue.isEmpty() || now - lastReport >= REPORT_EVERY_NANOS;
    long missed = due ? dropped.getAndSet(0) : 0;
    if (missed > 0) {
      lastReport = now;
      target.emit(
          new Event.Note(
              dev.sockshell.text.Words.of(
                  missed == 1 ? "events.droppedOne" : "events.dropped", String.valueOf(missed))));
    }
  }

  /** Shows what is queued, then stops. */
  @Override
  public void close() {
    open = false;
    thread.interrupt();
    try {
      thread.join(2000);
    } catch (InterruptedException ie) {
      Thread.currentThread().interrupt();
    }
  }
}
