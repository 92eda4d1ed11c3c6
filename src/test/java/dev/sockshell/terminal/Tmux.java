package dev.sockshell.terminal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A tmux session running a command in a real pseudo-terminal, driven by keys and read back. */
final class Tmux implements AutoCloseable {
  private static final java.util.concurrent.atomic.AtomicInteger SESSIONS =
      new java.util.concurrent.atomic.AtomicInteger();
  private final String session;

  private Tmux(String session) {
    this.session = session;
  }

  static boolean available() {
    try {
      return run(List.of("tmux", "-V")).startsWith("tmux");
    } catch (IOException e) {
      return false;
    }
  }

  static Tmux start(String command, int width, int height) throws IOException {
    String name =
        "sockshell-it-" + ProcessHandle.current().pid() + "-" + SESSIONS.incrementAndGet();
    run(List.of("tmux", "kill-session", "-t", name));
    run(
        List.of(
            "tmux",
            "new-session",
            "-d",
            "-s",
            name,
            "-x",
            Integer.toString(width),
            "-y",
            Integer.toString(height),
            command));
    return new Tmux(name);
  }

  /** The session's name, for another tmux to attach to. */
  String name() {
    return session;
  }

  /** Sends keys as tmux names them: literal text, or Enter, Tab, C-c, C-d, C-u. */
  void keys(String... keys) throws IOException {
    List<String> cmd = new ArrayList<>(List.of("tmux", "send-keys", "-t", session));
    cmd.addAll(List.of(keys));
    run(cmd);
  }

  /** Sends text exactly as typed (no key-name lookup). */
  void type(String text) throws IOException {
    run(List.of("tmux", "send-keys", "-t", session, "-l", "--", text));
  }

  /** A tmux format of the pane, such as {@code #{keypad_cursor_flag}}. */
  String format(String format) throws IOException {
    return run(List.of("tmux", "display-message", "-p", "-t", session, format)).strip();
  }

  /** The sockshell JVM running in the pane. */
  long javaPid() throws IOException, InterruptedException {
    long pane = Long.parseLong(format("#{pane_pid}"));
    for (int i = 0; i < 200; i++) {
      var java = dev.sockshell.fuzz.Figures.java(pane);
      if (java.isPresent()) {
        return java.get();
      }
      Thread.sleep(50);
    }
    throw new IOException("no sockshell JVM in the pane");
  }

  /** Any tmux command on this session's pane, e.g. clear-history. */
  void run(String... args) throws IOException {
    List<String> cmd = new ArrayList<>(List.of("tmux", args[0], "-t", session));
    cmd.addAll(List.of(args).subList(1, args.length));
    run(cmd);
  }

  /** The whole scrollback and screen. */
  String history() throws IOException {
    return run(List.of("tmux", "capture-pane", "-p", "-J", "-S", "-", "-t", session));
  }

  /** The screen line the cursor is on, and the whole screen, read in one tmux call. */
  record Look(String cursorLine, String screen) {}

  Look look() throws IOException {
    String out =
        run(
            List.of(
                "tmux",
                "display-message",
                "-p",
                "-t",
                session,
                "#{cursor_y}",
                ";",
                "capture-pane",
                "-p",
                "-t",
                session));
    int nl = out.indexOf('\n');
    int y = Integer.parseInt(out.substring(0, nl).strip());
    List<String> lines = out.substring(nl + 1).lines().toList();
    return new Look(y < lines.size() ? lines.get(y) : "", out.substring(nl + 1));
  }

  /** Pastes text (as typed, without bracketed-paste marks) and presses Enter, in one tmux call. */
  void enter(String text) throws IOException {
    Process p =
        new ProcessBuilder(
                "tmux",
                "load-buffer",
                "-b",
                session,
                "-",
                ";",
                "paste-buffer",
                "-d",
                "-r",
                "-b",
                session,
                "-t",
                session,
                ";",
                "send-keys",
                "-t",
                session,
                "Enter")
            .redirectErrorStream(true)
            .start();
    try (var in = p.getOutputStream()) {
      in.write(text.getBytes(StandardCharsets.UTF_8));
    }
    try {
      p.getInputStream().readAllBytes();
      p.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  String screen() throws IOException {
    return run(List.of("tmux", "capture-pane", "-p", "-t", session));
  }

  /** Waits until the screen satisfies {@code test}; returns the screen, or fails with it. */
  String waitFor(String what, Predicate<String> test, long seconds)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    String screen = screen();
    while (!test.test(screen)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + what + "; screen:\n" + screen);
      }
      Thread.sleep(50);
      screen = screen();
    }
    return screen;
  }

  /**
   * Waits until the screen shows {@code text} and the cursor sits on an empty prompt again: the
   * command is over and the prompt reads keys (Ctrl-D typed while a command runs goes to the
   * terminal's line discipline instead, as from bash).
   */
  void waitForPrompt(String text, long seconds) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    Look l = look();
    while (!(l.screen().contains(text) && l.cursorLine().matches("sockshell.*> ?"))) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "timed out waiting for '" + text + "' and the prompt; screen:\n" + l.screen());
      }
      Thread.sleep(50);
      l = look();
    }
  }

  String waitFor(String text, long seconds) throws IOException, InterruptedException {
    return waitFor("'" + text + "'", s -> s.contains(text), seconds);
  }

  private static String run(List<String> command) throws IOException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    // A tmux flooded by its pane can take long to answer: never wait on it for ever.
    java.util.concurrent.CompletableFuture<byte[]> out =
        java.util.concurrent.CompletableFuture.supplyAsync(
            () -> {
              try {
                return p.getInputStream().readAllBytes();
              } catch (IOException e) {
                return new byte[0];
              }
            });
    try {
      byte[] bytes = out.get(20, TimeUnit.SECONDS);
      p.waitFor(10, TimeUnit.SECONDS);
      return new String(bytes, StandardCharsets.UTF_8);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      p.destroyForcibly();
      throw new IOException("tmux did not answer: " + command, e);
    }
  }

  @Override
  public void close() throws IOException {
    run(List.of("tmux", "kill-session", "-t", session));
  }
}
