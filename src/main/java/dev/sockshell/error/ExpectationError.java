package dev.sockshell.error;

import dev.sockshell.text.Words;

/** An {@code expect} line that did not hold: what it stated and what the kernel showed. */
public final class ExpectationError extends RuntimeException {
  private final Words expected;
  private final Words actual;

  private final boolean precondition;

  public ExpectationError(Words expected, Words actual) {
    this(expected, actual, false);
  }

  /**
   * @param precondition true when the machine lacks what the script needs (an interface), so a
   *     checker reports the script as skipped rather than failed
   */
  public ExpectationError(Words expected, Words actual, boolean precondition) {
    super(null, null, false, false);
    this.expected = expected;
    this.actual = actual;
    this.precondition = precondition;
  }

  public boolean precondition() {
    return precondition;
  }

  @Override
  public String getMessage() {
    return said().text();
  }

  /** What it says, as a key and arguments: "expected …, got …". */
  public Words said() {
    return Words.of("expect.failed", expected, actual);
  }

  /** What the line stated, in the language of the thread that asks. */
  public String expected() {
    return expected.text();
  }

  /** What the kernel showed. */
  public String actual() {
    return actual.text();
  }
}
