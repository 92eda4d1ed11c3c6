package dev.sockshell.posix;

/**
 * Ctrl-C as a state that is checked, not an event that can be consumed: {@link #request} bumps a
 * counter and wakes any poll through an eventfd; every wait and every loop asks {@link #requested}
 * afterwards, so a request that arrives between two waits is never lost. The front end {@link
 * #arm}s it before each line it runs; a lesson's interpreter shares the prompt's, so one Ctrl-C
 * reaches whatever runs.
 */
public final class Cancellation implements AutoCloseable {
  /** Thrown out of a wait or a loop once cancellation was requested. */
  public static final class Cancelled extends RuntimeException {
    public Cancelled() {
      super("cancelled", null, false, false);
    }
  }

  private final Sockets sockets;
  private volatile long requests;
  private volatile long armedAt;
  private int wakeFd = -1;
  private boolean closed;

  /** Makes its eventfd at once, so a run holds the same descriptors from start to end. */
  public Cancellation(Sockets sockets) {
    this.sockets = sockets;
    this.wakeFd = sockets.eventfd();
  }

  /** Ctrl-C: from any thread (a signal handler). */
  public void request() {
    requests++;
    int fd;
    synchronized (this) {
      fd = wakeFd;
    }
    if (fd >= 0) {
      try {
        sockets.signalEventfd(fd);
      } catch (RuntimeException e) {
        // closed meanwhile: the counter alone is enough
      }
    }
  }

  /** Forgets earlier requests: the next line starts uncancelled. */
  public void arm() {
    armedAt = requests;
    drain();
  }

  public boolean requested() {
    return requests != armedAt;
  }

  /** Throws {@link Cancelled} when a request is pending. */
  public void check() {
    if (requested()) {
      throw new Cancelled();
    }
  }

  /** The eventfd that {@link #request} signals, for a poll to include. */
  public synchronized int wakeFd() {
    if (closed) {
      throw new IllegalStateException("cancellation closed");
    }
    return wakeFd;
  }

  /** Clears a stale wake-up (a request that an earlier line already dealt with). */
  public void drain() {
    int fd;
    synchronized (this) {
      fd = wakeFd;
    }
    if (fd >= 0) {
      sockets.drainEventfd(fd);
    }
  }

  @Override
  public synchronized void close() {
    closed = true;
    if (wakeFd >= 0) {
      sockets.close(wakeFd);
      wakeFd = -1;
    }
  }
}
