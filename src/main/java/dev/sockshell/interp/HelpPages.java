package dev.sockshell.interp;

import dev.sockshell.catalogue.Level;
import dev.sockshell.catalogue.OptionCatalogue;
import dev.sockshell.catalogue.SockOption;
import dev.sockshell.command.CommandTable;
import dev.sockshell.text.Suggest;
import dev.sockshell.text.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** help, help COMMAND and help OPTION, from the message bundle and the option catalogue. */
public final class HelpPages {
  private HelpPages() {}

  /** Lines of the form SYNTAX, tab, TEXT as two columns, the second starting where all fit. */
  static String aligned(String text) {
    List<String> lines = text.lines().toList();
    int width = 0;
    for (String l : lines) {
      int tab = l.indexOf('\t');
      if (tab >= 0) {
        width = Math.max(width, tab);
      }
    }
    StringBuilder b = new StringBuilder();
    for (String l : lines) {
      int tab = l.indexOf('\t');
      b.append(
          tab < 0 ? l : l.substring(0, tab) + " ".repeat(width - tab + 2) + l.substring(tab + 1));
      b.append('\n');
    }
    return b.toString().stripTrailing();
  }

  static String page(String topic, KernelDefaults defaults) {
    if (topic == null) {
      return aligned(Text.get("help.map"));
    }
    String lower = topic.toLowerCase(Locale.ROOT);
    if (CommandTable.byName(lower).isPresent()) {
      return Text.get("help." + lower);
    }
    var option = OptionCatalogue.get().byName(topic);
    if (option.isPresent()) {
      return optionPage(option.get(), defaults);
    }
    var level = Level.byName(topic);
    if (level.isPresent()) {
      return levelPage(level.get());
    }
    List<String> all = new ArrayList<>(CommandTable.names());
    all.addAll(OptionCatalogue.get().names());
    String near = Suggest.nearest(topic, all);
    return Text.get("help.unknown", topic, near != null ? "; did you mean " + near + "?" : "");
  }

  static String optionPage(SockOption o, KernelDefaults defaults) {
    StringBuilder b = new StringBuilder();
    b.append(o.name()).append(" \u2014 ").append(o.doc()).append('\n');
    b.append("  level:   ").append(o.level()).append(" (").append(o.level().number()).append(")");
    b.append(", optname ").append(o.number()).append(" on Linux\n");
    b.append("  C type:  ")
        .append(o.type().cName())
        .append(", ")
        .append(Text.get("access." + o.access().name().toLowerCase(java.util.Locale.ROOT)))
        .append('\n');
    if (o.canSet()) {
      b.append("  value:   ").append(o.type().syntax()).append('\n');
    }
    String who = OptionOps.describe(o);
    b.append("  for:     ").append(who).append(" sockets");
    if (!who.equals("all")) {
      b.append(
          o.refuseElsewhere()
              ? "; sockshell refuses it on others before the call"
              : "; on others the kernel judges (the call is made and its errno shown)");
    }
    b.append('\n');
    String defaultValue = defaults.summary(o);
    if (defaultValue != null) {
      b.append("  default: ").append(defaultValue).append(" (this kernel, a new socket)\n");
    }
    if (!o.aliases().isEmpty()) {
      b.append("  also:    ").append(String.join(", ", o.aliases())).append('\n');
    }
    b.append('\n').append(o.help());
    return b.toString();
  }

  private static String levelPage(Level level) {
    StringBuilder b = new StringBuilder();
    b.append(level).append(" (level ").append(level.number()).append("):\n");
    for (SockOption o : OptionCatalogue.get().inLevel(level)) {
      b.append(String.format(Locale.ROOT, "  %-26s %s%n", o.name(), o.doc()));
    }
    return b.toString().stripTrailing();
  }
}
