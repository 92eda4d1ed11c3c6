package dev.sockshell.event;

import dev.sockshell.text.Text;
import java.util.List;
import java.util.function.Supplier;

/**
 * Words an event carries, put into the language of the moment they are shown (not of the moment
 * they were made): a message key with its arguments, or what a C type shows of the kernel's bytes.
 */
public interface Words {
  String text();

  /** A message of the bundle; arguments that are Words are worded too. */
  static Words of(String key, Object... args) {
    Object[] copy = List.of(args).toArray(); // no nulls, and no one else's array
    return new Words() {
      @Override
      public String text() {
        Object[] shown = copy;
        for (int i = 0; i < copy.length; i++) {
          if (copy[i] instanceof Words w) {
            if (shown == copy) { // copied only when a word is worded (clone is slow under C1)
              shown = java.util.Arrays.copyOf(copy, copy.length);
            }
            shown[i] = w.text();
          }
        }
        return Text.get(key, shown);
      }

      @Override
      public String toString() {
        return text();
      }
    };
  }

  /** Words made by code when shown, e.g. a C type showing a value. */
  static Words shown(Supplier<String> words) {
    return new Words() {
      @Override
      public String text() {
        return words.get();
      }

      @Override
      public String toString() {
        return text();
      }
    };
  }

  /** Text that is the same in every language (a number, a name). */
  static Words literal(String text) {
    return shown(() -> text);
  }
}
