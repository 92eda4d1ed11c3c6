package dev.sockshell.command;

/** A socket named on the line (s1, or a name given with {@code open … as NAME}). */
public record SockRef(String name, int column) {}
