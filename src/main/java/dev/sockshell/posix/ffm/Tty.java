package dev.sockshell.posix.ffm;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.sockshell.posix.Structs;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemoryLayout.PathElement;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.VarHandle;

/**
 * The width of the terminal a descriptor writes to, for the one-shot paths (-c, a script) that fit
 * their tables to it without setting up the terminal as the prompt does: one ioctl(TIOCGWINSZ).
 */
public final class Tty {
  private Tty() {}

  private static final long TIOCGWINSZ = 0x5413;

  // ioctl is variadic: its third argument is the first variadic one
  private static final Downcall IOCTL =
      Downcall.withErrnoVariadic(
          "ioctl", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_LONG, ADDRESS), 2);

  private static final VarHandle COLUMNS =
      Structs.Process.WINSIZE.varHandle(PathElement.groupElement("ws_col"));

  /** The columns of the terminal {@code fd} writes to; 0 when it is no terminal. */
  public static int columns(int fd) {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment ws = arena.allocate(Structs.Process.WINSIZE);
      FfmSockets.call(
          arena, "ioctl", st -> (int) IOCTL.handle().invokeExact(st, fd, TIOCGWINSZ, ws));
      return Short.toUnsignedInt((short) COLUMNS.get(ws, 0L));
    } catch (RuntimeException e) {
      return 0; // ENOTTY: not a terminal
    }
  }
}
