package dev.sockshell.interp;

import dev.sockshell.catalogue.OptionCatalogue;
import dev.sockshell.catalogue.SockOption;
import dev.sockshell.command.Membership;
import dev.sockshell.command.OptRef;
import dev.sockshell.error.UsageError;
import dev.sockshell.event.Event;
import dev.sockshell.event.EventSink;
import dev.sockshell.kernel.KernelGroups;
import dev.sockshell.model.Atom;
import dev.sockshell.model.Proto;
import dev.sockshell.posix.SockAddr;
import dev.sockshell.session.Session;
import dev.sockshell.session.SessionSocket;
import dev.sockshell.text.Words;
import java.util.ArrayList;
import java.util.List;

/**
 * join and leave: the catalogue's membership option for the socket's family (IP_ADD_MEMBERSHIP,
 * IPV6_JOIN_GROUP, their source-specific forms) set through setsockopt, and the session's record of
 * the groups a socket belongs to.
 */
final class Memberships {
  private final Session session;
  private final OptionOps options;

  Memberships(Session session, OptionOps options) {
    this.session = session;
    this.options = options;
  }

  void change(dev.sockshell.command.SockRef ref, Membership m, boolean join, EventSink out) {
    SessionSocket s = session.resolve(ref);
    if (s.proto() != Proto.UDP) {
      throw new UsageError(Words.of("join.udpOnly", s.label(), s.kind()));
    }
    SockOption option = OptionCatalogue.get().membership(s.family(), join, m.source() != null);
    String name = option.name();
    List<Atom> value = new ArrayList<>();
    value.add(m.group());
    if (m.source() != null) {
      value.add(m.iface() != null ? m.iface() : new Atom(Atom.Kind.NUMBER, "0", 0));
      value.add(m.source());
    } else {
      if (m.iface() != null) {
        value.add(m.iface());
      }
    }
    java.net.InetAddress group = dev.sockshell.ctype.Values.address(m.group());
    java.util.Set<String> before =
        join && m.iface() == null ? KernelGroups.devices(group) : java.util.Set.of();
    OptRef opt = OptRef.of(option, m.group().column());
    Event.OptionCall[] call = new Event.OptionCall[1];
    options.set(
        s,
        opt,
        value,
        e -> {
          if (e instanceof Event.OptionSet set) {
            call[0] = set.call();
          }
        });
    // addresses as the kernel and the rest of sockshell write them: FF12::1:2:3:4 is ff12::1:2:3:4
    dev.sockshell.model.Group label =
        new dev.sockshell.model.Group(
            SockAddr.hostOf(dev.sockshell.ctype.Values.address(m.group())),
            m.iface() == null ? null : m.iface().text(),
            m.source() == null
                ? null
                : SockAddr.hostOf(dev.sockshell.ctype.Values.address(m.source())));
    if (join) {
      s.groups().add(label);
    } else {
      s.groups().remove(label);
    }
    String chosen = null;
    if (join && m.iface() == null) {
      java.util.Set<String> now = new java.util.TreeSet<>(KernelGroups.devices(group));
      java.util.Set<String> added = new java.util.TreeSet<>(now);
      added.removeAll(before);
      java.util.Set<String> pick = added.isEmpty() ? now : added;
      chosen = pick.size() == 1 ? pick.iterator().next() : null;
    }
    out.emit(new Event.Membership(s.label(), join, label, name, call[0], chosen));
  }
}
