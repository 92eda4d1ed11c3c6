import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The floor under scripts/bench's replay figure: a bare JVM that reads the replay script a line at
 * a time, splits it at spaces, makes that line's libc calls through FFM (socket; setsockopt and
 * the read-back getsockopt; getsockopt) and prints what sockshell prints. Nothing else: no grammar,
 * no catalogue, no events, no C export, no error handling. No replay can be faster than this one.
 */
public final class ReplayFloor {
  public static void main(String[] args) throws Throwable {
    Linker linker = Linker.nativeLinker();
    var libc = linker.defaultLookup();
    var errno = Linker.Option.captureCallState("errno");
    MethodHandle socket =
        linker.downcallHandle(
            libc.find("socket").orElseThrow(),
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT),
            errno);
    MethodHandle setsockopt =
        linker.downcallHandle(
            libc.find("setsockopt").orElseThrow(),
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT),
            errno);
    MethodHandle getsockopt =
        linker.downcallHandle(
            libc.find("getsockopt").orElseThrow(),
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS, ADDRESS),
            errno);
    Arena arena = Arena.ofAuto();
    MemorySegment state = arena.allocate(Linker.Option.captureStateLayout());
    MemorySegment value = arena.allocate(64, 8);
    MemorySegment length = arena.allocate(JAVA_INT);
    PrintStream out =
        new PrintStream(
            new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16), false);
    int fd = -1;
    int asked = 0;
    try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]))) {
      for (String line; (line = in.readLine()) != null; ) {
        String[] words = line.split(" ");
        switch (words[0]) {
          case "open" -> {
            fd = (int) socket.invokeExact(state, 2, 2, 0); // AF_INET, SOCK_DGRAM
            out.println("s1: udp4 socket (fd " + fd + ") = socket(AF_INET, SOCK_DGRAM, 0)");
          }
          case "setopt" -> {
            asked = Integer.parseInt(words[2]);
            value.set(JAVA_INT, 0, asked);
            int r = (int) setsockopt.invokeExact(state, fd, 1, 8, value, 4); // SO_RCVBUF
            length.set(JAVA_INT, 0, 64);
            r = (int) getsockopt.invokeExact(state, fd, 1, 8, value, length);
            out.println("SO_RCVBUF = " + value.get(JAVA_INT, 0));
            out.println(
                "  (you set " + asked + "; Linux doubles it to leave room for its bookkeeping)");
          }
          default -> {
            length.set(JAVA_INT, 0, 64);
            int r = (int) getsockopt.invokeExact(state, fd, 1, 8, value, length);
            out.println("SO_RCVBUF = " + value.get(JAVA_INT, 0));
            out.println(
                "  (you set " + asked + "; Linux doubles it to leave room for its bookkeeping)");
          }
        }
      }
    }
    out.flush();
  }
}
