package dev.sockshell.script;

import dev.sockshell.command.Command;
import dev.sockshell.error.SyntaxError;
import dev.sockshell.error.UsageError;
import dev.sockshell.syntax.Parser;
import dev.sockshell.text.Text;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The lines of a script with their parse. From a file they are read and parsed ahead on a thread of
 * their own, so that a long replay parses on one core while its commands run on the other; a pipe
 * or -c text is read and parsed line by line, as it comes. Parsing depends on nothing but the line
 * and the language of its messages: a line parsed ahead in another language than the one in force
 * when it runs (a {@code set lang} came between) is parsed again.
 */
final class ParsedLines implements AutoCloseable {
  /**
   * A line as read: its text, or (when it could not be read) {@code text} is null and {@code
   * failure} says why; otherwise {@code failure} is the line's syntax error, if any.
   */
  record Line(
      int number, String text, List<Command> parsed, RuntimeException failure, Text.Lang lang) {
    /** A "## …" line: narration, shown, not parsed (found where the line is read). */
    boolean narration() {
      return text != null && parsed == null;
    }

    /** The line's commands, parsed in the language now in force; throws its syntax error. */
    List<Command> commands() {
      if (lang != Text.lang()) {
        return Parser.parse(text);
      }
      if (failure != null) {
        throw failure;
      }
      return parsed == null ? List.of() : parsed;
    }
  }

  private static final int CHUNK = 256;

  /** Handed from the reading thread: a chunk of lines, the end, or what broke the reading. */
  private record Chunk(List<Line> lines, Throwable broke) {}

  private final LineSource in;
  private final BlockingQueue<Chunk> queue;
  private final Thread reader;
  private Iterator<Line> current = java.util.Collections.emptyIterator();
  private boolean ended;
  private volatile boolean closed;

  private ParsedLines(LineSource in, boolean ahead) {
    this.in = in;
    if (ahead) {
      queue = new ArrayBlockingQueue<>(8);
      reader = Thread.ofPlatform().daemon().name("parse-ahead").unstarted(this::readAhead);
      reader.start();
    } else {
      queue = null;
      reader = null;
    }
  }

  /** Lines of {@code in}, read ahead when it is a file. */
  static ParsedLines of(LineSource in) {
    return new ParsedLines(in, in.isFile());
  }

  /** The next line, or null at the end. */
  Line next() throws IOException {
    if (reader == null) {
      return read();
    }
    while (!current.hasNext()) {
      if (ended) {
        return null;
      }
      Chunk c;
      try {
        c = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new java.io.InterruptedIOException();
      }
      if (c.broke() != null) {
        ended = true;
        switch (c.broke()) {
          case IOException e -> throw e;
          case RuntimeException e -> throw e;
          case Error e -> throw e;
          default -> throw new IllegalStateException(c.broke());
        }
      }
      if (c.lines() == null) {
        ended = true;
        return null;
      }
      current = c.lines().iterator();
    }
    return current.next();
  }

  private Line read() throws IOException {
    String text;
    try {
      text = in.next();
    } catch (UsageError e) {
      return new Line(in.lineNumber(), null, List.of(), e, null);
    }
    if (text == null) {
      return null;
    }
    Text.Lang lang = Text.lang();
    if (text.strip().startsWith("##")) { // narration, not parsed
      return new Line(in.lineNumber(), text, null, null, lang);
    }
    try {
      return new Line(in.lineNumber(), text, Parser.parse(text), null, lang);
    } catch (SyntaxError | UsageError e) {
      return new Line(in.lineNumber(), text, List.of(), e, lang);
    }
  }

  private void readAhead() {
    try {
      while (!closed) {
        List<Line> lines = new ArrayList<>(CHUNK);
        Line l = null;
        while (lines.size() < CHUNK && (l = read()) != null) {
          lines.add(l);
        }
        if (!lines.isEmpty()) {
          queue.put(new Chunk(lines, null));
        }
        if (l == null) {
          queue.put(new Chunk(null, null));
          return;
        }
      }
    } catch (InterruptedException e) {
      // closed
    } catch (IOException | RuntimeException | Error e) {
      if (!closed) {
        queue.offer(new Chunk(null, e));
      }
    }
  }

  /** Stops the reading thread (a run that ended early leaves the rest unread). */
  @Override
  public void close() {
    if (reader == null) {
      return;
    }
    closed = true;
    reader.interrupt();
    queue.clear();
    try {
      reader.join(1000); // a FIFO may hold it in a read: it is a daemon, let it be
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
