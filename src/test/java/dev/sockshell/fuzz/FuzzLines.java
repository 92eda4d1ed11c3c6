package dev.sockshell.fuzz;

import java.util.List;
import java.util.Random;

/**
 * Seeded random lines from sockshell's own vocabulary (commands, options, levels, values, sizes,
 * durations, hex, loopback addresses and ports, quoted unicode) mixed with broken words, control
 * keys and very long lines. Every address is loopback, and every multicast group is joined on
 * {@code lo}; multicast is sent only when {@code multicast} says the run is inside a namespace with
 * nothing but {@code lo}, so nothing can leave the machine.
 */
public final class FuzzLines {
  private static final List<String> OPTIONS =
      List.of(
          "SO_BROADCAST",
          "SO_KEEPALIVE",
          "SO_LINGER",
          "SO_SNDBUF",
          "SO_RCVBUF",
          "SO_SNDTIMEO",
          "SO_RCVTIMEO",
          "SO_REUSEADDR",
          "SO_REUSEPORT",
          "SO_TYPE",
          "SO_ERROR",
          "IP_TTL",
          "IP_TOS",
          "IP_MULTICAST_IF",
          "IP_MULTICAST_LOOP",
          "IP_MULTICAST_TTL",
          "IP_RECVTTL",
          "IPV6_UNICAST_HOPS",
          "IPV6_MULTICAST_IF",
          "IPV6_MULTICAST_LOOP",
          "IPV6_MULTICAST_HOPS",
          "IPV6_V6ONLY",
          "IPV6_RECVHOPLIMIT",
          "TCP_NODELAY",
          "TCP_MAXSEG",
          "TCP_KEEPIDLE",
          "TCP_KEEPINTVL",
          "TCP_KEEPCNT",
          "TCP_INFO",
          "SO_LINGR",
          "IP_TTTL");
  private static final List<String> LEVELS =
      List.of("SOL_SOCKET", "IPPROTO_IP", "IPPROTO_IPV6", "IPPROTO_TCP", "tcp", "ip", "1", "0");
  private static final List<String> NUMBERS =
      List.of(
          "0",
          "1",
          "2",
          "-1",
          "255",
          "256",
          "64k",
          "1M",
          "100000",
          "2147483647",
          "2147483648",
          "-2147483649",
          "99999999999",
          "99999999999999999999999",
          "0x10",
          "0xFFFFFFFF",
          "on",
          "off",
          "1.5",
          "4096");
  private static final List<String> DURATIONS =
      List.of("0", "1ms", "5ms", "10ms", "0.5ms", "1us", "-1s", "3.5s", "1h", "99999999999s", "2h");
  private static final List<String> ADDRESSES =
      List.of(
          "127.0.0.1",
          "127.0.0.2",
          "::1",
          "*",
          "any",
          "localhost",
          "0.0.0.0",
          "::",
          "127.0.0.256",
          "127.255.255.255",
          "[::1]",
          "fe80::1");
  private static final List<String> PAYLOADS =
      List.of(
          "\"hi\"",
          "\"안녕하세요.\"",
          "\"\\ud83d\\ude00\"",
          "\"😀🎉\"",
          "hex:",
          "hex:00ff",
          "hex:6e0b",
          "hex:abc",
          "\"\"",
          "\"a\\nb\"",
          "'single'",
          "\"unterminated");
  private static final List<String> HELP =
      List.of("bind", "SO_LINGER", "expect", "time", "nothing", "IP_MULTICAST_TTL", "");
  // Editing keys typed in the middle of a line: home, end, back, forward (none empties the line,
  // so the driver always sees its echo).
  private static final List<String> KEYS = List.of("\u0001", "\u0005", "\u0002", "\u0006");

  // Through a pipe nothing can press Ctrl-C: a command's own timeout stays short there.
  private static final List<String> SHORT_WAITS =
      List.of("0", "1ms", "5ms", "0.5ms", "-1s", "2h", "99999999999s");

  private final Random random;
  private boolean prompt;
  private final boolean multicast;
  private final int portBase;

  public FuzzLines(long seed, boolean multicast, int portBase) {
    this.random = new Random(seed);
    this.multicast = multicast;
    this.portBase = portBase;
  }

  private String pick(List<String> l) {
    return l.get(random.nextInt(l.size()));
  }

  private String sock() {
    return switch (random.nextInt(6)) {
      case 0 -> "";
      case 1 -> "s" + (1 + random.nextInt(8));
      case 2 -> "a";
      case 3 -> "b";
      case 4 -> "zz";
      default -> "s1";
    };
  }

  private String port() {
    int port = random.nextInt(10) == 0 ? random.nextInt(70000) : portBase + random.nextInt(8);
    // 9000-9999 are the lessons' and the README's: another test run may be using them
    return Integer.toString(port >= 9000 && port <= 9999 ? port + 1000 : port);
  }

  private String group() {
    return random.nextBoolean() ? "235.7.8.9" : "ff12::1:2:3:4";
  }

  private String iface() {
    return pick(List.of("lo", "127.0.0.1", "1"));
  }

  /** One command from the grammar's vocabulary, sometimes with a wrong word in it. */
  private String command() {
    String s = sock();
    return switch (random.nextInt(30)) {
      case 0, 1 ->
          "open "
              + pick(List.of("udp", "tcp", "udp ipv6", "tcp ipv6", "udp ipv4"))
              + (random.nextBoolean() ? " as " + pick(List.of("a", "b", "c", "s9", "SO_X")) : "");
      case 2 -> "bind " + s + " " + pick(ADDRESSES) + " " + port();
      case 3 -> "listen " + s + (random.nextBoolean() ? " " + pick(NUMBERS) : "");
      case 4 -> "accept " + s + (random.nextBoolean() ? " timeout " + pick(waits()) : "");
      case 5 ->
          "connect "
              + s
              + " "
              + pick(ADDRESSES)
              + " "
              + port()
              + (random.nextBoolean() ? " timeout " + pick(waits()) : "");
      case 6 -> "shutdown " + s + " " + pick(List.of("rd", "wr", "both", "up"));
      case 7 -> "close " + pick(List.of("", "all", s));
      case 8, 9 -> {
        String to = pick(List.of("127.0.0.1", "::1", "127.255.255.255", "localhost"));
        if (multicast && random.nextInt(4) == 0) {
          to = group();
        }
        yield "send "
            + s
            + " "
            + pick(PAYLOADS)
            + (random.nextBoolean() ? " to " + to + " " + port() : "");
      }
      case 10, 11 ->
          "recv "
              + s
              + (random.nextBoolean() ? " " + pick(List.of("1", "64k", "0", "17M")) : "")
              + (random.nextInt(3) > 0 ? " timeout " + pick(List.of("1ms", "5ms", "0")) : "");
      case 12, 13, 14 ->
          "setopt "
              + s
              + (random.nextInt(4) == 0 ? " " + pick(LEVELS) : "")
              + " "
              + pick(OPTIONS)
              + " "
              + value();
      case 15, 16 -> "getopt " + s + " " + pick(random.nextInt(5) == 0 ? LEVELS : OPTIONS);
      case 17 -> "getopt " + s + " all";
      case 18 -> "join " + s + " " + group() + " " + iface();
      case 19 -> "leave " + s + " " + group() + " " + iface();
      case 20 -> random.nextBoolean() ? "watch " + s : "unwatch " + pick(List.of("", "all", s));
      case 21 -> "ls";
      case 22 -> "options " + pick(List.of("", "SOL_SOCKET", "IPPROTO_TCP", "BOGUS"));
      case 23 -> "help " + pick(HELP);
      case 24 -> "set feedback " + pick(List.of("quiet", "normal", "verbose", "loud"));
      case 25 ->
          "expect "
              + pick(
                  List.of(
                      "error EAGAIN",
                      "error any",
                      "SO_RCVBUF = 200000",
                      "nothing timeout 1ms",
                      "output \"x\"",
                      "interface lo",
                      "interface veth9",
                      "recv \"hi\" timeout 1ms"));
      case 26 -> "sleep " + pick(List.of("1ms", "2ms", "0", "-1s", "1x"));
      case 27 -> "time " + (1 + random.nextInt(20)) + " { getopt " + s + " SO_TYPE; ls }";
      case 28 -> "use " + s;
      default -> pick(List.of("opne udp", "OPEN UDP", "setopt", "getopt", "expect", "set", "bind"));
    };
  }

  private List<String> waits() {
    return prompt ? DURATIONS : SHORT_WAITS;
  }

  private String value() {
    return switch (random.nextInt(4)) {
      case 0 -> pick(NUMBERS);
      case 1 -> pick(DURATIONS);
      case 2 -> pick(List.of("on 10", "on -5", "on 99999999999", "off", "3 500000", "3 1000000"));
      default -> pick(List.of("127.0.0.1", "lo", "1", "hex:", "hex:01", "hex:0100000000", "x"));
    };
  }

  private String garbage(int length) {
    StringBuilder b = new StringBuilder();
    String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789 ;:.-_\"'[]{}=*#/\\@$%^&()~`<>,?!한글😀";
    for (int i = 0; i < length; i++) {
      b.appendCodePoint(
          alphabet.codePointAt(
              alphabet.offsetByCodePoints(
                  0, random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
    }
    return b.toString();
  }

  /**
   * The next line; {@code keys}: for the prompt, where editing keys may be typed in the middle of
   * it and a long wait is ended by Ctrl-C (through a pipe, waits stay short).
   */
  public String next(boolean keys) {
    prompt = keys;
    int r = random.nextInt(1000);
    if (r < 3) {
      return "ls; ".repeat(200 + random.nextInt(3000)); // a long line of many commands
    }
    if (r < 5) {
      return "x" + garbage(20_000 + random.nextInt(30_000)); // longer than the prompt takes
    }
    if (r < 40) {
      String g = garbage(1 + random.nextInt(60)).strip();
      return g.isEmpty() ? "ls" : g;
    }
    String line = command().strip();
    if (random.nextInt(8) == 0) {
      line = line + "; " + command();
    }
    if (keys && random.nextInt(40) == 0) {
      int at = random.nextInt(line.length() + 1);
      line = line.substring(0, at) + pick(KEYS) + line.substring(at);
    }
    return line;
  }
}
