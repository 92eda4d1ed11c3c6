package dev.sockshell.command;

import dev.sockshell.catalogue.SockOption;

/**
 * The option a setopt/getopt names: a catalogue entry, or raw numbers for an option the catalogue
 * does not know ({@code option} null), so no experiment is ever out of reach.
 */
public record OptRef(SockOption option, int level, int number, int column) {

  public static OptRef of(SockOption o, int column) {
    return new OptRef(o, o.level().number(), o.number(), column);
  }

  public String displayName() {
    return option != null ? option.name() : "option " + level + "/" + number;
  }
}
