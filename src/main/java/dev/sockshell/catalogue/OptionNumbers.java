package dev.sockshell.catalogue;

/**
 * An option as one platform numbers it: its level's name and number, its own name and number. The
 * same shape for every platform (Linux, Windows, FreeBSD, macOS): see {@link Platforms}.
 */
public record OptionNumbers(String level, int levelNumber, String name, int number) {
  /** Where the BSD lineage numbers SOL_SOCKET (Winsock took it from there). */
  static final int BSD_SOL_SOCKET = 0xffff;

  /**
   * {@code 0xffff, 0x1002} where SOL_SOCKET is the BSD 0xffff (its options are bit flags there),
   * else {@code 1, 8}.
   */
  public String numbers() {
    return levelNumber == BSD_SOL_SOCKET
        ? "0x" + Integer.toHexString(levelNumber) + ", 0x" + Integer.toHexString(number)
        : levelNumber + ", " + number;
  }
}
