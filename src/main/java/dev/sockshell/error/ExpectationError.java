package dev.sockshell.error;

/** An {@code expect} line that did not hold: what it stated and what the kernel showed. */
public final class ExpectationError extends RuntimeException {
  private final String expected;
  private final String actual;

  public ExpectationError(String expected, String actual) {
    super("expected " + expected + ", got " + actual, null, false, false);
    this.expected = expected;
    this.actual = actual;
  }

  public String expected() {
    return expected;
  }

  public String actual() {
    return actual;
  }
}
