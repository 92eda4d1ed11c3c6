package dev.sockshell.posix.ffm;

import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * Native memory that one thread reuses for its calls, one after another (setsockopt and getsockopt
 * with their value, its length and errno): an arena of its own for each call costs more than the
 * call (a replay makes a hundred thousand). A thread makes one call at a time, so its scratch is
 * never in use twice; another thread has its own. A value larger than the scratch makes the thread
 * a larger one; each is freed with its thread (or when replaced).
 */
record Scratch(MemorySegment state, MemorySegment value, MemorySegment length) {
  /** The size of a thread's first scratch value, room for every option's C type. */
  static final int SIZE = 1024;

  private static final ThreadLocal<Scratch> MINE = ThreadLocal.withInitial(() -> of(SIZE));

  private static Scratch of(long size) {
    Arena a = Arena.ofAuto();
    return new Scratch(
        a.allocate(Downcall.CAPTURE_LAYOUT),
        a.allocate(Math.max(1, size), 8),
        a.allocate(JAVA_INT));
  }

  /** This thread's scratch, with room for a value of {@code size} bytes. */
  static Scratch mine(long size) {
    Scratch s = MINE.get();
    if (s.value.byteSize() < size) {
      s = of(size);
      MINE.set(s);
    }
    return s;
  }
}
