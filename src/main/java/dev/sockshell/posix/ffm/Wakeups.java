package dev.sockshell.posix.ffm;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.sockshell.posix.Linux;
import dev.sockshell.posix.SocketError;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;

/**
 * The eventfds that wake a wait (Ctrl-C, a closing socket, a watcher told to stop): made
 * non-blocking and close-on-exec, signalled by writing 1, drained by reading the counter.
 */
final class Wakeups {
  private Wakeups() {}

  private static final Downcall EVENTFD =
      Downcall.withErrno("eventfd", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT));
  private static final Downcall WRITE =
      Downcall.withErrno("write", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG));
  static final Downcall READ =
      Downcall.withErrno("read", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG));
  private static final int EFD_NONBLOCK = 04000;
  private static final int EFD_CLOEXEC = 02000000;

  static int eventfd() {
    try (Arena arena = Arena.ofConfined()) {
      int flags = EFD_NONBLOCK | EFD_CLOEXEC;
      return (int) FfmSockets.call(arena, "eventfd", st -> (int) EVENTFD.call(st, 0, flags));
    }
  }

  static void signal(int fd) {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment one = arena.allocate(JAVA_LONG);
      one.set(JAVA_LONG, 0, 1L);
      FfmSockets.call(arena, "write", st -> (long) WRITE.call(st, fd, Downcall.at(one), 8L));
    }
  }

  /** Takes the counter back to 0; a counter already at 0 (EAGAIN) is no failure. */
  static void drain(int fd) {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment counter = arena.allocate(JAVA_LONG);
      FfmSockets.call(arena, "read", st -> (long) READ.call(st, fd, Downcall.at(counter), 8L));
    } catch (SocketError e) {
      if (e.errno() != Linux.EAGAIN) {
        throw e;
      }
    }
  }
}
