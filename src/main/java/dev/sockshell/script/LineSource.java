package dev.sockshell.script;

import dev.sockshell.error.UsageError;
import dev.sockshell.text.Text;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The lines of a script, a pipe or -c text, read as they come (a pipe drives a live session) and
 * never whole: a line may be at most {@link #MAX_LINE} bytes, must be UTF-8 (a byte-order mark is
 * skipped) and may hold no NUL byte, so that /dev/zero, a binary or a UTF-16 file gets one clear
 * line instead of filling memory.
 */
public final class LineSource implements AutoCloseable {
  /** The longest line a script may have, in bytes. */
  public static final int MAX_LINE = 64 * 1024;

  /** A line that cannot be read; the runner reports it at {@code FILE:LINE:}. */
  private static UsageError bad(String message, String hint) {
    return new UsageError(message, 0, hint);
  }

  private final String name;
  private final InputStream in;
  private final byte[] buf = new byte[8192];
  private int pos;
  private int limit;
  private long offset; // bytes consumed before buf[pos]
  private int lineNumber;
  private boolean started;
  private boolean ended;
  private final CharsetDecoder utf8 =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private byte[] line = new byte[256];

  private final boolean file;

  public LineSource(String name, InputStream in) {
    this(name, in, false);
  }

  private LineSource(String name, InputStream in, boolean file) {
    this.name = name;
    this.in = in;
    this.file = file;
  }

  /** Whether the lines come from a file (which may be read ahead), not a pipe or a string. */
  public boolean isFile() {
    return file;
  }

  public static LineSource of(String name, String text) {
    return new LineSource(name, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** Opens a file, with one clear error for a missing file, a directory or an unreadable one. */
  public static LineSource open(Path file) {
    if (Files.isDirectory(file)) {
      throw new UsageError(Text.get("file.dir", file));
    }
    try {
      return new LineSource(file.toString(), Files.newInputStream(file), true);
    } catch (NoSuchFileException e) {
      throw new UsageError(Text.get("file.none", file));
    } catch (IOException e) {
      throw new UsageError(Text.get("file.cannotRead", file, e.getMessage()));
    }
  }

  public String name() {
    return name;
  }

  /** The number of the line {@link #next} returned last (1 for the first). */
  public int lineNumber() {
    return lineNumber;
  }

  /** The next line without its end ({@code \n} or {@code \r\n}), or null at the end. */
  public String next() throws IOException {
    if (ended) {
      return null;
    }
    if (skipping) {
      skipRest();
      if (ended) {
        return null;
      }
    }
    long start = offset;
    int n = 0;
    lineNumber++;
    if (!started && (pos < limit || fill()) && limit - pos >= 2) {
      if ((buf[pos] == (byte) 0xFE && buf[pos + 1] == (byte) 0xFF)
          || (buf[pos] == (byte) 0xFF && buf[pos + 1] == (byte) 0xFE)) {
        throw bad(Text.get("file.utf16"), Text.get("file.utf16Hint"));
      }
    }
    while (true) {
      if (pos == limit && !fill()) {
        ended = true;
        if (n == 0) {
          lineNumber--;
          return null;
        }
        break;
      }
      byte b = buf[pos++];
      offset++;
      if (b == '\n') {
        break;
      }
      if (b == 0) {
        skipping = true; // the rest of this line goes with it, before the next line is read
        throw bad(Text.get("file.nul", String.valueOf(offset - 1)), Text.get("file.nulHint"));
      }
      if (n == MAX_LINE) {
        skipping = true;
        throw bad(
            Text.get("file.longLine", String.valueOf(MAX_LINE / 1024)),
            Text.get("file.longLineHint"));
      }
      if (n == line.length) {
        line = java.util.Arrays.copyOf(line, Math.min(MAX_LINE, line.length * 2));
      }
      line[n++] = b;
    }
    int from = 0;
    if (!started) {
      started = true;
      if (n >= 3 && line[0] == (byte) 0xEF && line[1] == (byte) 0xBB && line[2] == (byte) 0xBF) {
        from = 3; // a UTF-8 byte-order mark
      }
    }
    int end = n > from && line[n - 1] == '\r' ? n - 1 : n;
    return decode(from, end, start);
  }

  /** The most of a bad line skipped before the source gives up on finding its end. */
  static final long MAX_SKIP = 16L << 20;

  /** Set by a line refused partway (a NUL byte, too long): the rest of it is skipped first. */
  private boolean skipping;

  /**
   * Skips what is left of a line refused partway, so that the next line read is the next line of
   * the file and its number is right. A "line" with no end within {@link #MAX_SKIP} bytes
   * (/dev/zero) ends the source: one more line saying so, and nothing after it is read.
   */
  private void skipRest() throws IOException {
    skipping = false;
    long skipped = 0;
    while (true) {
      if (pos == limit && !fill()) {
        ended = true;
        return;
      }
      byte b = buf[pos++];
      offset++;
      if (b == '\n') {
        return;
      }
      if (++skipped > MAX_SKIP) {
        ended = true;
        throw bad(
            Text.get("file.noEnd", String.valueOf(lineNumber), String.valueOf(MAX_SKIP >> 20)),
            Text.get("file.nulHint"));
      }
    }
  }

  private String decode(int from, int end, long lineStart) {
    int i = from;
    while (i < end && line[i] >= 0) {
      i++;
    }
    if (i == end) { // ASCII, as nearly every line is: nothing to check, a copy
      return new String(line, from, end - from, StandardCharsets.ISO_8859_1);
    }
    ByteBuffer bytes = ByteBuffer.wrap(line, from, end - from);
    try {
      CharBuffer chars = utf8.reset().decode(bytes);
      return chars.toString();
    } catch (CharacterCodingException e) {
      throw bad(
          Text.get("file.notUtf8", String.valueOf(lineStart + bytes.position())),
          Text.get("file.notUtf8Hint"));
    }
  }

  private boolean fill() throws IOException {
    int r = in.read(buf, 0, buf.length);
    if (r <= 0) {
      return false;
    }
    pos = 0;
    limit = r;
    return true;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
