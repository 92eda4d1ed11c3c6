package dev.sockshell.lab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Who owns a lab: its sockshell holds a lock on a file of the lab's own for as long as the lab is
 * up, so that another sockshell (in this PID namespace or another) can tell a live lab from one
 * whose owner was killed.
 */
final class Owners {
  private Owners() {}

  /**
   * Where each lab's owner keeps a file locked for as long as the lab is up: whether a lab is stale
   * is whether its lock can be taken, which a sockshell in another PID namespace (a container,
   * unshare --pid) judges right, where a process number it cannot see would not.
   */
  private static final Path LOCKS = Path.of("/run/sockshell");

  /** The locks this process holds on its own labs (one a run), while they are up. */
  private static final java.util.Map<String, java.nio.channels.FileChannel> HELD =
      new java.util.HashMap<>();

  /**
   * Chooses the name of a lab about to be built and takes its lock (the directory made where it is
   * missing): {@code ss<pid>}, unless a live sockshell holds that one, e.g. one with the same
   * process number in another PID namespace; then {@code ss<pid>n2}, {@code ss<pid>n3}, … The lab
   * of another is never reused: {@code taken} says whether namespaces of a name are there.
   */
  static synchronized String claim(long pid, java.util.function.Predicate<String> taken) {
    for (int n = 1; n <= MAX_CLAIMS; n++) {
      String prefix = "ss" + pid + (n == 1 ? "" : "n" + n);
      if (HELD.containsKey(prefix)) {
        continue; // another run of this process has its lab there
      }
      java.nio.channels.FileChannel ch = null;
      try {
        Files.createDirectories(LOCKS);
        ch =
            java.nio.channels.FileChannel.open(
                LOCKS.resolve(prefix + ".lock"),
                java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE);
        if (ch.tryLock() == null) {
          ch.close(); // a live sockshell's: try the next name
          continue;
        }
      } catch (IOException | java.nio.channels.OverlappingFileLockException e) {
        closeQuietly(ch);
        if (!(e instanceof java.nio.channels.OverlappingFileLockException) && !taken.test(prefix)) {
          return prefix; // no lock here: staleness is then judged by the process number, as before
        }
        continue;
      }
      if (taken.test(prefix)) {
        closeQuietly(ch); // namespaces of that name that are not ours (an older sockshell's)
        continue;
      }
      HELD.put(prefix, ch);
      return prefix;
    }
    throw new dev.sockshell.error.UsageError(
        dev.sockshell.text.Text.get("lab.noName", "ss" + pid, String.valueOf(MAX_CLAIMS)));
  }

  private static final int MAX_CLAIMS = 20;

  private static void closeQuietly(java.nio.channels.FileChannel ch) {
    if (ch != null) {
      try {
        ch.close();
      } catch (IOException e) {
        // nothing held
      }
    }
  }

  /** Gives the lock back and removes its file, once the lab is gone. */
  static synchronized void release(String prefix) {
    java.nio.channels.FileChannel ch = HELD.remove(prefix);
    if (ch != null) {
      try {
        Files.deleteIfExists(LOCKS.resolve(prefix + ".lock"));
        ch.close();
      } catch (IOException e) {
        // gone already
      }
    }
  }

  /**
   * Whether the lab named {@code prefix} is gone: its lock file can be locked (its owner, in any
   * PID namespace, has ended), or, for a lab without one, its process number is free.
   */
  static synchronized boolean gone(String prefix, long pid) {
    Path lock = LOCKS.resolve(prefix + ".lock");
    if (!Files.exists(lock)) {
      return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).isEmpty();
    }
    if (HELD.containsKey(prefix)) {
      return false; // a lab of this process's
    }
    try (var ch =
        java.nio.channels.FileChannel.open(lock, java.nio.file.StandardOpenOption.WRITE)) {
      var l = ch.tryLock();
      if (l == null) {
        return false; // its owner holds it: the lab is alive
      }
      l.release();
      Files.deleteIfExists(lock);
      return true;
    } catch (IOException | java.nio.channels.OverlappingFileLockException e) {
      return false;
    }
  }
}
