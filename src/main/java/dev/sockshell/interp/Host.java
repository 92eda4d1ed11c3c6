package dev.sockshell.interp;

import dev.sockshell.command.Command;
import dev.sockshell.error.UsageError;
import dev.sockshell.event.EventSink;
import dev.sockshell.text.Words;

/**
 * The front end that runs the lines (the prompt, a script, check), which carries out the
 * directives: they read files, write files and drive the terminal, none of which the interpreter
 * knows about. The interpreter hands a directive here, in order with the other commands, so that
 * {@code time} and failures treat it like any other command.
 */
public interface Host {
  void carryOut(Command.Directive d, EventSink out);

  /**
   * What sees every event of the commands run in the foreground, whatever the feedback mode (the C
   * export listens here), or null.
   */
  default EventSink tap() {
    return null;
  }

  /** A host for places that have none (tests of pure logic): every directive is refused. */
  Host NONE =
      (d, out) -> {
        throw new UsageError(
            Words.of(
                switch (d) {
                  case Command.Source s -> "host.noSource";
                  case Command.Record r -> "host.noRecord";
                  case Command.Export e -> "host.noExport";
                  case Command.Lessons l -> "host.noLessons";
                  case Command.Lesson l -> "host.noLessons";
                  case Command.Doctor l -> "host.noDoctor";
                }));
      };
}
