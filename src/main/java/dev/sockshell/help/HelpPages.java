package dev.sockshell.help;

import dev.sockshell.catalogue.Level;
import dev.sockshell.catalogue.OptionCatalogue;
import dev.sockshell.catalogue.Platforms;
import dev.sockshell.catalogue.SockOption;
import dev.sockshell.catalogue.Winsock;
import dev.sockshell.command.CommandTable;
import dev.sockshell.ctype.CCall;
import dev.sockshell.ctype.CodecEnv;
import dev.sockshell.ctype.Examples;
import dev.sockshell.ctype.Platform;
import dev.sockshell.kernel.KernelDefaults;
import dev.sockshell.text.Suggest;
import dev.sockshell.text.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** help, help COMMAND and help OPTION, from the message bundle and the option catalogue. */
public final class HelpPages {
  private HelpPages() {}

  /** Lines of the form SYNTAX, tab, TEXT as two columns, the second starting where all fit. */
  public static String aligned(String text) {
    List<String> lines = text.lines().toList();
    int width = 0;
    for (String l : lines) {
      int tab = l.indexOf('\t');
      if (tab >= 0) {
        width = Math.max(width, dev.sockshell.text.Width.of(l.substring(0, tab)));
      }
    }
    StringBuilder b = new StringBuilder();
    for (String l : lines) {
      int tab = l.indexOf('\t');
      b.append(
          tab < 0
              ? l
              : l.substring(0, tab)
                  + " ".repeat(width - dev.sockshell.text.Width.of(l.substring(0, tab)) + 2)
                  + l.substring(tab + 1));
      b.append('\n');
    }
    return b.toString().stripTrailing();
  }

  /**
   * The multicast routing options of raw sockets that {@code lab mroute} sets in the routers: not
   * in the catalogue (whose options are those of datagram and stream sockets), but documented.
   */
  public static final List<String> MROUTE =
      List.of(
          "MRT_INIT", "MRT_ADD_VIF", "MRT_ADD_MFC", "MRT6_INIT", "MRT6_ADD_MIF", "MRT6_ADD_MFC");

  public static String page(String topic, KernelDefaults defaults) {
    if (topic == null) {
      return aligned(Text.get("help.map"));
    }
    String lower = topic.toLowerCase(Locale.ROOT);
    if (CommandTable.byName(lower).isPresent()) {
      return Text.get("help." + lower);
    }
    int space = lower.indexOf(' ');
    if (space > 0 && CommandTable.byName(lower.substring(0, space)).isPresent()) {
      return Text.get("help." + lower.substring(0, space)); // help set encoding: the set page
    }
    var option = OptionCatalogue.get().byName(topic);
    if (option.isPresent()) {
      return optionPage(option.get(), defaults);
    }
    var level = Level.byName(topic);
    if (level.isPresent()) {
      return levelPage(level.get());
    }
    String upper = topic.toUpperCase(Locale.ROOT);
    if (MROUTE.contains(upper)) { // the raw-socket options the lab's routers are given
      return Text.get("help.mroute." + upper);
    }
    List<String> all = new ArrayList<>(CommandTable.names());
    all.addAll(MROUTE);
    all.addAll(OptionCatalogue.get().names());
    String near = Suggest.nearest(topic, all);
    return Text.get(
        "help.unknown", topic, near != null ? "; " + Text.get("hint.didYouMean", near) : "");
  }

  public static String optionPage(SockOption o, KernelDefaults defaults) {
    StringBuilder b = new StringBuilder();
    b.append(o.name()).append(" \u2014 ").append(o.doc()).append('\n');
    b.append(
            Text.get(
                "page.level",
                o.level().name(),
                String.valueOf(o.level().number()),
                String.valueOf(o.number())))
        .append('\n');
    b.append(
            Text.get(
                "page.type",
                o.type().cName(),
                Text.get("access." + o.access().name().toLowerCase(java.util.Locale.ROOT))))
        .append('\n');
    if (o.canSet()) {
      b.append(Text.get("page.value", o.type().syntax())).append('\n');
    }
    boolean all = o.scope().isEmpty();
    String who = o.forWhom().text();
    b.append(
            Text.get(
                all ? "page.forAll" : o.refuseElsewhere() ? "page.forRefused" : "page.forJudged",
                who))
        .append('\n');
    if (o.has(dev.sockshell.catalogue.Trait.PRIVILEGED)) {
      b.append(Text.get("page.privileged")).append('\n');
    }
    String defaultValue = defaults.summary(o);
    if (defaultValue != null) {
      b.append(Text.get("page.default", defaultValue)).append('\n');
    }
    if (!o.aliases().isEmpty()) {
      b.append(Text.get("page.also", String.join(", ", o.aliases()))).append('\n');
    }
    b.append(platforms(o));
    b.append('\n').append(o.help());
    b.append('\n').append(cLines(o, defaults.env()));
    return b.toString();
  }

  /**
   * How each other platform numbers the option (or why it lacks it), and where its type or struct
   * differs: from the platform tables alone.
   */
  public static String platforms(SockOption o) {
    StringBuilder b = new StringBuilder();
    for (Platforms.Table p : Platforms.others()) {
      String label = String.format(Locale.ROOT, "%-8s", p.name() + ":");
      b.append(
              p.of(o)
                  .map(n -> Text.get("page.platform", label, n.level(), n.name(), n.numbers()))
                  .orElseGet(() -> Text.get("page.noPlatform", label, p.lacks(o).text())))
          .append('\n');
      dev.sockshell.text.Words note = p.of(o).isPresent() ? p.note(o) : null;
      if (note != null) {
        b.append(Text.get("page.platformNote", " ".repeat(label.length()), note.text()))
            .append('\n');
      }
    }
    return b.toString();
  }

  /**
   * The call in C on Linux and on Windows, written by the option's C type from an example value
   * (the option's own, else its type's): the same code {@code export c} writes.
   */
  public static String cLines(SockOption o, CodecEnv env) {
    byte[] value =
        o.canSet()
            ? Examples.bytes(o.type(), o.examples().isEmpty() ? null : o.examples().get(0), env)
            : null;
    StringBuilder b = new StringBuilder();
    for (Platform p : Platform.values()) {
      String label = p == Platform.LINUX ? "Linux:   " : "Windows: ";
      var windows = Winsock.of(o);
      if (p == Platform.WINSOCK && windows.isEmpty()) {
        b.append(label).append(Text.get("page.cNone", o.name())).append('\n');
        continue;
      }
      String level = p == Platform.LINUX ? o.level().name() : windows.get().level();
      List<String> code = CCall.example(p, level, o.name(), o.type(), value);
      if (code.isEmpty()) {
        code = List.of("/* " + o.type().c(p).missing() + " */");
      }
      String indent = " ".repeat(label.length());
      b.append(label).append(String.join("\n" + indent, code)).append('\n');
    }
    return b.toString().stripTrailing();
  }

  private static String levelPage(Level level) {
    StringBuilder b = new StringBuilder();
    b.append(Text.get("page.levelHead", level.name(), String.valueOf(level.number()))).append('\n');
    for (SockOption o : OptionCatalogue.get().inLevel(level)) {
      b.append(String.format(Locale.ROOT, "  %-26s %s%n", o.name(), o.doc()));
    }
    return b.toString().stripTrailing();
  }
}
