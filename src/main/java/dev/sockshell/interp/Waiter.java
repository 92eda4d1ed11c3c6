package dev.sockshell.interp;

import dev.sockshell.posix.Linux;
import dev.sockshell.posix.SockAddr;
import dev.sockshell.posix.SocketError;
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

  /**
   * A connect that Ctrl-C can cancel: non-blocking connect, then poll for writability (and the wake
   * fd), then SO_ERROR for the result, as a C program with a cancel button would do.
   */
  boolean connect(int fd, SockAddr to, int timeoutMillis) {
    int flags = sockets.getFlags(fd);
    sockets.setFlags(fd, flags | Linux.O_NONBLOCK);
    try {
      try {
        sockets.connect(fd, to);
        return true;
      } catch (SocketError e) {
        if (e.errno() != Linux.EINPROGRESS) {
          throw e;
        }
      }
      int wake = wakeFd();
      sockets.drainEventfd(wake);
      short[] ready =
          sockets.poll(
              new int[] {fd, wake}, new short[] {Linux.POLLOUT, Linux.POLLIN}, timeoutMillis);
      if (ready[1] != 0) {
        sockets.drainEventfd(wake);
        throw new Cancelled();
      }
      if (ready[0] == 0) {
        return false;
      }
      byte[] err =
          sockets.getsockopt(
              fd, SO_ERROR.level().number(), SO_ERROR.number(), SO_ERROR.type().capacity());
      int errno = java.nio.ByteBuffer.wrap(err).order(java.nio.ByteOrder.nativeOrder()).getInt();
      if (errno != 0) {
        throw new SocketError("connect", errno, sockets.errnoName(errno), sockets.strerror(errno));
      }
      return true;
    } finally {
      sockets.setFlags(fd, flags);
    }
  }

  private static final dev.sockshell.catalogue.SockOption SO_ERROR =
      dev.sockshell.catalogue.OptionCatalogue.get().byName("SO_ERROR").orElseThrow();

  /** A wait in microseconds as poll's milliseconds, rounded up; null (no limit) is -1. */
  static int millis(Long micros) {
    return micros == null ? -1 : (int) Math.min(Integer.MAX_VALUE, (micros + 999) / 1000);
  }

  /** Sleeps, unless cancelled first. */
  void sleep(long micros) {
    int wake = wakeFd();
    sockets.drainEventfd(wake);
    if (sockets.pollIn(new int[] {wake}, millis(micros))[0] != 0) {
      sockets.drainEventfd(wake);
      throw new Cancelled();
    }
  }

  synchronized void close() {
    if (wakeFd >= 0) {
      sockets.close(wakeFd);
      wakeFd = -1;
    }
  }
}
