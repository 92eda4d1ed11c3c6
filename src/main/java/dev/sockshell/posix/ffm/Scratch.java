package dev.sockshell.posix.ffm;

import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * Native memory that one thread reuses for its small calls, one after another (setsockopt and
 * getsockopt with their value, its length and errno): an arena of its own for each call costs more
 * than the call (a replay makes a hundred thousand). A thread makes one call at a time, so its
 * scratch is never in use twice; another thread has its own. Freed with the thread.
 */
record Scratch(MemorySegment state, MemorySegment value, MemorySegment length) {
  /** The largest value a call may put here; a larger one gets an arena of its own. */
  static final int SIZE = 1024;

  private static final ThreadLocal<Scratch> MINE =
      ThreadLocal.withInitial(
          () -> {
            Arena a = Arena.ofAuto();
            return new Scratch(
                a.allocate(Downcall.CAPTURE_LAYOUT), a.allocate(SIZE, 8), a.allocate(JAVA_INT));
          });

  static Scratch mine() {
    return MINE.get();
  }
}
