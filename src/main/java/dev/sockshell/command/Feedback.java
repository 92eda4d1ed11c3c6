package dev.sockshell.command;

/** How much a command shows, like JShell's /set feedback. */
public enum Feedback {
  /** Values, received data and errors only. */
  QUIET,
  /** Also what each command did (the default). */
  NORMAL,
  /** Also every system call, strace style. */
  VERBOSE
}
