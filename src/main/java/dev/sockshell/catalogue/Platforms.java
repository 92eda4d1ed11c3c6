package dev.sockshell.catalogue;

import dev.sockshell.text.Words;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One table per platform, all of one shape: the option numbers its headers give, why it lacks an
 * option, and where its C type or struct differs from Linux's. Help shows every platform from these
 * tables alone; a fifth platform is a table here and its words in the bundles. Linux's numbers are
 * the catalogue's rows themselves (the ones used at run time); Windows' table is {@link Winsock},
 * FreeBSD's and macOS' are {@link Bsd}; each is checked against its headers by a test.
 */
public final class Platforms {
  private Platforms() {}

  /**
   * A platform's table.
   *
   * @param id the prefix of its words in the bundles: {@code ID.lacks} (generic), {@code
   *     ID.lacks.NAME} (why it lacks NAME, or what it has instead), {@code ID.note.NAME} (where its
   *     type or struct differs)
   * @param name as help shows it: Linux, Windows, FreeBSD, macOS
   */
  public record Table(String id, String name, Map<String, OptionNumbers> options) {
    public Optional<OptionNumbers> of(SockOption o) {
      return Optional.ofNullable(options.get(o.name()));
    }

    /** Why it has no such option, or what it has instead. */
    public Words lacks(SockOption o) {
      Words why = Words.ifKnown(id + ".lacks." + o.name());
      return why != null ? why : Words.of(id + ".lacks", o.name());
    }

    /** Where its C type or struct differs from Linux's for this option, or null. */
    public Words note(SockOption o) {
      return Words.ifKnown(id + ".note." + o.name());
    }
  }

  public static final Table WINDOWS = new Table("winsock", "Windows", Winsock.all());
  public static final Table FREEBSD = new Table("freebsd", "FreeBSD", Bsd.FREEBSD);
  public static final Table MACOS = new Table("macos", "macOS", Bsd.MACOS);

  /** The platforms besides Linux, in the order help shows them. */
  public static List<Table> others() {
    return List.of(WINDOWS, FREEBSD, MACOS);
  }
}
