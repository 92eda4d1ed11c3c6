package dev.sockshell.posix.ffm;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import dev.sockshell.posix.Linux;
import dev.sockshell.posix.Sockets;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * bench's sends and drains: one native buffer, allocated once, sent again and again or received
 * into and thrown away, so that a measurement measures the kernel rather than allocation and
 * copying. Used by the one thread that made it.
 */
final class FfmBulk implements Sockets.Bulk {
  private final Arena arena = Arena.ofConfined();
  private final int fd;
  private final MemorySegment buf;
  private final long size;
  private final MemorySegment state = arena.allocate(Downcall.CAPTURE_LAYOUT);

  /** Two pollfds, the socket's and a wake-up descriptor's, kept for every round's wait. */
  private final MemorySegment pfds = arena.allocate(dev.sockshell.posix.Structs.POLLFD, 2);

  FfmBulk(int fd, byte[] data) {
    this.fd = fd;
    this.size = Math.max(1, data.length);
    this.buf = arena.allocate(size);
    MemorySegment.copy(data, 0, buf, JAVA_BYTE, 0, data.length);
  }

  @Override
  public int send(int flags) {
    return sendBack((int) size, flags);
  }

  @Override
  public int drain(int flags) {
    long r = recv(flags);
    if (r == -1) {
      throw FfmSockets.error("recvfrom", state);
    }
    return (int) r;
  }

  @Override
  public int drainNow() {
    long r = recv(Linux.MSG_DONTWAIT);
    if (r == -1) {
      if (Downcall.errno(state) == Linux.EAGAIN) {
        return -1; // nothing yet: no error made, no errno name looked up
      }
      throw FfmSockets.error("recvfrom", state);
    }
    return (int) r;
  }

  /** recvfrom into the buffer: the bytes taken, or -1 with the errno left in {@code state}. */
  private long recv(int flags) {
    try {
      return FfmSockets.RECVFROM.call(state, fd, Downcall.at(buf), size, flags, 0L, 0L);
    } catch (Throwable t) {
      throw new IllegalStateException("native call recvfrom failed", t);
    }
  }

  @Override
  public int sendBack(int n, int flags) {
    int all = flags | Linux.MSG_NOSIGNAL;
    long len = n;
    return (int)
        check("send", () -> FfmSockets.SENDTO.call(state, fd, Downcall.at(buf), len, all, 0L, 0L));
  }

  @Override
  public int awaitIn(int other, int timeoutMillis) {
    long at = FfmSockets.POLLFD_SIZE;
    pfds.set(JAVA_INT, FfmSockets.POLL_FD, fd);
    pfds.set(JAVA_SHORT, FfmSockets.POLL_EVENTS, Linux.POLLIN);
    pfds.set(JAVA_INT, at + FfmSockets.POLL_FD, other);
    pfds.set(JAVA_SHORT, at + FfmSockets.POLL_EVENTS, Linux.POLLIN);
    while (true) {
      pfds.set(JAVA_SHORT, FfmSockets.POLL_REVENTS, (short) 0);
      pfds.set(JAVA_SHORT, at + FfmSockets.POLL_REVENTS, (short) 0);
      int r;
      try {
        r = (int) FfmSockets.POLL.call(state, Downcall.at(pfds), 2L, timeoutMillis);
      } catch (Throwable t) {
        throw new IllegalStateException("native call poll failed", t);
      }
      if (r == -1) {
        dev.sockshell.posix.SocketError e = FfmSockets.error("poll", state);
        if (e.errno() == Linux.EINTR) {
          continue; // a signal (SIGWINCH…) woke it: wait again, as poll's callers here do
        }
        throw e;
      }
      return (pfds.get(JAVA_SHORT, FfmSockets.POLL_REVENTS) != 0 ? 1 : 0)
          | (pfds.get(JAVA_SHORT, at + FfmSockets.POLL_REVENTS) != 0 ? 2 : 0);
    }
  }

  @FunctionalInterface
  private interface Call {
    long run() throws Throwable;
  }

  private long check(String name, Call c) {
    long r;
    try {
      r = c.run();
    } catch (Error | RuntimeException e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException("native call " + name + " failed", t);
    }
    if (r == -1) {
      throw FfmSockets.error(name, state);
    }
    return r;
  }

  @Override
  public void close() {
    arena.close();
  }
}
