package dev.sockshell.error;

/** An {@code expect} line that did not hold: what it stated and what the kernel showed. */
public final class ExpectationError extends RuntimeException {
  private final String expected;
  private final String actual;

  private final boolean precondition;

  public ExpectationError(String expected, String actual) {
    this(expected, actual, false);
  }

  /**
   * @param precondition true when the machine lacks what the script needs (an interface), so a
   *     checker reports the script as skipped rather than failed
   */
  public ExpectationError(String expected, String actual, boolean precondition) {
    super(dev.sockshell.text.Text.get("expect.failed", expected, actual), null, false, false);
    this.expected = expected;
    this.actual = actual;
    this.precondition = precondition;
  }

  public boolean precondition() {
    return precondition;
  }

  public String expected() {
    return expected;
  }

  public String actual() {
    return actual;
  }
}
