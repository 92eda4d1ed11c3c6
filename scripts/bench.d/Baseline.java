import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/**
 * The baseline of scripts/bench's one-shot figure: a bare JVM that makes the same two libc calls
 * as `sockshell -c 'open udp; getopt SO_RCVBUF'` through FFM (socket, getsockopt) and prints the
 * value. Nothing else: no parser, no catalogue, no bundles.
 */
public final class Baseline {
  public static void main(String[] args) throws Throwable {
    Linker linker = Linker.nativeLinker();
    var libc = linker.defaultLookup();
    MethodHandle socket =
        linker.downcallHandle(
            libc.find("socket").orElseThrow(),
            FunctionDescriptor.of(
                ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
    MethodHandle getsockopt =
        linker.downcallHandle(
            libc.find("getsockopt").orElseThrow(),
            FunctionDescriptor.of(
                ValueLayout.JAVA_INT,
                ValueLayout.JAVA_INT,
                ValueLayout.JAVA_INT,
                ValueLayout.JAVA_INT,
                ValueLayout.ADDRESS,
                ValueLayout.ADDRESS));
    int fd = (int) socket.invokeExact(2, 2, 0);
    try (Arena a = Arena.ofConfined()) {
      MemorySegment v = a.allocate(ValueLayout.JAVA_INT);
      MemorySegment len = a.allocate(ValueLayout.JAVA_INT);
      len.set(ValueLayout.JAVA_INT, 0, 4);
      int r = (int) getsockopt.invokeExact(fd, 1, 8, v, len);
      System.out.println("SO_RCVBUF = " + v.get(ValueLayout.JAVA_INT, 0) + " (" + r + ")");
    }
  }
}
