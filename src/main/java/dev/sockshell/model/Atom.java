package dev.sockshell.model;

/**
 * One word of an option value as the user typed it, with its lexical kind and 1-based column, so
 * that a codec can say exactly which word it could not use.
 */
public record Atom(Kind kind, String text, int column) {

  /** The lexical kinds a value word can have; they mirror the grammar's tokens. */
  public enum Kind {
    NUMBER,
    FLOAT,
    SIZE,
    DURATION,
    NAME,
    IPV4,
    IPV6,
    STRING,
    HEX,
    STAR,
    KEYWORD,
    OTHER
  }

  public boolean isWord(String... words) {
    for (String w : words) {
      if (text.equalsIgnoreCase(w)) {
        return true;
      }
    }
    return false;
  }
}
