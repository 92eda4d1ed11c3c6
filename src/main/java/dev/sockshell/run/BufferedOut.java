package dev.sockshell.run;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;

/**
 * Standard output into a file or a pipe: buffered (System.out writes every line with a call of its
 * own) and a line of text is encoded to bytes at once. PrintStream's own println goes through a
 * writer, a char buffer and an encoder for each line, which costs a replay more than the line's two
 * syscalls. Text printed any other way goes the usual way; the order of what is printed holds, as
 * PrintStream flushes its writer into the same buffer after each print.
 */
public final class BufferedOut extends PrintStream {
  private final Charset charset;
  private final byte[] newline = System.lineSeparator().getBytes();

  public BufferedOut(java.io.OutputStream out, Charset charset) {
    super(new BufferedOutputStream(out, 1 << 16), false, charset);
    this.charset = charset;
  }

  /** Standard output, in the charset System.out has. */
  public static BufferedOut stdout() {
    return new BufferedOut(new FileOutputStream(FileDescriptor.out), System.out.charset());
  }

  private volatile boolean broken;

  /**
   * Flushes, and whether a write has failed since the stream was made: the file is full, or the
   * pipe's reader has gone (EPIPE). PrintStream keeps such failures to itself; main's flusher asks
   * here every 100 ms.
   */
  public boolean flushAndCheck() {
    if (checkError()) {
      broken = true;
    }
    return broken;
  }

  /** Whether {@link #flushAndCheck} has found a failed write. */
  public boolean broken() {
    return broken;
  }

  @Override
  public void println(String line) {
    byte[] bytes = String.valueOf(line).getBytes(charset);
    synchronized (this) {
      write(bytes, 0, bytes.length);
      write(newline, 0, newline.length);
    }
  }
}
