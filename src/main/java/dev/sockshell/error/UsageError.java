package dev.sockshell.error;

import dev.sockshell.text.Words;

/**
 * A command that parsed but cannot be carried out as written: an unknown socket, a value out of
 * range, an option that does not apply. Its message and hint are {@link Words} (a key and its
 * arguments), written in the language of whoever shows them. {@code column} is 1-based, or 0 when
 * no single word is at fault.
 */
public final class UsageError extends RuntimeException {
  private final Words message;
  private final int column;
  private final Words hint;
  private final boolean precondition;

  public UsageError(Words message) {
    this(message, 0, null);
  }

  public UsageError(Words message, int column) {
    this(message, column, null);
  }

  public UsageError(Words message, int column, Words hint) {
    this(message, column, hint, false);
  }

  /**
   * @param precondition true when the machine lacks what the command needs (root, a tool), so that
   *     a checker reports the script as skipped rather than failed
   */
  public UsageError(Words message, int column, Words hint, boolean precondition) {
    super(null, null, false, false);
    this.message = message;
    this.column = column;
    this.hint = hint;
    this.precondition = precondition;
  }

  /** Words a front end made already (the parser's, a C type's). */
  public UsageError(String message) {
    this(Words.literal(message));
  }

  public UsageError(String message, int column) {
    this(Words.literal(message), column);
  }

  public UsageError(String message, int column, String hint) {
    this(Words.literal(message), column, hint == null ? null : Words.literal(hint));
  }

  /** The words, in the language of the thread that asks. */
  @Override
  public String getMessage() {
    return message.text();
  }

  /** What it says, as a key and arguments where the core made it. */
  public Words said() {
    return message;
  }

  /** The same error with a hint (a tip found after the error was made). */
  public UsageError hinted(Words h) {
    return new UsageError(message, column, h, precondition);
  }

  public boolean precondition() {
    return precondition;
  }

  public int column() {
    return column;
  }

  /** A "did you mean" or a one-line tip; may be null. */
  public Words hint() {
    return hint;
  }
}
