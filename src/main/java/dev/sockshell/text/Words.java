package dev.sockshell.text;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/**
 * Words not yet written: what a fact, an error or a hint says, put into the language of the moment
 * it is shown (not of the moment it was made). The core makes these; only a renderer, a help page
 * or a front end turns them into text (with {@link #text()}). A test looks at the key and its
 * arguments ({@link Message}), never at English sentences.
 */
public sealed interface Words {
  /** The words in the language of the thread that shows them. */
  String text();

  /** A message of the bundle; arguments that are Words are worded too. */
  static Words of(String key, Object... args) {
    return new Message(key, Collections.unmodifiableList(Arrays.asList(args.clone())));
  }

  /** The message {@code key} if the bundles have it (hints exist for some cases only), or null. */
  static Words ifKnown(String key) {
    return Text.has(key) ? of(key) : null;
  }

  /** Words made by code when shown, e.g. a C type showing a value. */
  static Words shown(Supplier<String> words) {
    return new Shown(words);
  }

  /** Text that is the same in every language (a number, a name, the user's own input). */
  static Words literal(String text) {
    return new Literal(text);
  }

  /**
   * The user's word as a message repeats it: at most {@link Text#CLIP} characters, then "…" and how
   * long it was.
   */
  static Words clipped(String typed) {
    if (typed.length() <= Text.CLIP) {
      return literal(typed);
    }
    int end = Text.CLIP;
    if (Character.isHighSurrogate(typed.charAt(end - 1))) {
      end--;
    }
    return of("typed.clipped", typed.substring(0, end), String.valueOf(typed.length()));
  }

  /** Several words, a line each (a drawing, its legend and a tip). */
  static Words lines(java.util.List<Words> lines) {
    return new Lines(java.util.List.copyOf(lines));
  }

  /** The text of {@code w}, or null for null. */
  static String text(Words w) {
    return w == null ? null : w.text();
  }

  /** A message key of the bundles and what fills its {0}, {1} …. */
  record Message(String key, List<Object> args) implements Words {
    @Override
    public String text() {
      Object[] shown = null; // copied only when a word is worded (a replay words many messages)
      for (int i = 0; i < args.size(); i++) {
        if (args.get(i) instanceof Words w) {
          if (shown == null) {
            shown = args.toArray();
          }
          shown[i] = w.text();
        }
      }
      return Text.get(key, shown != null ? shown : args.toArray());
    }

    /** The argument at {@code i}, as a test reads it. */
    public Object arg(int i) {
      return args.get(i);
    }

    @Override
    public String toString() {
      return text();
    }
  }

  /** Words a line each. */
  record Lines(List<Words> lines) implements Words {
    @Override
    public String text() {
      StringBuilder b = new StringBuilder();
      for (Words w : lines) {
        if (!b.isEmpty()) {
          b.append('\n');
        }
        b.append(w.text());
      }
      return b.toString();
    }

    @Override
    public String toString() {
      return text();
    }
  }

  /** Words a piece of code makes when they are shown. */
  record Shown(Supplier<String> words) implements Words {
    @Override
    public String text() {
      return words.get();
    }

    @Override
    public String toString() {
      return text();
    }
  }

  /** The same text in every language. */
  record Literal(String text) implements Words {
    @Override
    public String toString() {
      return text;
    }
  }
}
