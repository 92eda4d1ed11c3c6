package dev.sockshell.cexport;

import dev.sockshell.catalogue.Level;
import java.util.Set;

/** The names an exported program uses: variables for sockets and levels. */
final class Names {
  private Names() {}

  /** Words the program itself uses, or C's and the libraries' own. */
  private static final Set<String> TAKEN =
      Set.of(
          "a",
          "alen",
          "v",
          "vlen",
          "n",
          "d",
          "buf",
          "from",
          "flen",
          "pf",
          "r",
          "c",
          "wsa",
          "main",
          "socket",
          "bind",
          "listen",
          "accept",
          "connect",
          "send",
          "sendto",
          "recv",
          "recvfrom",
          "close",
          "shutdown",
          "poll",
          "select",
          "int",
          "char",
          "long",
          "short",
          "unsigned",
          "signed",
          "void",
          "if",
          "else",
          "for",
          "while",
          "do",
          "return",
          "static",
          "const",
          "struct",
          "union",
          "enum",
          "switch",
          "case",
          "default",
          "break",
          "continue",
          "goto",
          "sizeof",
          "typedef",
          "extern",
          "register",
          "auto",
          "volatile",
          "inline",
          "restrict",
          "float",
          "double",
          "errno",
          "stdin",
          "stdout",
          "stderr",
          "exit",
          "printf");

  /** The C variable of a socket: its label when that is a fine C name, else sock_LABEL. */
  static String variable(String label) {
    String clean = label.replaceAll("[^A-Za-z0-9_]", "_");
    if (!clean.isEmpty()
        && Character.isLetter(clean.charAt(0))
        && !TAKEN.contains(clean)
        && !clean.startsWith("ss_")
        && clean.equals(label)) {
      return clean;
    }
    return "sock_" + clean;
  }

  /** SOL_SOCKET for 1, and so on; a number the catalogue does not name stays a number. */
  static String level(int number) {
    return Level.byNumber(number).map(Level::name).orElse(Integer.toString(number));
  }
}
