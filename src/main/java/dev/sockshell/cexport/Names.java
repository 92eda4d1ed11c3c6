package dev.sockshell.cexport;

import dev.sockshell.catalogue.Level;
import java.util.Map;
import java.util.Set;

/** The names an exported program uses: variables for sockets, levels, and what Winsock lacks. */
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

  private static final String KEEPALIVE =
      "Windows 10 (1709) has it, but these mingw-w64 headers do not define it; older Windows sets"
          + " keep-alive times with WSAIoctl(SIO_KEEPALIVE_VALS)";

  private static final Map<String, String> WINSOCK_LACKS =
      Map.of(
          "SO_REUSEPORT",
          "Windows has no SO_REUSEPORT: there SO_REUSEADDR already lets a second socket bind a"
              + " port in use",
          "TCP_INFO",
          "Windows reads TCP statistics with WSAIoctl(SIO_TCP_INFO), not getsockopt",
          "IP_RECVTTL",
          "this Winsock header has no IP_RECVTTL (Windows 10 reads the TTL with WSARecvMsg)",
          "IPV6_RECVHOPLIMIT",
          "Windows asks for the hop limit with IPV6_HOPLIMIT and WSARecvMsg",
          "TCP_KEEPIDLE",
          KEEPALIVE,
          "TCP_KEEPINTVL",
          KEEPALIVE,
          "TCP_KEEPCNT",
          KEEPALIVE,
          "TCP_MAXSEG",
          "Windows 10 (1607) reads TCP_MAXSEG only, and these mingw-w64 headers do not define it");

  /** Why a Winsock program leaves an option out. */
  static String winsockLacks(String option) {
    return WINSOCK_LACKS.getOrDefault(
        option, "these Winsock headers (mingw-w64) do not define " + option);
  }
}
