package dev.sockshell.error;

import java.util.List;

/**
 * A line that does not parse. {@code column} is 1-based; {@code expected} names what the grammar
 * would have accepted there; {@code didYouMean} is the nearest candidate to the word typed, or
 * null.
 */
public final class SyntaxError extends RuntimeException {
  private final int column;
  private final int length;
  private final List<String> expected;
  private final String didYouMean;

  public SyntaxError(
      String message, int column, int length, List<String> expected, String didYouMean) {
    super(message, null, false, false);
    this.column = column;
    this.length = Math.max(1, length);
    this.expected = List.copyOf(expected);
    this.didYouMean = didYouMean;
  }

  public int column() {
    return column;
  }

  public int length() {
    return length;
  }

  public List<String> expected() {
    return expected;
  }

  public String didYouMean() {
    return didYouMean;
  }
}
