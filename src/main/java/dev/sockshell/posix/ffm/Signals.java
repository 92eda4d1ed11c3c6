package dev.sockshell.posix.ffm;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import dev.sockshell.posix.Structs;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemoryLayout.PathElement;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.VarHandle;

/**
 * A signal sockshell was started with ignored (a shell runs {@code cmd &} with SIGINT ignored,
 * nohup ignores SIGHUP, a teacher's wrapper may {@code trap '' INT}) stays ignored in a JVM: it
 * installs no handler for a signal it finds ignored, and a shell cannot undo that for its child.
 * Here the disposition goes back to the default, so that the JVM's signal handling (and sockshell's
 * Ctrl-C) can take the signal.
 */
public final class Signals {
  private Signals() {}

  public static final int SIGHUP = 1;
  public static final int SIGINT = 2;

  private static final Downcall SIGACTION =
      Downcall.withErrno("sigaction", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, ADDRESS));
  private static final Downcall SIGNAL =
      Downcall.plain("signal", FunctionDescriptor.of(ADDRESS, JAVA_INT, ADDRESS));
  private static final VarHandle HANDLER =
      Structs.SIGACTION.varHandle(PathElement.groupElement("sa_handler"));
  private static final long SIG_IGN = 1;

  /**
   * Whether {@code sig} was ignored; if it was, it is set back to the default first (its JVM or
   * sockshell handler is installed after this, with sun.misc.Signal).
   */
  public static boolean unignore(int sig) {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment old = arena.allocate(Structs.SIGACTION);
      FfmSockets.call(
          arena,
          "sigaction",
          st -> (int) SIGACTION.handle().invokeExact(st, sig, MemorySegment.NULL, old));
      if (((MemorySegment) HANDLER.get(old, 0L)).address() != SIG_IGN) {
        return false;
      }
      MemorySegment unused =
          (MemorySegment) SIGNAL.handle().invokeExact(sig, MemorySegment.NULL); // SIG_DFL is 0
      return true;
    } catch (Throwable e) {
      return false; // no such call here: the signal keeps its disposition
    }
  }
}
