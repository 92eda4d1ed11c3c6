package dev.sockshell.interp;

import dev.sockshell.command.Command;
import dev.sockshell.posix.SocketError;
import dev.sockshell.text.Words;

/**
 * One-line tips for the errors people meet while learning: hint.CALL.ERRNO in the message bundle
 * (send and sendto share theirs).
 */
final class Hints {
  private Hints() {}

  static Words forError(SocketError e, Command c) {
    return forError(e, c, null);
  }

  /**
   * {@code attempted}: what the refused call would have done; a setsockopt refused with EINVAL
   * whose value is not the size of the option's C type says so (the chapter's own Linux sender
   * passes IPV6_MULTICAST_HOPS as a 1-byte u_char, which Linux refuses).
   */
  static Words forError(SocketError e, Command c, dev.sockshell.event.Event.Fact attempted) {
    if (e.errnoName().equals("EINVAL")
        && attempted instanceof dev.sockshell.event.Event.OptionSet o
        && o.call().option() != null
        && !o.call().option().type().fits(o.call().set())) {
      int given = o.call().set().length;
      var type = o.call().option().type();
      return Words.of(
          given == 1 ? "hint.setsockopt.sizeOne" : "hint.setsockopt.size",
          String.valueOf(given),
          type.cName(),
          String.valueOf(type.capacity()));
    }
    String call = e.call().equals("sendto") ? "send" : e.call();
    if (call.equals("recvfrom") && e.errnoName().equals("EAGAIN") && !(c instanceof Command.Recv)) {
      return null;
    }
    if (call.equals("setsockopt")
        && attempted instanceof dev.sockshell.event.Event.OptionSet o
        && o.call().option() != null
        && !(o.call().option().type() instanceof dev.sockshell.ctype.GroupType)
        && (e.errnoName().equals("EADDRNOTAVAIL") || e.errnoName().equals("EADDRINUSE"))) {
      return null; // those hints are about group memberships
    }
    if ((e.errnoName().equals("EPERM") || e.errnoName().equals("EACCES"))
        && attempted instanceof dev.sockshell.event.Event.OptionSet o
        && o.call().option() != null
        && o.call().option().has(dev.sockshell.catalogue.Trait.PRIVILEGED)) {
      return Words.of("hint.privileged", o.call().option().name());
    }
    String key = "hint." + call + "." + e.errnoName();
    return Words.ifKnown(key);
  }

  /**
   * With IP_RECVERR (IPV6_RECVERR) on, an ICMP error the socket received makes the next call fail
   * with its errno until the error queue is read: say where it waits.
   */
  static SocketError queued(dev.sockshell.session.SessionSocket s, SocketError e) {
    boolean recverr = OptionOps.requestedOn(s, dev.sockshell.catalogue.Trait.ERROR_QUEUE);
    boolean icmp =
        switch (e.errnoName()) {
          case "EHOSTUNREACH", "ECONNREFUSED", "ENETUNREACH", "EMSGSIZE", "EPROTO" -> true;
          default -> false;
        };
    return recverr && icmp ? e.hinted(Words.of("hint.errqueue", s.label())) : e;
  }
}
