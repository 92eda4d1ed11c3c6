package dev.sockshell;

import dev.sockshell.text.Text;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The process's own flags and subcommands, described to picocli without reflection, in the language
 * chosen (flag.* in the message bundles).
 */
final class Flags {
  private Flags() {}

  /** The subcommands' names. */
  static final List<String> SUBCOMMANDS = List.of("check", "play", "doctor");

  /**
   * Whether parsing {@code args} may need the subcommands described: a word is one's name, or may
   * ask for the usage text (which lists them).
   */
  static boolean needsAll(String[] args) {
    for (String a : args) {
      if (SUBCOMMANDS.contains(a) || a.startsWith("-h") || a.startsWith("--h")) {
        return true;
      }
      if (a.startsWith("-") && !a.startsWith("--") && a.indexOf('h') > 0) {
        return true; // -kh: a cluster of short flags
      }
    }
    return false;
  }

  /** The command line; with its subcommands when {@code all}. */
  static CommandSpec spec(boolean all) {
    CommandSpec spec = CommandSpec.create().name("sockshell").version("sockshell " + Main.VERSION);
    words(spec).description(Text.get("flag.about").split("\n"));
    spec.addOption(flag("COMMANDS", "flag.command", "-c", "--command"));
    spec.addOption(flag("FILE", "flag.init", "-i", "--init"));
    spec.addOption(timeout());
    spec.addOption(OptionSpec.builder("--no-color").description(Text.get("flag.noColor")).build());
    spec.addOption(
        OptionSpec.builder("-k", "--keep-going").description(Text.get("flag.keepGoing")).build());
    spec.addOption(
        OptionSpec.builder("--sandbox").description(Text.get("flag.sandboxRun")).build());
    spec.addOption(
        OptionSpec.builder("--private-net").description(Text.get("flag.privateNet")).build());
    spec.addOption(lang());
    spec.addOption(OptionSpec.builder("--debug").description(Text.get("flag.debug")).build());
    spec.addOption(help());
    spec.addOption(
        OptionSpec.builder("-V", "--version")
            .versionHelp(true)
            .description(Text.get("flag.version"))
            .build());
    spec.addPositional(positional("FILE", "0..1", String.class, "flag.file"));
    if (all) {
      spec.addSubcommand("check", check());
      spec.addSubcommand("play", play());
      spec.addSubcommand("doctor", doctor());
    }
    return spec;
  }

  /**
   * The usage text's headings in the language chosen, and no line breaking of picocli's own: it
   * breaks Korean inside words (between any two syllables), so the text is laid out unbroken and
   * fitted to the window at spaces afterwards ({@link dev.sockshell.text.Wrap}).
   */
  private static picocli.CommandLine.Model.UsageMessageSpec words(CommandSpec spec) {
    return spec.usageMessage()
        .synopsisHeading(Text.get("flag.usageHeading"))
        .commandListHeading(Text.get("flag.commandsHeading"))
        .width(UNBROKEN);
  }

  /** Wide enough that picocli breaks no line of ours. */
  static final int UNBROKEN = 1000;

  private static OptionSpec flag(String label, String key, String... names) {
    return OptionSpec.builder(names)
        .paramLabel(label)
        .type(String.class)
        .description(Text.get(key))
        .build();
  }

  private static PositionalParamSpec positional(
      String label, String arity, Class<?> type, String key) {
    PositionalParamSpec.Builder b =
        PositionalParamSpec.builder()
            .paramLabel(label)
            .arity(arity)
            .type(type)
            .description(Text.get(key));
    if (type == List.class) {
      b.auxiliaryTypes(String.class);
    }
    return b.build();
  }

  private static OptionSpec help() {
    return OptionSpec.builder("-h", "--help")
        .usageHelp(true)
        .description(Text.get("flag.help"))
        .build();
  }

  private static OptionSpec lang() {
    return flag("ko|en", "flag.lang", "--lang");
  }

  private static OptionSpec timeout() {
    return flag("DURATION", "flag.timeout", "--timeout");
  }

  private static CommandSpec check() {
    CommandSpec c = CommandSpec.create().name("check");
    words(c).description(Text.get("flag.check"));
    c.addOption(timeout());
    c.addOption(flag("DURATION", "flag.limit", "--limit"));
    c.addOption(OptionSpec.builder("--lessons").description(Text.get("flag.lessons")).build());
    c.addOption(OptionSpec.builder("--sandbox").description(Text.get("flag.sandbox")).build());
    c.addOption(flag("FILE", "flag.junit", "--junit"));
    c.addOption(flag("FILE", "flag.csv", "--csv"));
    c.addOption(OptionSpec.builder("--force").description(Text.get("flag.forceReports")).build());
    c.addOption(
        OptionSpec.builder("-v", "--verbose").description(Text.get("flag.verbose")).build());
    c.addOption(lang());
    c.addOption(help());
    c.addPositional(positional("FILE|DIR", "0..*", List.class, "flag.checkFiles"));
    return c;
  }

  private static CommandSpec doctor() {
    CommandSpec c = CommandSpec.create().name("doctor");
    words(c).description(Text.get("flag.doctor"));
    c.addOption(lang());
    c.addOption(help());
    return c;
  }

  private static CommandSpec play() {
    CommandSpec c = CommandSpec.create().name("play");
    words(c).description(Text.get("flag.play"));
    c.addOption(flag("DURATION", "flag.pace", "--pace"));
    c.addOption(timeout());
    c.addOption(OptionSpec.builder("--no-color").description(Text.get("flag.plain")).build());
    c.addOption(lang());
    c.addOption(help());
    c.addPositional(positional("FILE", "1", String.class, "flag.playFile"));
    return c;
  }
}
