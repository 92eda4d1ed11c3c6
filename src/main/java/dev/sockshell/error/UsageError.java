package dev.sockshell.error;

/**
 * A command that parsed but cannot be carried out as written: an unknown socket, a value out of
 * range, an option that does not apply. {@code column} is 1-based, or 0 when no single word is at
 * fault.
 */
public final class UsageError extends RuntimeException {
  private final int column;
  private final String hint;

  public UsageError(String message) {
    this(message, 0, null);
  }

  public UsageError(String message, int column) {
    this(message, column, null);
  }

  public UsageError(String message, int column, String hint) {
    this(message, column, hint, false);
  }

  private final boolean precondition;

  /**
   * @param precondition true when the machine lacks what the command needs (root, a tool), so that
   *     a checker reports the script as skipped rather than failed
   */
  public UsageError(String message, int column, String hint, boolean precondition) {
    super(message, null, false, false);
    this.column = column;
    this.hint = hint;
    this.precondition = precondition;
  }

  public boolean precondition() {
    return precondition;
  }

  public int column() {
    return column;
  }

  /** A "did you mean" or a one-line tip; may be null. */
  public String hint() {
    return hint;
  }
}
