package dev.sockshell.interp;

import static java.lang.foreign.ValueLayout.JAVA_INT_UNALIGNED;

import dev.sockshell.catalogue.OptionCatalogue;
import dev.sockshell.catalogue.SockOption;
import dev.sockshell.catalogue.Trait;
import dev.sockshell.posix.Cancellation;
import dev.sockshell.posix.Linux;
import dev.sockshell.posix.SockAddr;
import dev.sockshell.posix.SocketError;
import dev.sockshell.posix.Sockets;
import dev.sockshell.posix.Structs;
import java.lang.foreign.MemorySegment;

/**
 * Every wait sockshell makes: poll on the socket and the {@link Cancellation}'s eventfd, so Ctrl-C
 * always wins, bounded by whatever applies (a command's timeout, a script's default wait, and the
 * socket's own SO_RCVTIMEO / SO_SNDTIMEO). The blocking call itself is made only once poll says it
 * will not block, so the trace shows exactly who decided how long to wait.
 */
final class Waiter {
  private static final SockOption SO_ERROR = OptionCatalogue.get().with(Trait.PENDING_ERROR);
  static final SockOption SO_RCVTIMEO = OptionCatalogue.get().with(Trait.RECV_TIMEOUT);
  static final SockOption SO_SNDTIMEO = OptionCatalogue.get().with(Trait.SEND_TIMEOUT);

  private final Sockets sockets;
  private final Cancellation cancel;

  Waiter(Sockets sockets, Cancellation cancel) {
    this.sockets = sockets;
    this.cancel = cancel;
  }

  Cancellation cancellation() {
    return cancel;
  }

  /**
   * Waits until {@code fd} has {@code events}; false when {@code timeoutMicros} (null: no limit)
   * ran out. Throws {@link Cancellation.Cancelled} on Ctrl-C.
   */
  boolean ready(int fd, short events, Long timeoutMicros) {
    long deadline = deadline(timeoutMicros);
    while (true) {
      int wake = cancel.wakeFd();
      cancel.check();
      short[] r =
          sockets.poll(
              new int[] {fd, wake}, new short[] {events, Linux.POLLIN}, millisUntil(deadline));
      cancel.check();
      if (r[0] != 0) {
        return true;
      }
      if (r[1] != 0) {
        cancel.drain(); // a wake-up left from a request already dealt with
      } else if (deadline != Long.MAX_VALUE && System.nanoTime() - deadline >= 0) {
        return false;
      }
    }
  }

  boolean readable(int fd, Long timeoutMicros) {
    return ready(fd, Linux.POLLIN, timeoutMicros);
  }

  /** Sleeps, unless cancelled first. */
  void sleep(long micros) {
    long deadline = deadline(micros);
    while (true) {
      int wake = cancel.wakeFd();
      cancel.check();
      short[] r = sockets.pollIn(new int[] {wake}, millisUntil(deadline));
      cancel.check();
      if (r[0] != 0) {
        cancel.drain();
      } else if (System.nanoTime() - deadline >= 0) {
        return;
      }
    }
  }

  /** Ctrl-C between steps of a loop that makes no wait (time, getopt all). */
  void checkCancelled() {
    cancel.check();
  }

  /**
   * The socket's own timeout (SO_RCVTIMEO or SO_SNDTIMEO) in microseconds, read from the kernel
   * now; 0 when there is none.
   */
  long kernelTimeout(int fd, SockOption option) {
    byte[] tv =
        sockets.getsockopt(fd, option.level().number(), option.number(), option.type().capacity());
    if (tv.length < Structs.TIMEVAL.byteSize()) {
      return 0;
    }
    long sec = Structs.getLong(tv, Structs.TIMEVAL, "tv_sec");
    long usec = Structs.getLong(tv, Structs.TIMEVAL, "tv_usec");
    if (sec < 0 || usec < 0) {
      return 0;
    }
    return sec > Long.MAX_VALUE / 1_000_000 - 1 ? Long.MAX_VALUE : sec * 1_000_000 + usec;
  }

  /** Which bound ends a wait: the command's (or script's) cap, or the kernel's timeout option. */
  record Bound(Long micros, boolean kernel) {
    /** The nearer of a cap (null: none) and a kernel timeout (0: none). */
    static Bound of(Long cap, long kernelMicros) {
      if (kernelMicros > 0 && (cap == null || kernelMicros <= cap)) {
        return new Bound(kernelMicros, true);
      }
      return new Bound(cap, false);
    }
  }

  /**
   * A connect that Ctrl-C can cancel: non-blocking connect, poll for writability (bounded by {@code
   * bound}), SO_ERROR for the result, then connect again, which completes it the way a blocking
   * connect would (so a later connect fails with EISCONN, as in C). Returns false when the cap ran
   * out; when SO_SNDTIMEO runs out it throws the EINPROGRESS the kernel gave, as a blocking connect
   * with SO_SNDTIMEO does.
   */
  boolean connect(int fd, SockAddr to, Bound bound) {
    int flags = sockets.getFlags(fd);
    sockets.setFlags(fd, flags | Linux.O_NONBLOCK);
    try {
      SocketError pending;
      try {
        sockets.connect(fd, to);
        return true;
      } catch (SocketError e) {
        if (e.errno() != Linux.EINPROGRESS) {
          throw e;
        }
        pending = e;
      }
      if (!ready(fd, Linux.POLLOUT, bound.micros())) {
        if (bound.kernel()) {
          throw pending;
        }
        return false;
      }
      byte[] err =
          sockets.getsockopt(
              fd, SO_ERROR.level().number(), SO_ERROR.number(), SO_ERROR.type().capacity());
      int errno = err.length >= 4 ? MemorySegment.ofArray(err).get(JAVA_INT_UNALIGNED, 0) : 0;
      if (errno != 0) {
        throw new SocketError("connect", errno, sockets.errnoName(errno), sockets.strerror(errno));
      }
      try {
        sockets.connect(fd, to);
      } catch (SocketError e) {
        if (e.errno() != Linux.EISCONN) {
          throw e;
        }
      }
      return true;
    } finally {
      sockets.setFlags(fd, flags);
    }
  }

  private static long deadline(Long micros) {
    if (micros == null || micros >= Long.MAX_VALUE / 1000) {
      return Long.MAX_VALUE;
    }
    long d = System.nanoTime() + micros * 1000;
    return d == Long.MAX_VALUE ? d - 1 : d;
  }

  private static int millisUntil(long deadline) {
    if (deadline == Long.MAX_VALUE) {
      return -1;
    }
    long left = deadline - System.nanoTime();
    if (left <= 0) {
      return 0;
    }
    return (int) Math.min(Integer.MAX_VALUE, (left + 999_999) / 1_000_000);
  }
}
