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
  private volatile MethodHandle handle;

  private Downcall(String name, FunctionDescriptor descriptor, boolean capturesErrno) {
    this.name = name;
    this.descriptor = descriptor;
    this.capturesErrno = capturesErrno;
  }

  /** A function that reports failure through errno: its handle takes the capture segment first. */
  static Downcall withErrno(String name, FunctionDescriptor descriptor) {
    return new Downcall(name, descriptor, true);
  }

  static Downcall plain(String name, FunctionDescriptor descriptor) {
    return new Downcall(name, descriptor, false);
  }

  String name() {
    return name;
  }

  boolean exists() {
    return LINKER.defaultLookup().find(name).isPresent();
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
          h =
              capturesErrno
                  ? LINKER.downcallHandle(
                      address, descriptor, Linker.Option.captureCallState("errno"))
                  : LINKER.downcallHandle(address, descriptor);
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
