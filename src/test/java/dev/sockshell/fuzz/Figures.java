package dev.sockshell.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** What a fuzz run counts, and the process figures it reads from /proc. */
public final class Figures {
  /** A Java trace or our one-line report of a bug: both count as a trace. */
  public static final Pattern TRACE =
      Pattern.compile("Exception|\\tat [a-z]|internal error|OutOfMemoryError|StackOverflowError");

  public long lines;
  public long traces;
  public long crashes;
  public long hangs;
  public long seconds;
  public long fdsStart = -1;
  public long fdsEnd = -1;
  public long threadsStart = -1;
  public long threadsEnd = -1;
  public long rssMaxKb;
  public String firstTrace;

  /** For a run from a file: how many lines it has, and the last line number its reports named. */
  public long fileLines;

  public volatile long fileLine;

  /** When each 100,000 lines were done (nanoseconds), from the start of the pace. */
  private final List<Long> paceMarks = new java.util.ArrayList<>();

  private long paceStart;

  public static final long PACE_EVERY = 100_000;

  public synchronized void startPace(long now) {
    paceStart = now;
  }

  /** Notes how far a run is; each 100,000 lines done marks the time. */
  public synchronized void paced(long done, long now) {
    while (done >= (paceMarks.size() + 1) * PACE_EVERY) {
      paceMarks.add(now);
    }
  }

  /** Lines a second over each 100,000 lines, in order. */
  public synchronized List<Long> pace() {
    List<Long> out = new java.util.ArrayList<>();
    long before = paceStart;
    for (long t : paceMarks) {
      out.add(PACE_EVERY * 1_000_000_000L / Math.max(1, t - before));
      before = t;
    }
    return out;
  }

  /** Steady: no 100,000 lines slower than half the median pace. */
  public boolean steady() {
    List<Long> p = pace();
    if (p.size() < 2) {
      return true;
    }
    List<Long> sorted = p.stream().sorted().toList();
    long median = sorted.get(sorted.size() / 2);
    return sorted.getFirst() * 2 >= median;
  }

  private static final Pattern REPORTED_LINE = Pattern.compile("\\.sockscript:(\\d+):");
  public volatile String last = "";
  public volatile long lastOutput = System.nanoTime();

  /** What went wrong, a line each: the line that hung, how a process ended. */
  public final java.util.List<String> notes = new java.util.ArrayList<>();

  public void note(String what) {
    if (notes.size() < 20) {
      notes.add(what.length() > 1200 ? what.substring(0, 1200) + "\u2026" : what);
    }
  }

  /**
   * Descriptors ("fd") or threads ("task") of a process; the JDK's random-source descriptors, the
   * JVM's compiler threads and the process reaper (a pool thread that ends when idle), which it
   * starts and stops as it likes, and the parse-ahead thread of a script file, are not counted.
   */
  public static long count(long pid, String sub) {
    if (sub.equals("fd")) {
      // The JDK's NativePRNG opens these once, for the JVM's life, when anything (JLine saving
      // history to a temporary file) first asks for randomness: not a leak.
      try (Stream<Path> s = Files.list(Path.of("/proc/" + pid + "/fd"))) {
        return s.filter(fd -> !target(fd).matches("/dev/u?random")).count();
      } catch (IOException e) {
        return -1;
      }
    }
    if (sub.equals("task")) {
      try (Stream<Path> s = Files.list(Path.of("/proc/" + pid + "/task"))) {
        // a script file's parse-ahead thread ends with the file: not a leak either
        return s.filter(t -> !comm(t).matches("C[12] CompilerThre.*|process reaper|parse-ahead"))
            .count();
      } catch (IOException e) {
        return -1;
      }
    }
    try (Stream<Path> s = Files.list(Path.of("/proc/" + pid + "/" + sub))) {
      return s.count();
    } catch (IOException e) {
      return -1;
    }
  }

  public static long rssKb(long pid) {
    try {
      for (String l : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
        if (l.startsWith("VmRSS:")) {
          return Long.parseLong(l.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | NumberFormatException e) {
      // the process is gone
    }
    return -1;
  }

  /** The java process at or below {@code pid} (the launcher execs it; tmux runs a shell first). */
  public static Optional<Long> java(long pid) {
    Optional<ProcessHandle> p = ProcessHandle.of(pid);
    if (p.isEmpty()) {
      return Optional.empty();
    }
    return Stream.concat(Stream.of(p.get()), p.get().descendants())
        .filter(h -> h.info().command().map(c -> c.endsWith("/java")).orElse(false))
        // sockshell itself: not Maven building it, nor the launcher's AOT training run
        .filter(
            h -> {
              List<String> args = List.of(h.info().arguments().orElse(new String[0]));
              return args.stream().anyMatch(a -> a.endsWith("sockshell.jar"))
                  && args.stream().noneMatch(a -> a.startsWith("-XX:AOTCacheOutput"));
            })
        .map(ProcessHandle::pid)
        .findFirst();
  }

  private static String target(Path fd) {
    try {
      return Files.readSymbolicLink(fd).toString();
    } catch (IOException e) {
      return "";
    }
  }

  private static String comm(Path task) {
    try {
      return Files.readString(task.resolve("comm")).strip();
    } catch (IOException e) {
      return "";
    }
  }

  /** The JVM's threads by name and its descriptors' targets, to say what was left over. */
  /**
   * {@link #count} once it holds still: two reads 200 ms apart that agree (a descriptor the prompt
   * opens for a moment, as JLine writing its history file, is not one it keeps).
   */
  public static long settled(long pid, String sub) throws InterruptedException {
    long last = count(pid, sub);
    for (int i = 0; i < 20; i++) {
      Thread.sleep(200);
      long now = count(pid, sub);
      if (now == last) {
        return now;
      }
      last = now;
    }
    return last;
  }

  public static String describe(long pid) {
    java.util.Map<String, Integer> threads = new java.util.TreeMap<>();
    java.util.Map<String, Integer> fds = new java.util.TreeMap<>();
    try (Stream<Path> s = Files.list(Path.of("/proc/" + pid + "/task"))) {
      s.forEach(
          t -> {
            try {
              threads.merge(Files.readString(t.resolve("comm")).strip(), 1, Integer::sum);
            } catch (IOException e) {
              // gone
            }
          });
    } catch (IOException e) {
      return "gone";
    }
    try (Stream<Path> s = Files.list(Path.of("/proc/" + pid + "/fd"))) {
      s.forEach(
          fd -> {
            try {
              fds.merge(
                  Files.readSymbolicLink(fd).toString().replaceAll("[0-9]+", "N"), 1, Integer::sum);
            } catch (IOException e) {
              // gone
            }
          });
    } catch (IOException e) {
      return "gone";
    }
    return "threads " + threads + "; descriptors " + fds;
  }

  /**
   * The figures a run must reach: no trace, crash or hang; descriptors and threads back to where
   * they started; resident memory under 300 MB throughout; a steady pace.
   */
  public boolean passed() {
    return traces + crashes + hangs == 0
        && fdsEnd == fdsStart
        && threadsEnd == threadsStart
        && rssMaxKb < 300 * 1024
        && steady();
  }

  /** A run: (root, lines, seed) to figures. */
  @FunctionalInterface
  public interface Run {
    Figures run(Path root, long lines, long seed) throws Exception;
  }

  /** The main of a long run: LINES SEED ROOT; prints the figures, exits 0 when they passed. */
  public static void main(String what, Run run, String[] args) throws Exception {
    long lines = Long.parseLong(args[0]);
    long seed = Long.parseLong(args[1]);
    Figures f = run.run(Path.of(args[2]), lines, seed);
    System.out.println(what + ", seed " + seed + ": " + f);
    System.exit(f.passed() ? 0 : 1);
  }

  /** CPU time (user + system) of a process in clock ticks, or -1. */
  public static long cpuTicks(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /**
   * True when the process burns more than half a core over {@code millis} while nothing is asked of
   * it: a background thread spinning (a watcher on a socket that returns 0 for ever).
   */
  public static boolean busyWhileIdle(long pid, long millis) throws InterruptedException {
    if (!busyFor(pid, millis)) {
      return false;
    }
    // a collection or the compiler after a huge line also burns a core for a while, and the
    // terminal may still be taking output: a spinning thread is still busy two seconds later
    Thread.sleep(2_000);
    return busyFor(pid, 1_000);
  }

  private static boolean busyFor(long pid, long millis) throws InterruptedException {
    long before = cpuTicks(pid);
    Thread.sleep(millis);
    long after = cpuTicks(pid);
    return before >= 0 && after >= 0 && (after - before) * 10 > millis / 2; // 100 ticks a second
  }

  public void sample(long pid) {
    rssMaxKb = Math.max(rssMaxKb, rssKb(pid));
  }

  public void scan(String text) {
    var at = REPORTED_LINE.matcher(text);
    while (at.find()) {
      long n = Long.parseLong(at.group(1));
      if (n > fileLine) {
        fileLine = n;
      }
    }
    var m = TRACE.matcher(text);
    while (m.find()) {
      traces++;
      if (firstTrace == null) {
        int start = Math.max(0, text.lastIndexOf('\n', m.start()) + 1);
        int end = text.indexOf('\n', m.end());
        firstTrace = text.substring(start, end < 0 ? text.length() : end);
      }
    }
  }

  @Override
  public String toString() {
    return String.format(
        "%d lines in %d s (%.0f lines/s): %d traces, %d crashes, %d hangs; descriptors %d -> %d,"
            + " threads %d -> %d, resident memory at most %d MB%s",
        lines,
        seconds,
        seconds == 0 ? (double) lines : (double) lines / seconds,
        traces,
        crashes,
        hangs,
        fdsStart,
        fdsEnd,
        threadsStart,
        threadsEnd,
        rssMaxKb / 1024,
        (pace().isEmpty()
                ? ""
                : "\n  lines/s per 100,000 lines: "
                    + pace().stream()
                        .map(String::valueOf)
                        .collect(java.util.stream.Collectors.joining(" "))
                    + (steady() ? " (steady)" : " (NOT steady: a stretch below half the median)"))
            + (firstTrace == null ? "" : "\n  first trace line: " + firstTrace)
            + (notes.isEmpty() ? "" : "\n  " + String.join("\n  ", notes)));
  }
}
