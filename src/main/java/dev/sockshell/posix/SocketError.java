package dev.sockshell.posix;

import dev.sockshell.text.Words;

/**
 * A failed libc call, book style: {@code [bind()] Address already in use (EADDRINUSE)}. The call
 * name, errno, its symbolic name and the C library's own text are kept apart so that renderers,
 * hints and expectations can use each.
 */
public final class SocketError extends RuntimeException {
  private final String call;
  private final int errno;
  private final String errnoName;
  private final String text;

  public SocketError(String call, int errno, String errnoName, String text) {
    super("[" + call + "()] " + text + " (" + errnoName + ")", null, false, false);
    this.call = call;
    this.errno = errno;
    this.errnoName = errnoName;
    this.text = text;
  }

  public String call() {
    return call;
  }

  public int errno() {
    return errno;
  }

  public String errnoName() {
    return errnoName;
  }

  public String text() {
    return text;
  }

  private Words hint;

  /**
   * Book style, {@code [bind()] Address already in use (EADDRINUSE)}: the errno's words from the
   * bundle of the language shown, else the C library's own text.
   */
  public Words said() {
    return Words.shown(
        () -> {
          Words known = Words.ifKnown("errno." + errnoName);
          return "["
              + call
              + "()] "
              + (known != null ? known.text() : text)
              + " ("
              + errnoName
              + ")";
        });
  }

  /** A hint chosen where the call failed, which knows more than the call and errno. */
  public SocketError hinted(Words h) {
    SocketError e = new SocketError(call, errno, errnoName, text);
    e.hint = h;
    return e;
  }

  /** The hint given where the call failed, or null. */
  public Words hint() {
    return hint;
  }
}
