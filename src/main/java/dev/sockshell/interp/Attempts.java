package dev.sockshell.interp;

import dev.sockshell.event.Event;

/**
 * The fact the command being run is about to make true, kept until the kernel answers: when it
 * refuses, the Failure carries it, so that the C export can make the same call and see the same
 * error. One per interpreter; commands run one at a time.
 */
final class Attempts {
  private Event.Fact pending;

  void about(Event.Fact fact) {
    pending = fact;
  }

  /** The pending fact, once. */
  Event.Fact take() {
    Event.Fact f = pending;
    pending = null;
    return f;
  }
}
