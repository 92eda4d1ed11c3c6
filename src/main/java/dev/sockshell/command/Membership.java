package dev.sockshell.command;

import dev.sockshell.model.Atom;

/** join/leave arguments: a group, the interface (address, name or index), and a source. */
public record Membership(Atom group, Atom iface, Atom source) {}
