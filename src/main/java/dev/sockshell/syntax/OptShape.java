package dev.sockshell.syntax;

import dev.sockshell.catalogue.Level;
import dev.sockshell.catalogue.OptionCatalogue;
import dev.sockshell.catalogue.SockOption;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * How the words of setopt, getopt and expect fall into {@code [SOCK] [LEVEL] OPTION VALUE…}. The
 * parser, the completion and the status bar all read them here: the parser strictly (OptArgs adds
 * the errors, numbers and {@code all}), the other two leniently, on a half-typed line.
 *
 * @param sock the socket word, or null
 * @param level the level given, or null
 * @param option the option named, or null
 * @param valueAt the index of the first word after the option (or after what was read)
 */
public record OptShape(String sock, Level level, SockOption option, int valueAt) {

  /**
   * Reads {@code words}; {@code isSocket} says whether the first word names a socket (the prompt
   * knows the live ones; the parser goes by {@link #socketWord}).
   */
  public static OptShape read(List<String> words, Predicate<String> isSocket) {
    int i = 0;
    String sock = null;
    if (i < words.size() && isSocket.test(words.get(i))) {
      sock = words.get(i++);
    }
    Level level = null;
    if (i < words.size()) {
      Optional<Level> l = Level.byName(words.get(i));
      if (l.isPresent()) {
        level = l.get();
        i++;
      }
    }
    SockOption option = null;
    if (i < words.size()) {
      Optional<SockOption> o = OptionCatalogue.get().byName(words.get(i));
      if (o.isPresent()) {
        option = o.get();
        i++;
      }
    }
    return new OptShape(sock, level, option, i);
  }

  /**
   * Whether a word can only be a socket's name: not a level, not an option (nor a word that looks
   * like one or is close to one, which is more likely a typo of an option).
   */
  /**
   * Refuses a name {@code open … as} would make ambiguous: an automatic id (s3), an option or
   * something like one, a level.
   */
  static void checkSocketName(String name, int col) {
    if (name.matches("s[0-9]+")) {
      throw new dev.sockshell.error.UsageError(dev.sockshell.text.Text.get("name.auto", name), col);
    }
    if (OptArgs.isOptionLike(name) || Level.byName(name).isPresent()) {
      throw new dev.sockshell.error.UsageError(
          dev.sockshell.text.Text.get("name.taken", name), col);
    }
  }

  public static boolean socketWord(String word) {
    return Level.byName(word).isEmpty()
        && !OptArgs.isOptionLike(word)
        && OptionCatalogue.get().suggest(word) == null;
  }
}
