package dev.sockshell.model;

import dev.sockshell.error.UsageError;
import dev.sockshell.text.Words;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Where sockshell writes a file of the user's (export c, record): never over a file without
 * --force, never making directories, never into a socket; into a named pipe only while something
 * reads it (its open waits for a reader, in a system call Ctrl-C cannot reach: sockshell waits a
 * moment on a thread of its own, then says there is none).
 */
public final class WriteTarget {
  private WriteTarget() {}

  private static final int S_IFMT = 0170000;
  private static final int S_IFIFO = 0010000;
  private static final int S_IFSOCK = 0140000;

  /**
   * Refuses a file that cannot be written, that exists without --force, or that is a socket. {@code
   * what} names the action's messages: "write" (write.noDir, …) or "record" (record.noDir, …).
   */
  public static void check(Path file, boolean force, String what) {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new UsageError(Words.of(what + ".noDir", file, parent));
    }
    if (Files.isDirectory(file)) {
      throw new UsageError(Words.of(what + ".isDir", file));
    }
    if (!force && Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      throw new UsageError(Words.of("file.exists", file), 0, Words.of("file.existsHint"));
    }
    if (type(file) == S_IFSOCK) {
      throw new UsageError(Words.of("write.socket", file));
    }
  }

  /** How long the open of a named pipe waits for its reader. */
  static final long READER_WAIT_MS = 2000;

  /**
   * Opens the file for writing: a new one (CREATE_NEW) without {@code force}, else created or
   * truncated; a named pipe as it is, once something reads it. The caller has {@link #check}ed.
   */
  public static java.io.OutputStream open(Path file, boolean force) throws IOException {
    if (type(file) == S_IFIFO) {
      return openFifo(file);
    }
    return force
        ? Files.newOutputStream(file)
        : Files.newOutputStream(
            file,
            java.nio.file.StandardOpenOption.CREATE_NEW,
            java.nio.file.StandardOpenOption.WRITE);
  }

  /**
   * A named pipe opens when a reader comes: the open runs on a thread of its own, and after a
   * moment without a reader the write is refused (and the waiting open released, so that no thread
   * is left waiting for a reader).
   */
  private static java.io.OutputStream openFifo(Path file) throws IOException {
    java.util.concurrent.CompletableFuture<java.io.OutputStream> opened =
        new java.util.concurrent.CompletableFuture<>();
    Thread.ofPlatform()
        .daemon()
        .name("fifo-open")
        .start(
            () -> {
              try {
                java.io.OutputStream out =
                    Files.newOutputStream(file, java.nio.file.StandardOpenOption.WRITE);
                if (!opened.complete(out)) {
                  out.close(); // too late: the write was refused meanwhile
                }
              } catch (IOException e) {
                opened.completeExceptionally(e);
              }
            });
    try {
      return opened.get(READER_WAIT_MS, java.util.concurrent.TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.TimeoutException e) {
      if (!opened.cancel(false)) {
        return opened.join();
      }
      // the open still waits: be its reader for a moment, so that it returns (and closes) now
      // rather than pairing with, and ending at once, whatever reader comes next
      // (on a thread of its own too: this one never waits on a pipe)
      Thread.ofPlatform()
          .daemon()
          .name("fifo-release")
          .start(
              () -> {
                try (var release = Files.newInputStream(file)) {
                  // opened: the writer's open has returned too
                } catch (IOException ignored) {
                  // the pipe went away: the open failed and its thread ended
                }
              });
      throw new UsageError(
          Words.of("write.fifo", file, String.valueOf(READER_WAIT_MS / 1000)),
          0,
          Words.of("write.fifoHint", file));
    } catch (java.util.concurrent.ExecutionException e) {
      throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted");
    }
  }

  /** The file's type bits (S_IFIFO, S_IFSOCK, …), following links; 0 when it is not there. */
  static int type(Path file) {
    try {
      return ((Integer) Files.getAttribute(file, "unix:mode")) & S_IFMT;
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return 0;
    }
  }
}
