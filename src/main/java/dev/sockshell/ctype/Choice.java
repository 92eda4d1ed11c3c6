package dev.sockshell.ctype;

/** A completion candidate for a value: the word, the group it is listed under, a description. */
public record Choice(String value, String group, String description) {}
