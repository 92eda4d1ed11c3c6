package dev.sockshell.model;

import dev.sockshell.error.UsageError;
import dev.sockshell.text.Text;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Where sockshell writes a file of the user's (export c, record): never over a file without
 * --force, never making directories, never into a named pipe or a socket, whose open would wait for
 * a reader where Ctrl-C cannot reach it.
 */
public final class WriteTarget {
  private WriteTarget() {}

  private static final int S_IFMT = 0170000;
  private static final int S_IFIFO = 0010000;
  private static final int S_IFSOCK = 0140000;

  /**
   * Refuses a file that cannot be written, that exists without --force, or that is a named pipe or
   * a socket (standard output and error, and descriptors already open, /dev/fd/N, are fine). {@code
   * verb} names the action in the message: "write", "record to".
   */
  public static void check(Path file, boolean force, String what) {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new UsageError(Text.get(what + ".noDir", file, parent));
    }
    if (Files.isDirectory(file)) {
      throw new UsageError(Text.get(what + ".isDir", file));
    }
    if (!force && Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      throw new UsageError(Text.get("file.exists", file), 0, Text.get("file.existsHint"));
    }
    if (waitsForAReader(file)) {
      throw new UsageError(Text.get("write.fifo", file), 0, Text.get("write.fifoHint"));
    }
  }

  /** A named pipe or a socket in the file system (not one of this process's open descriptors). */
  static boolean waitsForAReader(Path file) {
    String p = file.toString();
    if (p.matches("/dev/(stdout|stderr|fd/\\d+)|/proc/(self|\\d+)/fd/\\d+")) {
      return false;
    }
    try {
      int mode = (Integer) Files.getAttribute(file, "unix:mode");
      int type = mode & S_IFMT;
      return type == S_IFIFO || type == S_IFSOCK;
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return false; // not there (it will be a new file) or no such attribute here
    }
  }
}
