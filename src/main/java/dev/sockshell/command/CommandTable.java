package dev.sockshell.command;

import dev.sockshell.text.Text;
import java.util.List;
import java.util.Optional;

/**
 * The command table: every command's name, whether a recording keeps it (replayable), and its help
 * text (help.NAME in the message bundle, whose first line is the syntax). Help, completion and
 * recording read it.
 */
public final class CommandTable {
  /** One entry of the table. */
  public record Entry(String name, boolean replayable) {
    /** The syntax line, e.g. {@code bind [SOCK] ADDR PORT}. */
    public String syntax() {
      return help().lines().findFirst().orElse(name);
    }

    public String help() {
      return Text.get("help." + name);
    }
  }

  public static final List<Entry> ALL =
      List.of(
          new Entry("open", true),
          new Entry("use", true),
          new Entry("bind", true),
          new Entry("listen", true),
          new Entry("accept", true),
          new Entry("connect", true),
          new Entry("send", true),
          new Entry("recv", true),
          new Entry("setopt", true),
          new Entry("getopt", true),
          new Entry("join", true),
          new Entry("leave", true),
          new Entry("shutdown", true),
          new Entry("close", true),
          new Entry("watch", true),
          new Entry("unwatch", true),
          new Entry("ls", false),
          new Entry("options", false),
          new Entry("set", true),
          new Entry("expect", true),
          new Entry("sleep", true),
          new Entry("time", true),
          new Entry("source", true),
          new Entry("record", false),
          new Entry("export", false),
          new Entry("lessons", false),
          new Entry("lesson", false),
          new Entry("help", false),
          new Entry("quit", false),
          new Entry("exit", false));

  private CommandTable() {}

  public static List<String> names() {
    return ALL.stream().map(Entry::name).toList();
  }

  public static Optional<Entry> byName(String name) {
    return ALL.stream().filter(e -> e.name().equals(name)).findFirst();
  }
}
