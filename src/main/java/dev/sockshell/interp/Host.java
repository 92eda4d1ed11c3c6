package dev.sockshell.interp;

import dev.sockshell.command.Command;
import dev.sockshell.event.EventSink;
import dev.sockshell.text.Text;

/**
 * The commands that drive other commands or the terminal (source, record, lessons) are carried out
 * by whoever runs the interpreter: the console or the script runner.
 */
public interface Host {
  void source(String path, EventSink out);

  void record(Command.Record r, EventSink out);

  void lessons(EventSink out);

  /** export c FILE: writes the session's calls so far as a C program. */
  void export(Command.Export e, EventSink out);

  void lesson(Command.Lesson l, EventSink out);

  /** A host for places that have none of these (tests, one-off runs). */
  Host NONE =
      new Host() {
        @Override
        public void source(String path, EventSink out) {
          throw new dev.sockshell.error.UsageError(Text.get("host.noSource"));
        }

        @Override
        public void record(Command.Record r, EventSink out) {
          throw new dev.sockshell.error.UsageError(Text.get("host.noRecord"));
        }

        @Override
        public void export(Command.Export e, EventSink out) {
          throw new dev.sockshell.error.UsageError(Text.get("host.noExport"));
        }

        @Override
        public void lessons(EventSink out) {
          throw new dev.sockshell.error.UsageError(Text.get("host.noLessons"));
        }

        @Override
        public void lesson(Command.Lesson l, EventSink out) {
          throw new dev.sockshell.error.UsageError(Text.get("host.noLessons"));
        }
      };
}
