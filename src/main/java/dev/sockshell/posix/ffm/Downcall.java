package dev.sockshell.posix.ffm;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemoryLayout.PathElement;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.List;

/**
 * One libc function. Its C signature is given as a {@link FunctionDescriptor}, but a call is made
 * in machine words: every non-variadic function is called through one downcall shape, six {@code
 * long} arguments and a {@code long} result, with errno captured. On the 64-bit ABIs the JDK's
 * linker supports (x86-64 System V, AArch64, RISC-V, POWER, s390x) an int, a size and a pointer
 * travel in the same general-purpose registers, an int sign-extended (as Java's {@code (long)}
 * does), and a function ignores the registers it does not read; so {@code socket(2, 2, 0)} made
 * this way is the same machine call as C's. The reason is start-up: the JDK spins a stub and its
 * lambda forms for each distinct shape it links (6 to 9 ms each, in the interpreter, and no AOT
 * cache of JDK 25 keeps them), so a one-shot {@code sockshell -c} that made five calls linked five
 * shapes; now it links one, and each function costs a symbol look-up.
 *
 * <p>A variadic function ({@code fcntl}, {@code ioctl}, {@code open}) is linked with its own
 * descriptor and called through {@link #handle()}: its calling convention may differ. On a 32-bit
 * JVM, or where {@code sockshell.ffm.exact} is set, every function is linked with its own
 * descriptor and {@link #call} converts the words back to its C types.
 */
final class Downcall {
  private static final Linker LINKER = Linker.nativeLinker();
  static final StructLayout CAPTURE_LAYOUT = Linker.Option.captureStateLayout();
  private static final VarHandle ERRNO =
      CAPTURE_LAYOUT.varHandle(PathElement.groupElement("errno"));
  private static final Linker.Option CAPTURE = Linker.Option.captureCallState("errno");

  /** Whether calls go through the one shape of machine words (see the class comment). */
  static final boolean WORDS =
      ADDRESS.byteSize() == 8 && !Boolean.getBoolean("sockshell.ffm.exact");

  /** Where a function whose errno nobody reads leaves it (shared: never read). */
  static final MemorySegment IGNORED = Arena.global().allocate(CAPTURE_LAYOUT);

  /** The one shape, made on first use: (function, errno state, six words) -> word. */
  private static final class Words {
    static final MethodHandle SHAPE =
        LINKER.downcallHandle(
            FunctionDescriptor.of(
                JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG),
            CAPTURE);
  }

  /**
   * Makes the one shape now (on a thread of the caller's choosing: start-up does it beside parsing
   * the command line).
   */
  static void prepare() {
    if (WORDS) {
      MethodHandle unused = Words.SHAPE;
    }
  }

  private final String name;
  private final FunctionDescriptor descriptor;
  private final int firstVariadic;
  private volatile MemorySegment address;
  private volatile MethodHandle handle;

  private Downcall(String name, FunctionDescriptor descriptor, int firstVariadic) {
    this.name = name;
    this.descriptor = descriptor;
    this.firstVariadic = firstVariadic;
    if (descriptor.argumentLayouts().size() > 6) {
      throw new IllegalArgumentException(name + ": more than six arguments");
    }
  }

  /** A variadic function whose variadic arguments start at {@code firstVariadic}. */
  static Downcall withErrnoVariadic(String name, FunctionDescriptor d, int firstVariadic) {
    return new Downcall(name, d, firstVariadic);
  }

  /** A function that reports failure through errno: a call takes the capture segment first. */
  static Downcall withErrno(String name, FunctionDescriptor descriptor) {
    return new Downcall(name, descriptor, -1);
  }

  /** A function whose errno is not read: called with {@link #IGNORED} as its state. */
  static Downcall plain(String name, FunctionDescriptor descriptor) {
    return new Downcall(name, descriptor, -1);
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

  private MemorySegment address() {
    MemorySegment a = address;
    if (a == null) {
      a =
          LINKER
              .defaultLookup()
              .find(name)
              .orElseThrow(() -> new UnsatisfiedLinkError("libc has no " + name));
      address = a;
    }
    return a;
  }

  /**
   * The function linked with its own descriptor: a variadic one's handle (the capture segment first
   * when errno is captured), or any function's where calls are not made in words.
   */
  MethodHandle handle() {
    MethodHandle h = handle;
    if (h == null) {
      synchronized (this) {
        h = handle;
        if (h == null) {
          List<Linker.Option> options = new ArrayList<>();
          options.add(CAPTURE);
          if (firstVariadic >= 0) {
            options.add(Linker.Option.firstVariadicArg(firstVariadic));
          }
          h = LINKER.downcallHandle(address(), descriptor, options.toArray(Linker.Option[]::new));
          handle = h;
        }
      }
    }
    return h;
  }

  /** A pointer argument: a native segment's address (NULL is 0). */
  static long at(MemorySegment s) {
    if (!s.isNative()) {
      throw new IllegalArgumentException("not native memory: " + s);
    }
    return s.address();
  }

  /** A pointer result as a segment of length 0 (reinterpret it to read). */
  static MemorySegment pointer(long word) {
    return MemorySegment.ofAddress(word);
  }

  long call(MemorySegment state, long a) throws Throwable {
    return call(state, a, 0, 0, 0, 0, 0);
  }

  long call(MemorySegment state, long a, long b) throws Throwable {
    return call(state, a, b, 0, 0, 0, 0);
  }

  long call(MemorySegment state, long a, long b, long c) throws Throwable {
    return call(state, a, b, c, 0, 0, 0);
  }

  long call(MemorySegment state, long a, long b, long c, long d) throws Throwable {
    return call(state, a, b, c, d, 0, 0);
  }

  long call(MemorySegment state, long a, long b, long c, long d, long e) throws Throwable {
    return call(state, a, b, c, d, e, 0);
  }

  /**
   * Calls the function with its arguments as words (ints sign-extended, pointers from {@link #at}),
   * its result as a word: an int result is its low 32 bits, so cast it with {@code (int)}.
   */
  long call(MemorySegment state, long a, long b, long c, long d, long e, long f) throws Throwable {
    if (firstVariadic >= 0) {
      throw new IllegalStateException(name + " is variadic: call it through handle()");
    }
    if (WORDS) {
      return (long) Words.SHAPE.invokeExact(address(), state, a, b, c, d, e, f);
    }
    return exactly(state, new long[] {a, b, c, d, e, f});
  }

  /**
   * The same call through the function's own descriptor, whatever {@link #WORDS} says (the tests
   * hold the two ways to the same results).
   */
  long callExactly(MemorySegment state, long a, long b, long c, long d, long e, long f)
      throws Throwable {
    return exactly(state, new long[] {a, b, c, d, e, f});
  }

  /** The call through the function's own descriptor, each word turned back into its C type. */
  private long exactly(MemorySegment state, long[] words) throws Throwable {
    List<MemoryLayout> params = descriptor.argumentLayouts();
    List<Object> args = new ArrayList<>(params.size() + 1);
    args.add(state);
    for (int i = 0; i < params.size(); i++) {
      MemoryLayout p = params.get(i);
      args.add(
          p.equals(JAVA_INT)
              ? (Object) (int) words[i]
              : p instanceof java.lang.foreign.AddressLayout
                  ? pointer(words[i])
                  : (Object) words[i]);
    }
    Object r = handle().invokeWithArguments(args);
    return switch (r) {
      case Integer i -> i;
      case Long l -> l;
      case MemorySegment s -> s.address();
      case null -> 0;
      default -> throw new IllegalStateException(name + " returned " + r);
    };
  }

  static int errno(MemorySegment captureState) {
    return (int) ERRNO.get(captureState, 0L);
  }
}
