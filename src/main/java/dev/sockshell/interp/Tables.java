package dev.sockshell.interp;

import dev.sockshell.catalogue.Level;
import dev.sockshell.catalogue.OptionCatalogue;
import dev.sockshell.catalogue.SockOption;
import dev.sockshell.event.Event;
import dev.sockshell.session.SessionSocket;
import dev.sockshell.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The ls and options tables, as rows for any renderer. */
final class Tables {
  private Tables() {}

  static Event.Table sessionTable(List<SessionSocket> all, SessionSocket current) {
    List<List<Words>> rows = new ArrayList<>();
    rows.add(header("table.ls", 11));
    for (SessionSocket s : all) {
      rows.add(
          List.of(
              Words.literal(s == current ? "*" : ""),
              Words.literal(s.id()),
              Words.literal(s.name() == null ? "" : s.name()),
              Words.literal(s.kind()),
              Words.literal(Integer.toString(s.fd())),
              Words.of("state." + s.state().name().toLowerCase(Locale.ROOT)),
              Words.literal(s.local() == null ? "-" : s.local().toString()),
              s.peer() != null
                  ? Words.literal(s.peer().toString())
                  : s.lastFrom() != null
                      ? Words.of("ls.lastFrom", String.valueOf(s.lastFrom()))
                      : Words.literal("-"),
              Words.literal(
                  s.groups().isEmpty() ? "-" : dev.sockshell.model.Group.words(s.groups())),
              Words.literal(Long.toString(s.bytesIn())),
              Words.literal(Long.toString(s.bytesOut()))));
    }
    return new Event.Table(rows);
  }

  /** "udp/ipv4", with * where other sockets are left to the kernel to judge. */
  private static Words forWhom(SockOption o) {
    String scope = o.scope().toLowerCase(Locale.ROOT);
    String star = o.refuseElsewhere() ? "" : "*";
    return scope.isEmpty()
        ? Words.shown(() -> Words.of("options.all").text() + star)
        : Words.literal(scope + star);
  }

  /** A header row: the message {@code key} is its column names, comma-separated. */
  private static List<Words> header(String key, int columns) {
    List<Words> row = new ArrayList<>();
    for (int i = 0; i < columns; i++) {
      int column = i;
      row.add(Words.shown(() -> Words.of(key).text().split(",", -1)[column]));
    }
    return row;
  }

  /**
   * The catalogue: of one level, or every option, or the chapter's four tables only; the table
   * column names the chapter's table an option is in (9-1 to 9-4).
   */
  static Event.Table catalogue(Level level, boolean chapterOnly) {
    List<List<Words>> rows = new ArrayList<>();
    rows.add(header("table.options", 7));
    for (SockOption o : OptionCatalogue.get().all()) {
      boolean chapter = o.has(dev.sockshell.catalogue.Trait.CHAPTER);
      if ((level == null || o.level() == level) && (chapter || !chapterOnly)) {
        rows.add(
            List.of(
                Words.literal(o.level().name()),
                Words.literal(o.name()),
                Words.literal(chapter ? "9-" + (o.level().ordinal() + 1) : ""),
                Words.literal(o.type().cName()),
                Words.of("access." + o.access().name().toLowerCase(Locale.ROOT)),
                forWhom(o),
                Words.shown(o::doc)));
      }
    }
    return new Event.Table(rows);
  }
}
