package dev.sockshell.render;

import dev.sockshell.event.Event;
import dev.sockshell.text.Text;

/** The words of the facts a socket command states, from the message bundle. */
final class FactWords {
  private FactWords() {}

  /** One fact's line; OptionValue and Received are drawn by the renderer itself. */
  static String words(Event.Fact f) {
    return switch (f) {
      case Event.Opened o ->
          Text.get(
              "fact.opened",
              o.sock(),
              o.kind(),
              String.valueOf(o.fd()),
              o.family().cName(),
              o.proto().cName());
      case Event.Bound b -> Text.get("fact.bound", b.sock(), String.valueOf(b.addr()));
      case Event.Listening l ->
          Text.get(
              "fact.listening", l.sock(), String.valueOf(l.local()), String.valueOf(l.backlog()));
      case Event.Accepted a ->
          Text.get("fact.accepted", a.sock(), String.valueOf(a.peer()), a.listener());
      case Event.Connected c ->
          Text.get("fact.connected", c.sock(), String.valueOf(c.local()), String.valueOf(c.peer()));
      case Event.Sent s -> sent(s);
      case Event.RecvAttempt r -> Text.get("fact.recv", r.sock());
      case Event.OptionSet o ->
          Text.get("fact.optionSet", o.sock(), o.name(), String.valueOf(o.call().set().length));
      case Event.Membership m ->
          m.chosen() != null
              ? Text.get("fact.joinedOn", m.sock(), m.group().words(), m.option(), m.chosen())
              : Text.get(
                  m.join() ? "fact.joined" : "fact.left", m.sock(), m.group().words(), m.option());
      case Event.ShutDown s -> Text.get("fact.shutdown", s.sock(), s.how());
      case Event.Closed c ->
          String.join("\n", c.socks().stream().map(sock -> Text.get("fact.closed", sock)).toList());
      case Event.NothingArrived n ->
          Text.get("fact.nothing", n.sock(), dev.sockshell.ctype.Values.seconds(n.micros()));
      case Event.OptionValue v -> v.name() + " = " + v.value();
      case Event.Received r -> r.sock();
      case Event.ErrorQueued q -> errorQueued(q);
    };
  }

  /** An error-queue entry: the errno, who reported it, what the ICMP message says. */
  private static String errorQueued(Event.ErrorQueued q) {
    var e = q.error();
    String what;
    if (e.origin() == dev.sockshell.posix.Sockets.ExtendedError.ORIGIN_ICMP
        || e.origin() == dev.sockshell.posix.Sockets.ExtendedError.ORIGIN_ICMP6) {
      String v = e.origin() == dev.sockshell.posix.Sockets.ExtendedError.ORIGIN_ICMP ? "4" : "6";
      String type = "icmp." + v + "." + e.type();
      String code = type + "." + e.code();
      what =
          Text.get(
              "errqueue.icmp",
              v.equals("4") ? "ICMP" : "ICMPv6",
              Text.has(type) ? Text.get(type) : "?",
              String.valueOf(e.type()),
              String.valueOf(e.code()),
              Text.has(code) ? Text.get(code, String.valueOf(e.info())) : "");
    } else {
      what = Text.get("errqueue.origin", String.valueOf(e.origin()));
    }
    String from = e.offender() != null ? e.offender().host() : "?";
    String text = Renderer.printable(q.data());
    String about =
        q.data().length == 0
            ? ""
            : "\n  "
                + Text.get(
                    q.data().length == 1 ? "errqueue.aboutOne" : "errqueue.about",
                    text != null ? "\"" + text + "\"" : "hex",
                    String.valueOf(q.data().length));
    return Text.get("fact.errqueue", q.sock(), q.errnoName(), q.strerror(), from, what) + about;
  }

  private static String sent(Event.Sent s) {
    int total = s.size();
    String dest =
        s.to() != null ? s.to().toString() : s.peer() != null ? s.peer().toString() : "peer";
    String partial = s.sent() < total ? Text.get("fact.sentPartial", String.valueOf(total)) : "";
    return Text.get(
        s.sent() == 1 ? "fact.sentOne" : "fact.sent",
        s.sock(),
        String.valueOf(s.sent()),
        partial,
        dest);
  }
}
