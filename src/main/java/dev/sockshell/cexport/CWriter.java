package dev.sockshell.cexport;

import dev.sockshell.catalogue.SockOption;
import dev.sockshell.catalogue.Winsock;
import dev.sockshell.ctype.CCall;
import dev.sockshell.ctype.CType;
import dev.sockshell.ctype.CTypes;
import dev.sockshell.ctype.Platform;
import dev.sockshell.event.Event;
import dev.sockshell.posix.SockAddr;
import dev.sockshell.text.Text;
import java.net.Inet6Address;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the statements of main to a stream as they come, and notes what they call; {@link
 * CPrelude} writes the head (includes, the helpers called, fallbacks for the options named) and the
 * tail around them. A program is written twice: once to learn what its head needs, once to the
 * file, so that no copy of a long program is ever held in memory.
 */
final class CWriter {
  private final Platform p;
  private final java.io.Writer body;
  private final Set<String> helperNames;
  private final Set<String> called = new java.util.HashSet<>();
  private final Map<String, String> vars = new HashMap<>();

  CWriter(Platform p, java.io.Writer body) {
    this.p = p;
    this.body = body;
    this.helperNames = CPrelude.helpers(p).keySet();
  }

  private boolean win() {
    return p == Platform.WINSOCK;
  }

  private void line(String s) {
    for (String h : helperNames) {
      if (!called.contains(h) && s.contains(h + "(")) {
        called.add(h);
      }
    }
    try {
      body.write("  ");
      body.write(s);
      body.write('\n');
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  void comment(String s) {
    line("/* " + s.replace("*/", "* /") + " */");
  }

  private String scope = "";
  private final java.util.Set<String> open = new java.util.LinkedHashSet<>();

  /** Sockets named from here on belong to this scope (a lesson's name, or "" for the prompt's). */
  void scope(String s) {
    scope = s;
  }

  private String var(String sock) {
    String key = scope + "\u0000" + sock;
    return vars.computeIfAbsent(
        key, k -> unique(Names.variable(scope.isEmpty() ? sock : scope + "_" + sock)));
  }

  /** Two labels can make one C name (a.b and a_b): the second gets a number. */
  private String unique(String name) {
    String n = name;
    for (int i = 2; vars.containsValue(n); i++) {
      n = name + "_" + i;
    }
    return n;
  }

  /** Closes what the scope left open, as the end of its session did. */
  void closeOpen() {
    String prefix = scope + "\u0000";
    List<String> left = new ArrayList<>();
    for (var e : vars.entrySet()) {
      if (e.getKey().startsWith(prefix) && open.contains(e.getValue())) {
        left.add(e.getValue());
      }
    }
    if (left.isEmpty()) {
      return;
    }
    comment(scope.isEmpty() ? Text.get("c.endSession") : Text.get("c.endScope", scope));
    for (String v : left) {
      open.remove(v);
      line("ss_check(" + ok((win() ? "closesocket(" : "close(") + v + ")") + ", \"close()\");");
    }
  }

  private String check(boolean refused) {
    return refused ? "ss_refused" : "ss_check";
  }

  private String ok(String call) {
    return win() ? call + " != SOCKET_ERROR" : call + " != -1";
  }

  void step(Event.Fact fact, boolean refused) {
    step(fact, refused, 0);
  }

  /** A step; {@code leftOut} is the size of a send whose data was not kept (0 for the rest). */
  void step(Event.Fact fact, boolean refused, int leftOut) {
    switch (fact) {
      case Event.Opened o -> opened(o);
      case Event.Bound b -> {
        comment(Text.get("c.bind", b.sock(), b.addr()));
        addressed("bind", b.sock(), b.addr(), refused);
      }
      case Event.Listening l -> {
        comment(Text.get("c.listen", l.sock(), String.valueOf(l.backlog())));
        line(
            check(refused)
                + "("
                + ok("listen(" + var(l.sock()) + ", " + l.backlog() + ")")
                + ", \"listen()\");");
      }
      case Event.Accepted a -> accepted(a, refused);
      case Event.Connected c -> {
        comment(Text.get("c.connect", c.sock(), c.to()));
        addressed("connect", c.sock(), c.to(), refused);
      }
      case Event.Sent s -> CIo.sent(this, s, refused, leftOut);
      case Event.Received r -> CIo.received(this, r);
      case Event.RecvAttempt r -> CIo.received(this, r.sock(), r.max(), refused);
      case Event.OptionSet o -> {
        if (!lacked(o.call().option())) {
          setsockopt(o.sock(), o.call(), refused);
        }
      }
      case Event.Membership m -> {
        comment(Text.get(m.join() ? "c.join" : "c.leave", m.sock(), m.group().words()));
        if (m.call() != null && !lacked(m.call().option())) {
          setsockopt(m.sock(), m.call(), refused);
        }
      }
      case Event.OptionValue v -> {
        if (lacked(v.call().option())) {
          break;
        }
        if (v.call().set() != null) {
          setsockopt(v.sock(), v.call(), refused && v.call().got() == null);
        }
        if (v.call().got() != null || v.call().set() == null) {
          getsockopt(v.sock(), v.call(), refused, !v.checked());
        }
      }
      case Event.ShutDown s -> {
        String how =
            switch (s.how()) {
              case "rd" -> win() ? "SD_RECEIVE" : "SHUT_RD";
              case "wr" -> win() ? "SD_SEND" : "SHUT_WR";
              default -> win() ? "SD_BOTH" : "SHUT_RDWR";
            };
        line(
            check(refused)
                + "("
                + ok("shutdown(" + var(s.sock()) + ", " + how + ")")
                + ", \"shutdown()\");");
      }
      case Event.Closed c -> {
        for (String sock : c.socks()) {
          open.remove(var(sock));
          line(
              check(refused)
                  + "("
                  + ok((win() ? "closesocket(" : "close(") + var(sock) + ")")
                  + ", \"close()\");");
        }
      }
      case Event.NothingArrived n -> CIo.nothing(this, n);
      case Event.ErrorQueued q -> CIo.errorQueued(this, q.sock());
    }
  }

  private void opened(Event.Opened o) {
    comment(Text.get("c.opened", o.sock(), o.kind()));
    String v = var(o.sock());
    String decl = declared.add(v) ? (win() ? "SOCKET " : "int ") : "";
    line(decl + v + " = socket(" + o.family().cName() + ", " + o.proto().cName() + ", 0);");
    line("ss_check(" + v + (win() ? " != INVALID_SOCKET" : " != -1") + ", \"socket()\");");
    open.add(v);
  }

  private final Set<String> declared = new java.util.HashSet<>();

  private void accepted(Event.Accepted a, boolean refused) {
    comment(
        a.sock() == null
            ? Text.get("c.acceptOn", a.listener())
            : Text.get("c.accept", a.sock(), a.listener()));
    String l = var(a.listener());
    if (refused || a.sock() == null) {
      line("{");
      line("  " + (win() ? "SOCKET" : "int") + " c = accept(" + l + ", NULL, NULL);");
      line("  ss_refused(c " + (win() ? "!= INVALID_SOCKET" : "!= -1") + ", \"accept()\");");
      line("}");
      return;
    }
    String v = var(a.sock());
    String decl = declared.add(v) ? (win() ? "SOCKET " : "int ") : "";
    line(decl + v + " = accept(" + l + ", NULL, NULL);");
    line("ss_check(" + v + (win() ? " != INVALID_SOCKET" : " != -1") + ", \"accept()\");");
    open.add(v);
  }

  /** bind() or connect() to an address. */
  private void addressed(String call, String sock, SockAddr a, boolean refused) {
    line("{");
    line("  struct sockaddr_storage a;");
    line("  " + (win() ? "int" : "socklen_t") + " alen = " + address(a) + ";");
    line(
        "  "
            + check(refused)
            + "("
            + ok(call + "(" + var(sock) + ", (struct sockaddr *) &a, alen)")
            + ", \""
            + call
            + "()\");");
    line("}");
  }

  /** The call of ss_addr that fills {@code a}. */
  String address(SockAddr a) {
    int scope = a.address() instanceof Inet6Address v6 ? Math.max(0, v6.getScopeId()) : 0;
    String host = a.host();
    int pct = host.indexOf('%');
    if (pct >= 0) {
      host = host.substring(0, pct);
    }
    return "ss_addr(&a, "
        + (a.isV6() ? "AF_INET6" : "AF_INET")
        + ", \""
        + host
        + "\", "
        + a.port()
        + ", "
        + scope
        + ")";
  }

  /** The options named in the program, for the #define of those a libc lacks. */
  private final Set<SockOption> used = new java.util.LinkedHashSet<>();

  private void setsockopt(String sock, Event.OptionCall call, boolean refused) {
    SockOption o = call.option();
    if (o != null) {
      used.add(o);
    }
    byte[] value = call.set();
    if (doubled(o) && value.length == 4 && !refused) {
      asked.put(var(sock) + " " + o.name(), dev.sockshell.ctype.CInt.get(value));
    }
    CType t = o != null && o.type().fits(value) ? o.type() : CTypes.BYTES;
    String name = o != null ? o.name() : null;
    String level = Names.level(call.level());
    String opt = name != null ? name : Integer.toString(call.number());
    var src = t.c(p);
    line("{");
    if (o != null) {
      line("  /* " + o.name() + ": " + o.doc() + " */");
    }
    if (!src.available()) {
      line("  /* " + src.missing() + " */");
    } else {
      for (String s : src.set().apply(value)) {
        line("  " + s);
      }
      line(
          "  "
              + check(refused)
              + "("
              + CCall.set(p, var(sock), level, opt, t, value.length)
              + " == 0, \"setsockopt()\");");
    }
    line("}");
  }

  /** {@code noted}: the session put its note beside the value (an expect's reading has none). */
  private void getsockopt(String sock, Event.OptionCall call, boolean refused, boolean noted) {
    SockOption o = call.option();
    if (o != null) {
      used.add(o);
    }
    CType t = o != null ? o.type() : CTypes.BYTES;
    String name = o != null ? o.name() : null;
    String label = name != null ? name : Names.level(call.level()) + " " + call.number();
    String opt = name != null ? name : Integer.toString(call.number());
    var src = t.c(p);
    line("{");
    if (!src.available()) {
      line("  /* " + src.missing() + " */");
      line("  printf(\"" + label + ": not in Winsock\\n\");");
      line("}");
      return;
    }
    line("  " + src.decl() + ";");
    line("  " + CCall.length(p) + ";");
    String get = CCall.get(p, var(sock), Names.level(call.level()), opt, t) + " == 0";
    if (refused) {
      line("  ss_refused(" + get + ", \"getsockopt()\");");
    } else {
      line("  ss_check(" + get + ", \"getsockopt()\");");
      line("  printf(\"" + label + " = \");");
      for (String s : src.print()) {
        line("  " + s);
      }
      Integer set = noted && doubled(o) ? asked.get(var(sock) + " " + o.name()) : null;
      if (set != null && set >= 0 && 2L * set <= Integer.MAX_VALUE) {
        // the session's note beside the value: Linux doubled the size asked for
        line(
            "  if (v == 2 * "
                + set
                + ") printf(\"  (you set "
                + set
                + "; Linux doubles it to leave room for its bookkeeping)\\n\");");
      }
    }
    line("}");
  }

  /** The last size set for SO_RCVBUF/SO_SNDBUF per socket: the doubling note needs it. */
  private final java.util.Map<String, Integer> asked = new java.util.HashMap<>();

  private boolean doubled(SockOption o) {
    return !win()
        && o != null
        && (o.has(dev.sockshell.catalogue.Trait.DOUBLED_RMEM)
            || o.has(dev.sockshell.catalogue.Trait.DOUBLED_WMEM));
  }

  /**
   * On Winsock an option Windows lacks (the catalogue's Windows table) is left out: the program
   * says why in a comment and prints that it is not there. Returns true when it was left out.
   */
  private boolean lacked(SockOption o) {
    if (!win() || o == null || Winsock.of(o).isPresent()) {
      return false;
    }
    line("/* " + Winsock.lacks(o) + " */");
    line("printf(\"" + o.name() + ": not in Winsock\\n\");");
    return true;
  }

  void raw(String s) {
    line(s);
  }

  boolean winsock() {
    return win();
  }

  String sockVar(String sock) {
    return var(sock);
  }

  /** The helpers main calls so far. */
  Set<String> called() {
    return called;
  }

  /** The options main names so far. */
  Set<SockOption> used() {
    return used;
  }
}
