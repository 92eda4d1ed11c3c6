package dev.sockshell.posix.ffm;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;

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
    return (int)
        check(
            "recvfrom",
            () ->
                (long)
                    FfmSockets.RECVFROM
                        .handle()
                        .invokeExact(
                            state, fd, buf, size, flags, MemorySegment.NULL, MemorySegment.NULL));
  }

  @Override
  public int sendBack(int n, int flags) {
    int all = flags | Linux.MSG_NOSIGNAL;
    long len = n;
    return (int)
        check(
            "send",
            () ->
                (long)
                    FfmSockets.SENDTO
                        .handle()
                        .invokeExact(state, fd, buf, len, all, MemorySegment.NULL, 0));
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
