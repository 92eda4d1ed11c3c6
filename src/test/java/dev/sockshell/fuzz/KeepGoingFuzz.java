package dev.sockshell.fuzz;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The whole program fed a stream of fuzzed lines through its non-interactive path ({@code
 * --keep-going}, so it goes on after each failing line), from a pipe as fast as it takes them or
 * from a file, with the process's descriptors, threads and resident memory read from /proc as it
 * runs, and its pace (lines a second) over each 100,000 lines.
 */
public final class KeepGoingFuzz {
  private KeepGoingFuzz() {}

  /** Where the lines come from. */
  public enum From {
    PIPE,
    FILE
  }

  public static Figures run(Path root, long lines, long seed)
      throws IOException, InterruptedException {
    return run(root, lines, seed, From.PIPE);
  }

  public static Figures run(Path root, long lines, long seed, From from)
      throws IOException, InterruptedException {
    Figures f = new Figures();
    Path file = null;
    try (LoOnly ns = LoOnly.create("fuzzk")) {
      List<String> command = new ArrayList<>();
      if (ns != null) {
        command.addAll(ns.prefix());
      }
      command.addAll(
          List.of(
              root.resolve("scripts/sockshell").toString(), "--keep-going", "--timeout", "5ms"));
      if (from == From.FILE) {
        file = java.nio.file.Files.createTempFile("sockshell-soak", ".sockscript");
        FuzzLines gen = new FuzzLines(seed, ns != null, 21000);
        try (BufferedWriter w = java.nio.file.Files.newBufferedWriter(file)) {
          w.write("sleep 2s\n");
          for (long i = 0; i < lines; i++) {
            w.write(gen.next(false));
            w.write('\n');
          }
          w.write(END);
        }
        command.add(file.toString());
        f.fileLines = lines + 1;
      }
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      long launched = p.pid();
      Thread reader = Thread.ofPlatform().daemon().start(() -> scan(p.getInputStream(), f));
      // Nothing said for 30 s while lines are still being fed: a hang. End it, so that the run
      // reports it instead of waiting with it.
      Thread watchdog =
          Thread.ofPlatform()
              .daemon()
              .start(
                  () -> {
                    try {
                      while (p.isAlive()) {
                        Thread.sleep(1_000);
                        if (System.nanoTime() - f.lastOutput > 30_000_000_000L && p.isAlive()) {
                          synchronized (f) {
                            f.hangs++;
                            f.note("hang after line " + f.lines + ": last output " + f.last);
                          }
                          p.destroyForcibly();
                        }
                      }
                    } catch (InterruptedException e) {
                      // the run is over
                    }
                  });
      FuzzLines gen = new FuzzLines(seed, ns != null, 21000);
      long start = System.nanoTime();
      try (BufferedWriter in =
          new BufferedWriter(new OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8))) {
        if (from == From.PIPE) {
          in.write("sleep 1s\n");
          in.flush();
        }
        long pid = awaitJava(launched); // ip netns exec forks; the launcher execs the JVM
        // the start is counted once sockshell has run its first line (its run is built by then:
        // a loaded machine may take longer than any fixed pause)
        for (int i = 0; i < 1_200 && !f.last.contains("slept"); i++) {
          Thread.sleep(50);
        }
        f.fdsStart = Figures.count(pid, "fd");
        f.threadsStart = Figures.count(pid, "task");
        f.note("at start: " + Figures.describe(pid));
        f.startPace(System.nanoTime());
        if (from == From.PIPE) {
          for (long i = 0; i < lines; i++) {
            in.write(gen.next(false));
            in.write('\n');
            f.lines++;
            if (i % 10_000 == 0) {
              in.flush();
              f.sample(pid);
            }
            f.paced(f.lines, System.nanoTime());
          }
          // The fuzz may have set feedback quiet: a failing help names the end where all can see.
          in.write(END);
          in.flush();
        } else {
          // the file's lines: how far the run is shows in the line numbers of its reports
          while (!f.last.contains("fuzz-end") && p.isAlive()) {
            Thread.sleep(200);
            f.sample(pid);
            f.paced(f.fileLine, System.nanoTime());
          }
          f.lines = lines;
        }
        for (int i = 0; i < 1_200 && !f.last.contains("fuzz-end"); i++) {
          Thread.sleep(50);
        }
        Thread.sleep(300);
        f.fdsEnd = Figures.count(pid, "fd");
        f.threadsEnd = Figures.count(pid, "task");
        f.note("at the end: " + Figures.describe(pid));
        f.sample(pid);
      } catch (IOException e) {
        // the process went away: counted as a crash below
      }
      watchdog.interrupt();
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        f.hangs++;
      } else if (p.exitValue() > 1) {
        f.crashes++;
      }
      f.note("exit status " + p.exitValue());
      reader.join(10_000);
      f.seconds = Math.max(1, (System.nanoTime() - start) / 1_000_000_000L);
    } finally {
      if (file != null) {
        java.nio.file.Files.deleteIfExists(file);
      }
    }
    return f;
  }

  private static final String END = "close all\nunwatch all\nhelp fuzz-end\nsleep 3s\n";

  /** The launcher execs the JVM after its checks: wait for that. */
  static long awaitJava(long pid) throws InterruptedException, IOException {
    for (int i = 0; i < 600; i++) {
      var java = Figures.java(pid);
      if (java.isPresent()) {
        return java.get();
      }
      Thread.sleep(50);
    }
    throw new IOException("no JVM under " + pid);
  }

  private static void scan(InputStream out, Figures f) {
    byte[] buf = new byte[1 << 16];
    StringBuilder tail = new StringBuilder();
    try {
      for (int n = out.read(buf); n > 0; n = out.read(buf)) {
        tail.append(new String(buf, 0, n, StandardCharsets.UTF_8));
        int cut = tail.lastIndexOf("\n");
        if (cut >= 0) {
          synchronized (f) {
            f.lastOutput = System.nanoTime();
            f.scan(tail.substring(0, cut));
            f.last = tail.substring(Math.max(0, cut - 300), cut);
          }
          tail.delete(0, cut + 1);
        }
      }
      f.note("last output: " + f.last.replace('\n', '|'));
    } catch (IOException e) {
      // closed
    }
  }

  /**
   * {@code scripts/fuzz --keep-going [--from file|pipe]}: the long run (LINES SEED ROOT [FROM]).
   */
  public static void main(String[] args) throws Exception {
    From from =
        args.length > 3 ? From.valueOf(args[3].toUpperCase(java.util.Locale.ROOT)) : From.PIPE;
    Figures.main(
        "keep-going fuzz from a " + from.name().toLowerCase(java.util.Locale.ROOT),
        (root, lines, seed) -> run(root, lines, seed, from),
        args);
  }
}
