package dev.sockshell.interp;

import dev.sockshell.catalogue.Level;
import dev.sockshell.catalogue.OptionCatalogue;
import dev.sockshell.catalogue.SockOption;
import dev.sockshell.event.Event;
import dev.sockshell.session.SessionSocket;
import dev.sockshell.text.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The ls and options tables, as rows for any renderer. */
final class Tables {
  private Tables() {}

  static Event.Table sessionTable(List<SessionSocket> all, SessionSocket current) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of(Text.get("table.ls").split(",", -1)));
    for (SessionSocket s : all) {
      rows.add(
          List.of(
              s == current ? "*" : "",
              s.id(),
              s.name() == null ? "" : s.name(),
              s.kind(),
              Integer.toString(s.fd()),
              Text.get("state." + s.state().name().toLowerCase(Locale.ROOT)),
              s.local() == null ? "-" : s.local().toString(),
              s.peer() != null
                  ? s.peer().toString()
                  : s.lastFrom() != null ? Text.get("ls.lastFrom", s.lastFrom()) : "-",
              s.groups().isEmpty() ? "-" : dev.sockshell.session.Group.words(s.groups()),
              Long.toString(s.bytesIn()),
              Long.toString(s.bytesOut())));
    }
    return new Event.Table(rows);
  }

  /** "udp/ipv4", with * where other sockets are left to the kernel to judge. */
  private static String forWhom(SockOption o) {
    String who = OptionOps.describe(o).toLowerCase(Locale.ROOT);
    if (who.equals("all")) {
      who = Text.get("options.all");
    }
    return o.refuseElsewhere() ? who : who + "*";
  }

  /**
   * The catalogue: of one level, or every option, or the chapter's four tables only; the table
   * column names the chapter's table an option is in (9-1 to 9-4).
   */
  static Event.Table catalogue(Level level, boolean chapterOnly) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of(Text.get("table.options").split(",", -1)));
    for (SockOption o : OptionCatalogue.get().all()) {
      boolean chapter = o.has(dev.sockshell.catalogue.Trait.CHAPTER);
      if ((level == null || o.level() == level) && (chapter || !chapterOnly)) {
        rows.add(
            List.of(
                o.level().name(),
                o.name(),
                chapter ? "9-" + (o.level().ordinal() + 1) : "",
                o.type().cName(),
                Text.get("access." + o.access().name().toLowerCase(Locale.ROOT)),
                forWhom(o),
                o.doc()));
      }
    }
    return new Event.Table(rows);
  }
}
