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

  /** sigaction and signal, set up only when /proc cannot say that nothing is ignored. */
  private static final class Calls {
    static final Downcall SIGACTION =
        Downcall.withErrno(
            "sigaction", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, ADDRESS));
    static final Downcall SIGNAL =
        Downcall.plain("signal", FunctionDescriptor.of(ADDRESS, JAVA_INT, ADDRESS));
    static final VarHandle HANDLER =
        Structs.Process.SIGACTION.varHandle(PathElement.groupElement("sa_handler"));
  }

  private static final long SIG_IGN = 1;

  /**
   * Whether {@code sig} was ignored; if it was, it is set back to the default first (its JVM or
   * sockshell handler is installed after this, with sun.misc.Signal).
   */
  public static boolean unignore(int sig) {
    if (Boolean.FALSE.equals(ignoredByProc(sig))) {
      return false; // the usual case, told by one read of /proc, without linking sigaction
    }
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment old = arena.allocate(Structs.Process.SIGACTION);
      FfmSockets.call(
          arena, "sigaction", st -> (int) Calls.SIGACTION.call(st, sig, 0L, Downcall.at(old)));
      if (((MemorySegment) Calls.HANDLER.get(old, 0L)).address() != SIG_IGN) {
        return false;
      }
      Calls.SIGNAL.call(Downcall.IGNORED, sig, 0L); // SIG_DFL is 0
      return true;
    } catch (Throwable e) {
      return false; // no such call here: the signal keeps its disposition
    }
  }

  /**
   * Whether {@code sig} is ignored, as Linux's {@code /proc/self/status} says (its SigIgn mask, bit
   * {@code sig - 1}); null where there is no such file or line.
   */
  static Boolean ignoredByProc(int sig) {
    String status;
    try (java.io.FileInputStream in = new java.io.FileInputStream("/proc/self/status")) {
      status = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
    } catch (java.io.IOException | RuntimeException e) {
      return null;
    }
    int at = status.indexOf("\nSigIgn:");
    if (at < 0) {
      return null;
    }
    int end = status.indexOf('\n', at + 1);
    String mask = status.substring(at + 8, end < 0 ? status.length() : end).trim();
    try {
      return ((Long.parseUnsignedLong(mask, 16) >>> (sig - 1)) & 1) != 0;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
