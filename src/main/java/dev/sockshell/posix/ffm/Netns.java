package dev.sockshell.posix.ffm;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * Work done inside another network namespace: on a platform thread of its own that opens the
 * namespace's file and enters it with setns(CLONE_NEWNET); the thread ends with the work, so no
 * other thread of sockshell ever changes namespace.
 */
final class Netns {
  private Netns() {}

  // open is variadic too (a mode follows O_CREAT, which is never passed here)
  private static final Downcall OPEN =
      Downcall.withErrnoVariadic("open", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT), 2);
  private static final Downcall SETNS =
      Downcall.withErrno("setns", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT));
  private static final int O_RDONLY_CLOEXEC = 02000000;
  private static final int CLONE_NEWNET = 0x40000000;

  static <T> T run(String netns, Supplier<T> work, IntConsumer close) {
    Object[] result = new Object[1];
    Throwable[] failed = new Throwable[1];
    Thread t =
        Thread.ofPlatform()
            .name("netns")
            .unstarted(
                () -> {
                  try (Arena arena = Arena.ofConfined()) {
                    MemorySegment path = arena.allocateFrom(netns);
                    int nsfd =
                        (int)
                            FfmSockets.call(
                                arena,
                                "open",
                                st -> (int) OPEN.handle().invokeExact(st, path, O_RDONLY_CLOEXEC));
                    try {
                      FfmSockets.call(
                          arena, "setns", st -> (int) SETNS.call(st, nsfd, CLONE_NEWNET));
                    } finally {
                      close.accept(nsfd);
                    }
                    result[0] = work.get();
                  } catch (Throwable e) {
                    failed[0] = e;
                  }
                });
    t.start();
    boolean interrupted = false;
    while (true) {
      try {
        t.join(); // the work is one or two system calls
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    switch (failed[0]) {
      case null -> {}
      case RuntimeException e -> throw e;
      case Error e -> throw e;
      default -> throw new IllegalStateException(failed[0]);
    }
    @SuppressWarnings("unchecked")
    T r = (T) result[0];
    return r;
  }
}
