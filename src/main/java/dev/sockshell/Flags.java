package dev.sockshell;

import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** The process's own flags and subcommands, described to picocli without reflection. */
final class Flags {
  private Flags() {}

  static CommandSpec spec() {
    CommandSpec spec = CommandSpec.create().name("sockshell").version("sockshell " + Main.VERSION);
    spec.usageMessage()
        .description(
            "An interactive REPL for the BSD socket API and its options, on the real kernel.",
            "Without FILE or -c it starts the prompt; input that is not a terminal is read as a"
                + " script.");
    spec.addOption(
        OptionSpec.builder("-c", "--command")
            .paramLabel("COMMANDS")
            .type(String.class)
            .description("run these commands ('open udp; getopt SO_RCVBUF') and exit")
            .build());
    spec.addOption(
        OptionSpec.builder("-i", "--init")
            .paramLabel("FILE")
            .type(String.class)
            .description("run this script, then stay at the prompt")
            .build());
    spec.addOption(timeout());
    spec.addOption(
        OptionSpec.builder("--no-color").description("plain output, no ANSI colours").build());
    spec.addOption(
        OptionSpec.builder("-k", "--keep-going")
            .description(
                "a script or pipe goes on after a failing line, as the prompt does (each failure"
                    + " is reported; exit 1 if any)")
            .build());
    spec.addOption(
        OptionSpec.builder("--debug")
            .description("keep the trace of an internal error in a log file (its path is shown)")
            .build());
    spec.addOption(help());
    spec.addOption(
        OptionSpec.builder("-V", "--version")
            .versionHelp(true)
            .description("print the version")
            .build());
    spec.addPositional(
        PositionalParamSpec.builder()
            .paramLabel("FILE")
            .arity("0..1")
            .type(String.class)
            .description("a .sockscript to run; it stops at the first failing line (exit 1)")
            .build());
    spec.addSubcommand("check", check());
    spec.addSubcommand("play", play());
    return spec;
  }

  private static OptionSpec help() {
    return OptionSpec.builder("-h", "--help").usageHelp(true).description("show this help").build();
  }

  private static OptionSpec timeout() {
    return OptionSpec.builder("--timeout")
        .paramLabel("DURATION")
        .type(String.class)
        .description(
            "how long a script's recv, accept or connect waits when it names no timeout"
                + " (default 5s)")
        .build();
  }

  private static CommandSpec check() {
    CommandSpec c = CommandSpec.create().name("check");
    c.usageMessage()
        .description(
            "Run each script in a fresh session and check its expect lines; ends with"
                + " 'N passed, N failed'. Exit 0 only when all passed.");
    c.addOption(timeout());
    c.addOption(
        OptionSpec.builder("--limit")
            .paramLabel("DURATION")
            .type(String.class)
            .description("the most one script may take (default 60s)")
            .build());
    c.addOption(
        OptionSpec.builder("--lessons").description("also check the built-in lessons").build());
    c.addOption(
        OptionSpec.builder("-v", "--verbose").description("show each script's output").build());
    c.addOption(help());
    c.addPositional(
        PositionalParamSpec.builder()
            .paramLabel("FILE|DIR")
            .arity("0..*")
            .type(List.class)
            .auxiliaryTypes(String.class)
            .description(".sockscript files, or directories to search")
            .build());
    return c;
  }

  private static CommandSpec play() {
    CommandSpec c = CommandSpec.create().name("play");
    c.usageMessage().description("Replay a script at a readable pace, typing each command out.");
    c.addOption(
        OptionSpec.builder("--pace")
            .paramLabel("DURATION")
            .type(String.class)
            .description("pause after each command (default 1.5s)")
            .build());
    c.addOption(timeout());
    c.addOption(OptionSpec.builder("--no-color").description("plain output").build());
    c.addOption(help());
    c.addPositional(
        PositionalParamSpec.builder()
            .paramLabel("FILE")
            .arity("1")
            .type(String.class)
            .description("the .sockscript to play")
            .build());
    return c;
  }
}
