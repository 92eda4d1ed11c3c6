package dev.sockshell.catalogue;

import dev.sockshell.ctype.CType;
import dev.sockshell.model.Family;
import dev.sockshell.model.Proto;
import java.util.List;
import java.util.Set;

/**
 * One socket option as the catalogue knows it.
 *
 * @param families the families the option is meant for
 * @param protos the socket types it is meant for
 * @param refuseElsewhere true when sockshell refuses it on other sockets before the syscall; false
 *     when the kernel is the better judge and the call is made anyway
 * @param traits what sockshell does differently for it
 */
public record SockOption(
    Level level,
    String name,
    int number,
    CType type,
    Access access,
    Set<Family> families,
    Set<Proto> protos,
    boolean refuseElsewhere,
    List<String> aliases,
    Set<Trait> traits) {

  /**
   * Values completion offers first (64k for a buffer size), from the option's words: looked up when
   * asked, not when the catalogue is made at start-up.
   */
  public List<String> examples() {
    return dev.sockshell.text.Text.hasOption(name, "examples")
        ? List.of(dev.sockshell.text.Text.option(name, "examples").split(" "))
        : List.of();
  }

  /** What a program may do with the option; its words are access.* in the bundle. */
  public enum Access {
    GET_SET,
    SET_ONLY,
    GET_ONLY
  }

  /** One line for lists and completion, in the current language. */
  public String doc() {
    return dev.sockshell.text.Text.option(name, "doc");
  }

  /** The longer text of {@code help OPTION}, in the current language. */
  public String help() {
    return dev.sockshell.text.Text.option(name, "help");
  }

  public boolean has(Trait t) {
    return traits.contains(t);
  }

  public boolean canGet() {
    return access != Access.SET_ONLY;
  }

  public boolean canSet() {
    return access != Access.GET_ONLY;
  }

  public boolean appliesTo(Family family, Proto proto) {
    return families.contains(family) && protos.contains(proto);
  }

  /** Which sockets it is for, as a message says it: "UDP/IPv4", "TCP", or "all". */
  public dev.sockshell.text.Words forWhom() {
    String scope = scope();
    return scope.isEmpty()
        ? dev.sockshell.text.Words.of("options.all")
        : dev.sockshell.text.Words.literal(scope);
  }

  /** Which sockets it is for: "UDP/IPv4", "TCP", or "" for every socket. */
  public String scope() {
    StringBuilder b = new StringBuilder();
    if (has(Trait.RAW_ONLY)) {
      b.append("RAW");
    }
    if (protos().size() == 1) {
      b.append(protos().iterator().next().name());
    }
    if (families().size() == 1) {
      if (!b.isEmpty()) {
        b.append('/');
      }
      b.append(families().iterator().next() == dev.sockshell.model.Family.IPV6 ? "IPv6" : "IPv4");
    }
    return b.toString();
  }
}
