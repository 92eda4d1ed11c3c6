package dev.sockshell.interp;

import dev.sockshell.posix.Sockets;

/**
 * Waits for a socket to become readable in a way that another thread can cancel (Ctrl-C at the
 * prompt): poll on the socket and an eventfd that {@link #cancel} signals.
 */
final class Waiter {
  /** Thrown when a wait is cancelled. */
  static final class Cancelled extends RuntimeException {
    Cancelled() {
      super("cancelled", null, false, false);
    }
  }

  private final Sockets sockets;
  private int wakeFd = -1;

  Waiter(Sockets sockets) {
    this.sockets = sockets;
  }

  private synchronized int wakeFd() {
    if (wakeFd < 0) {
      wakeFd = sockets.eventfd();
    }
    return wakeFd;
  }

  /** Signals any wait in progress, from any thread. */
  void cancel() {
    int fd;
    synchronized (this) {
      fd = wakeFd;
    }
    if (fd >= 0) {
      sockets.signalEventfd(fd);
    }
  }

  /**
   * Returns true when {@code fd} is readable, false when {@code timeoutMillis} passed (negative: no
   * limit); throws {@link Cancelled} when cancelled.
   */
  boolean readable(int fd, int timeoutMillis) {
    int wake = wakeFd();
    sockets.drainEventfd(wake);
    short[] revents = sockets.pollIn(new int[] {fd, wake}, timeoutMillis);
    if (revents[1] != 0) {
      sockets.drainEventfd(wake);
      throw new Cancelled();
    }
    return revents[0] != 0;
  }

  synchronized void close() {
    if (wakeFd >= 0) {
      sockets.close(wakeFd);
      wakeFd = -1;
    }
  }
}
