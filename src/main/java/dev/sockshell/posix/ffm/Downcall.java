package dev.sockshell.posix.ffm;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout.PathElement;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;

/**
 * One libc function, linked on first use: building a downcall handle costs a few milliseconds, and
 * a one-shot {@code sockshell -c} run should pay only for the calls it makes.
 */
final class Downcall {
  private static final Linker LINKER = Linker.nativeLinker();
  static final StructLayout CAPTURE_LAYOUT = Linker.Option.captureStateLayout();
  private static final VarHandle ERRNO =
      CAPTURE_LAYOUT.varHandle(PathElement.groupElement("errno"));

  private final String name;
  private final FunctionDescriptor descriptor;
  private final boolean capturesErrno;
  private final int firstVariadic;
  private volatile MethodHandle handle;

  private Downcall(
      String name, FunctionDescriptor descriptor, boolean capturesErrno, int firstVariadic) {
    this.name = name;
    this.descriptor = descriptor;
    this.capturesErrno = capturesErrno;
    this.firstVariadic = firstVariadic;
  }

  /** A variadic function whose variadic arguments start at {@code firstVariadic}. */
  static Downcall withErrnoVariadic(String name, FunctionDescriptor d, int firstVariadic) {
    return new Downcall(name, d, true, firstVariadic);
  }

  /** A function that reports failure through errno: its handle takes the capture segment first. */
  static Downcall withErrno(String name, FunctionDescriptor descriptor) {
    return new Downcall(name, descriptor, true, -1);
  }

  static Downcall plain(String name, FunctionDescriptor descriptor) {
    return new Downcall(name, descriptor, false, -1);
  }

  String name() {
    return name;
  }

  private volatile Boolean present;

  /** Whether libc has the function (looked up once). */
  boolean exists() {
    Boolean p = present;
    if (p == null) {
      p = LINKER.defaultLookup().find(name).isPresent();
      present = p;
    }
    return p;
  }

  MethodHandle handle() {
    MethodHandle h = handle;
    if (h == null) {
      synchronized (this) {
        h = handle;
        if (h == null) {
          MemorySegment address =
              LINKER
                  .defaultLookup()
                  .find(name)
                  .orElseThrow(() -> new UnsatisfiedLinkError("libc has no " + name));
          java.util.List<Linker.Option> options = new java.util.ArrayList<>();
          if (capturesErrno) {
            options.add(Linker.Option.captureCallState("errno"));
          }
          if (firstVariadic >= 0) {
            options.add(Linker.Option.firstVariadicArg(firstVariadic));
          }
          h = LINKER.downcallHandle(address, descriptor, options.toArray(Linker.Option[]::new));
          handle = h;
        }
      }
    }
    return h;
  }

  static int errno(MemorySegment captureState) {
    return (int) ERRNO.get(captureState, 0L);
  }
}
