package dev.sockshell.terminal;

import dev.sockshell.fuzz.Figures;
import dev.sockshell.fuzz.FuzzLines;
import dev.sockshell.fuzz.LoOnly;
import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The whole program at its real prompt: JLine on a real pseudo-terminal (tmux), fuzzed lines typed
 * at it, Ctrl-C whenever a command blocks, the screen read for traces, and the JVM's descriptors,
 * threads and resident memory read from /proc.
 */
public final class PromptFuzz {
  private static final Pattern BARE_PROMPT = Pattern.compile("sockshell(\\[[^\\]]*\\])?>");
  private static final long WAIT_MS = 3_000;

  private PromptFuzz() {}

  public static Figures run(Path root, long lines, long seed) throws Exception {
    Figures f = new Figures();
    try (LoOnly ns = LoOnly.create("fuzzp")) {
      String prefix = ns == null ? "" : String.join(" ", ns.prefix()) + " ";
      String command =
          "cd '"
              + root
              + "' && "
              + prefix
              + "scripts/sockshell; echo SOCKSHELL-EXIT=$?; sleep 100000";
      FuzzLines gen = new FuzzLines(seed, ns != null, 22000);
      long start = System.nanoTime();
      Tmux t = null;
      long pid = -1;
      try {
        for (long i = 0; i < lines; i++) {
          if (t == null) {
            t = Tmux.start(command, 120, 40);
            t.waitFor("sockshell>", 120);
            pid = t.javaPid();
            line(t, "sleep 1ms", f); // the wake-up descriptor is made on the first wait
            if (f.fdsStart < 0) {
              f.fdsStart = Figures.settled(pid, "fd");
              f.threadsStart = Figures.settled(pid, "task");
              f.note("at start: " + Figures.describe(pid));
            }
          }
          f.lines++;
          String text = gen.next(true);
          boolean answered;
          try {
            answered = line(t, text, f);
          } catch (IOException e) {
            answered = false; // tmux itself stopped answering: the pane floods without end
          }
          if (!answered) {
            String screen;
            try {
              f.scan(t.history());
              screen = t.screen();
            } catch (IOException e) {
              screen = "(tmux did not answer)";
            }
            if (screen.contains("SOCKSHELL-EXIT=")) {
              f.crashes++;
              f.note("crash after line " + i + ": " + text);
            } else {
              f.hangs++;
              f.note("hang at line " + i + ": " + text + "\n    screen: " + lastLines(screen));
            }
            try {
              t.close();
            } catch (IOException e) {
              // the session is ended with the next start's kill-session
            }
            t = null;
            continue;
          }
          if (i % 100 == 99) {
            f.sample(pid);
            if (Figures.busyWhileIdle(pid, 300)) {
              f.hangs++;
              f.note("busy while idle at the prompt after line " + i + ": " + text);
              line(t, "close all", f);
            }
          }
          if (i % 50 == 49) {
            // tmux keeps 2000 lines of scrollback: read them before they scroll away
            f.scan(t.history());
            t.run("clear-history");
          }
          if (i % 500 == 499) {
            line(t, "close all", f);
          }
          if (i % 5_000 == 4_999) {
            f.seconds = Math.max(1, (System.nanoTime() - start) / 1_000_000_000L);
            System.out.println("  so far: " + f.toString().lines().findFirst().orElse(""));
          }
        }
        if (t != null) {
          line(t, "close all", f);
          line(t, "unwatch all", f);
          Thread.sleep(500);
          f.fdsEnd = Figures.settled(pid, "fd");
          f.threadsEnd = Figures.settled(pid, "task");
          f.note("at the end: " + Figures.describe(pid));
          f.sample(pid);
          f.scan(t.history());
        }
      } finally {
        if (t != null) {
          t.close();
        }
      }
      f.seconds = Math.max(1, (System.nanoTime() - start) / 1_000_000_000L);
    }
    return f;
  }

  private static String lastLines(String screen) {
    java.util.List<String> l = screen.strip().lines().toList();
    return String.join(" | ", l.subList(Math.max(0, l.size() - 4), l.size()));
  }

  /**
   * Types one line and Enter; Ctrl-C when the prompt is not back within 3 s (more for a long line).
   * False when it still is not back as long after Ctrl-C (a hang), or the program ended (a crash).
   */
  private static boolean line(Tmux t, String text, Figures f) throws Exception {
    String before = t.look().screen();
    t.enter(text);
    // tmux draws a long line's echo and a long table at its own pace: 1 s more per 4 KB typed
    long wait = WAIT_MS + text.length() / 4;
    if (await(t, before, wait)) {
      return true;
    }
    t.keys("C-c");
    return await(t, null, wait);
  }

  /**
   * Waits until the screen is no longer {@code before} (the line was taken: its echo and a new
   * prompt line changed it) and the cursor's line is a bare prompt.
   */
  private static boolean await(Tmux t, String before, long waitMs) throws Exception {
    long deadline = System.nanoTime() + waitMs * 1_000_000;
    while (System.nanoTime() < deadline) {
      Tmux.Look look = t.look();
      if ((before == null || !look.screen().equals(before))
          && BARE_PROMPT.matcher(look.cursorLine().strip()).matches()) {
        return true;
      }
      if (look.cursorLine().startsWith("SOCKSHELL-EXIT=")) {
        return false;
      }
      Thread.sleep(1);
    }
    return false;
  }

  /** {@code scripts/fuzz --pty}: the long run. */
  public static void main(String[] args) throws Exception {
    Figures.main("pty fuzz", PromptFuzz::run, args);
  }
}
