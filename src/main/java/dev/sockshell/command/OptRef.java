package dev.sockshell.command;

import dev.sockshell.catalogue.Level;
import dev.sockshell.catalogue.SockOption;

/**
 * The option a setopt/getopt names: a catalogue entry, or raw numbers for an option the catalogue
 * does not know ({@code option} null), so no experiment is ever out of reach.
 *
 * <p>{@code meant} is an option named at a level not its own ({@code setopt IPPROTO_UDP
 * SO_OOBINLINE 1}): the call is made with the numbers C would pass (that level, the option's
 * number), so {@code option} is whatever the catalogue knows at those numbers, or null. The value
 * is still written in {@code meant}'s C type, as the C program would.
 */
public record OptRef(SockOption option, int level, int number, int column, SockOption meant) {

  public OptRef(SockOption option, int level, int number, int column) {
    this(option, level, number, column, null);
  }

  public static OptRef of(SockOption o, int column) {
    return new OptRef(o, o.level().number(), o.number(), column);
  }

  /** {@code meant} named at {@code level}: the numbers C passes, the option they are (if any). */
  public static OptRef atLevel(SockOption meant, int level, SockOption there, int column) {
    return new OptRef(there, level, meant.number(), column, meant);
  }

  /** The level as C code names it: its constant, or its number. */
  public String levelName() {
    return Level.byNumber(level).map(Level::name).orElse(Integer.toString(level));
  }

  public String displayName() {
    if (option != null) {
      return option.name();
    }
    return meant != null
        ? "(" + levelName() + ", " + meant.name() + ")"
        : "option " + level + "/" + number;
  }
}
