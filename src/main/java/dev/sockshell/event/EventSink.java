package dev.sockshell.event;

/** Where the interpreter puts what it produces. */
@FunctionalInterface
public interface EventSink {
  void emit(Event e);
}
