package dev.sockshell.command;

import dev.sockshell.text.Text;
import java.util.List;
import java.util.Optional;

/**
 * The command table, keyed on the command records: every command's name, whether a recording keeps
 * it (replayable), and its help text (help.NAME in the message bundle, whose first line is the
 * syntax). Help, completion and recording read it.
 */
public final class CommandTable {
  /**
   * One entry of the table: the command's name, whether a recording keeps it (replayable), and the
   * records the parser makes for it; help.NAME in the message bundle is its help, whose first line
   * is the syntax.
   */
  public record Entry(String name, boolean replayable, List<Class<? extends Command>> types) {
    /** The syntax line, e.g. {@code bind [SOCK] ADDR PORT}. */
    public String syntax() {
      return help().lines().findFirst().orElse(name);
    }

    public String help() {
      return Text.get("help." + name);
    }
  }

  private static Entry entry(String name, boolean replayable, Class<? extends Command>... types) {
    return new Entry(name, replayable, List.of(types));
  }

  public static final List<Entry> ALL =
      List.of(
          entry("open", true, Command.Open.class),
          entry("use", true, Command.Use.class),
          entry("bind", true, Command.Bind.class),
          entry("listen", true, Command.Listen.class),
          entry("accept", true, Command.Accept.class),
          entry("connect", true, Command.Connect.class),
          entry("send", true, Command.Send.class),
          entry("reply", true, Command.Reply.class),
          entry("bench", true, Command.Bench.class),
          entry("lab", false, Command.Lab.class),
          entry("recv", true, Command.Recv.class),
          entry("setopt", true, Command.SetOpt.class),
          entry("getopt", true, Command.GetOpt.class),
          entry("join", true, Command.Join.class),
          entry("leave", true, Command.Leave.class),
          entry("shutdown", true, Command.Shutdown.class),
          entry("close", true, Command.Close.class),
          entry("watch", true, Command.Watch.class),
          entry("unwatch", true, Command.Unwatch.class),
          entry("ls", false, Command.Ls.class),
          entry("options", false, Command.Options.class),
          entry(
              "set",
              true,
              Command.SetFeedback.class,
              Command.SetLang.class,
              Command.SetEncoding.class),
          entry("expect", true, Command.Expect.class),
          entry("sleep", true, Command.Sleep.class),
          entry("time", true, Command.Time.class),
          entry("source", true, Command.Source.class),
          entry("record", false, Command.Record.class),
          entry("export", false, Command.Export.class),
          entry("lessons", false, Command.Lessons.class),
          entry("lesson", false, Command.Lesson.class),
          entry("doctor", false, Command.Doctor.class),
          entry("help", false, Command.Help.class),
          entry("quit", false, Command.Quit.class),
          entry("exit", false));

  /** The entry of a parsed command, by its record type. */
  public static Entry of(Command c) {
    return ALL.stream()
        .filter(e -> e.types().contains(c.getClass()))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no table entry for " + c.getClass()));
  }

  private CommandTable() {}

  public static List<String> names() {
    return ALL.stream().map(Entry::name).toList();
  }

  public static Optional<Entry> byName(String name) {
    return ALL.stream().filter(e -> e.name().equals(name)).findFirst();
  }
}
