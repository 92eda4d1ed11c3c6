package dev.sockshell.command;

import dev.sockshell.model.Atom;
import java.util.List;

/** What an {@code expect} line states; the interpreter checks it against the kernel. */
public sealed interface Expectation {

  /** The previous command failed with this errno name (or number, or "any" failure). */
  record ErrorIs(String errno) implements Expectation {}

  /** The socket receives exactly these bytes (within the timeout). */
  record Receives(SockRef sock, Payload payload, Long timeoutMicros) implements Expectation {}

  /** The socket receives nothing for the timeout (default 500 ms). */
  record Nothing(SockRef sock, Long timeoutMicros) implements Expectation {}

  /** A line of the previous command's output equals the text, or matches it as a regex. */
  record Output(String text, boolean regex) implements Expectation {}

  /** This machine has the interface (a lesson's precondition, e.g. the IPv6 lab's veth0). */
  record Interface(String name) implements Expectation {}

  /** getsockopt of the option gives this value. */
  record Value(SockRef sock, OptRef option, List<Atom> value) implements Expectation {
    public Value {
      value = List.copyOf(value);
    }
  }
}
