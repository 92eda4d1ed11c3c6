package dev.sockshell.sandbox;

import dev.sockshell.catalogue.SockOption;
import dev.sockshell.command.Command;
import dev.sockshell.command.Command.*;
import dev.sockshell.command.Membership;
import dev.sockshell.ctype.CTypes;
import dev.sockshell.ctype.CodecEnv;
import dev.sockshell.ctype.GroupType;
import dev.sockshell.error.UsageError;
import dev.sockshell.lab.Addresses;
import dev.sockshell.model.Atom;
import dev.sockshell.posix.SockAddr;
import dev.sockshell.session.Session;
import dev.sockshell.session.SessionSocket;
import dev.sockshell.text.Words;
import java.net.InetAddress;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a script graded with {@code check --sandbox} may do: talk to loopback only (multicast only
 * through lo), within limits on sockets, bytes sent, receive sizes and time rounds. Each command is
 * judged before its system call; a refusal is one line starting "sandbox:" and fails the script.
 * (Files are the front end's: its Directives refuse record and export and keep source inside the
 * script's folder.) The rules are the same whether or not the checker also runs in a network
 * namespace with only lo, so that a script gets the same grade wherever it is graded.
 */
public final class Sandbox implements Session.SendBudget {
  /** The limits of one script. */
  public record Limits(int sockets, long bytesSent, int rounds, int recvMax) {
    public static final Limits DEFAULT = new Limits(64, 16L << 20, 10_000, 1 << 20);
  }

  private final Limits limits;
  private final AtomicLong sent = new AtomicLong();

  public Sandbox(Limits limits) {
    this.limits = limits;
  }

  /**
   * Refuses {@code c} when it would leave the sandbox; runs before its system call. The switch
   * names every command (no default): a new command that sends must say here why it may.
   */
  public void check(Command c, Session session, CodecEnv env) {
    switch (c) {
      case Open o -> {
        if (o.host() != null) {
          throw refuse("sandbox.lab");
        }
        if (session.all().size() >= limits.sockets()) {
          throw refuse("sandbox.sockets", limits.sockets());
        }
      }
      case Command.Lab l -> {
        if (l.action() != Command.LabAction.SHOW) {
          throw refuse("sandbox.lab");
        }
      }
      case Bind b -> {
        SessionSocket s = session.resolve(b.sock());
        noLookup(b.at().host(), session.lab());
        InetAddress a = Addresses.resolve(b.at(), s.family(), session.lab()).address();
        // the wildcard too: a multicast receiver binds it, and binding sends nothing
        if (!(a.isLoopbackAddress() || a.isMulticastAddress() || a.isAnyLocalAddress())) {
          throw outside(a);
        }
      }
      case Connect k -> {
        SessionSocket s = session.resolve(k.sock());
        noLookup(k.to().host(), session.lab());
        loopback(Addresses.resolve(k.to(), s.family(), session.lab()).address());
      }
      case Send d when d.to() != null -> {
        SessionSocket s = session.resolve(d.sock());
        noLookup(d.to().host(), session.lab());
        InetAddress a = Addresses.resolve(d.to(), s.family(), session.lab()).address();
        if (a.isMulticastAddress()) {
          if (!s.multicastOnLo()) { // the same rule in a namespace or not: the same grade
            throw refuse("sandbox.multicastIf", s.label());
          }
        } else {
          loopback(a);
        }
      }
      case Reply r -> {
        SessionSocket s = session.resolve(r.sock());
        if (s.lastFrom() != null && s.peer() == null) {
          loopback(s.lastFrom().address());
        }
      }
      case Join j -> membership(j.membership(), env);
      case Leave l -> membership(l.membership(), env);
      case SetOpt o -> option(o, session, env);
      case Recv r -> {
        if (r.max() > limits.recvMax()) {
          throw refuse("sandbox.recvMax", limits.recvMax());
        }
      }
      case Time t -> {
        if (t.rounds() > limits.rounds()) {
          throw refuse("sandbox.rounds", limits.rounds());
        }
        for (Command inner : t.body()) {
          check(inner, session, env);
        }
      }
      // Nothing of these reaches past what was checked before: a connected send and bench go to
      // the peer connect allowed; a watcher's echo answers its sender, and its bytes are charged.
      case Send _, Command.Bench _, Watch _ -> {}
      // no address and nothing sent
      case Use _, Listen _, Accept _, Shutdown _, Close _, GetOpt _, Unwatch _, Ls _ -> {}
      case Options _, Help _, SetFeedback _, SetEncoding _, SetLang _, Expect _, Sleep _ -> {}
      case Quit _ -> {}
      // files and lessons: the directive host confines them (script/Directives.confine)
      case Command.Directive _ -> {}
    }
  }

  /** Counts bytes sent (also by a watcher's echo); past the limit the send is refused. */
  @Override
  public void charge(long n) {
    if (sent.addAndGet(n) > limits.bytesSent()) {
      throw refuse("sandbox.bytes", limits.bytesSent());
    }
  }

  private void membership(Membership m, CodecEnv env) {
    if (m.iface() == null) {
      throw refuse("sandbox.joinIface", m.group().text());
    }
    if (!isLo(m.iface(), env)) {
      throw refuse("sandbox.notLo", m.iface().text());
    }
  }

  private void option(SetOpt o, Session session, CodecEnv env) {
    SockOption opt = o.option().option();
    if (opt == null) {
      throw refuse("sandbox.raw");
    }
    if (opt.type() instanceof GroupType) {
      throw refuse("sandbox.groupOption", opt.name());
    }
    boolean multicastIf = opt.has(dev.sockshell.catalogue.Trait.MULTICAST_IF);
    boolean iface =
        multicastIf
            || opt.type() == CTypes.IFNAME
            || opt.type() == CTypes.IFINDEX_BE
            || opt.has(dev.sockshell.catalogue.Trait.BINDS_INTERFACE);
    if (!iface) {
      return;
    }
    if (o.option().meant() != null) {
      // an interface option reached through another option's name: its value is in the other
      // option's type, so what interface it names cannot be judged
      throw refuse(
          "sandbox.otherLevel", o.option().meant().name(), o.option().levelName(), opt.name());
    }
    if (o.value().size() != 1 || !isLo(o.value().get(0), env)) {
      throw refuse("sandbox.notLo", o.value().isEmpty() ? "" : o.value().get(0).text());
    }
    if (multicastIf) {
      session.resolve(o.sock()).multicastOnLo(true);
    }
  }

  /** lo by name, index or address. */
  private static boolean isLo(Atom a, CodecEnv env) {
    String t = a.text();
    if (t.equals("lo") || t.equals("\"lo\"")) {
      return true;
    }
    if (a.kind() == Atom.Kind.NUMBER) {
      return Integer.toString(env.interfaceIndex("lo")).equals(t);
    }
    try {
      return InetAddress.ofLiteral(t).isLoopbackAddress();
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * No resolver is asked in the sandbox: a query for a name leaves the machine before any address
   * is checked, and a script could carry data out in the name itself. Addresses, localhost and the
   * lab's own host names are all a graded script may name.
   */
  private static void noLookup(Atom h, dev.sockshell.lab.Lab.Slot slot) {
    switch (h.kind()) {
      case IPV4, IPV6, STAR -> {
        return;
      }
      default -> {}
    }
    String t = h.text();
    if (t.equals("*") || t.equalsIgnoreCase("any") || t.equalsIgnoreCase("localhost")) {
      return;
    }
    var lab = slot.current();
    if (lab.isPresent() && lab.get().topology().node(t).isPresent()) {
      return;
    }
    throw new UsageError(
        Words.of("sandbox.noLookup", Words.clipped(t)),
        h.column(),
        Words.of("sandbox.noLookupHint"));
  }

  private static void loopback(InetAddress a) {
    if (!a.isLoopbackAddress()) {
      throw outside(a);
    }
  }

  private static UsageError outside(InetAddress a) {
    return new UsageError(
        Words.of("sandbox.outside", SockAddr.hostOf(a)), 0, Words.of("sandbox.outsideHint"));
  }

  private static UsageError refuse(String key, Object... args) {
    Object[] words = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      words[i] = String.valueOf(args[i]); // numbers as C writes them, without grouping
    }
    return new UsageError(Words.of(key, words));
  }

  /**
   * A graded script's directives (check --sandbox): no record and no export (they write files), and
   * source only of files below {@code dir}, by a relative path without "..", symbolic links
   * included. Every directive is named: a new one does not compile until it says whether a sandbox
   * lets it run.
   */
  public static void checkDirective(
      Command.Directive d,
      java.nio.file.Path dir,
      java.util.function.Function<String, java.nio.file.Path> resolve) {
    switch (d) {
      case Command.Record r -> throw new UsageError(Words.of("sandbox.noWrite", "record"));
      case Command.Export e -> throw new UsageError(Words.of("sandbox.noWrite", "export"));
      case Command.Source s -> {
        java.nio.file.Path p = java.nio.file.Path.of(s.path());
        if (p.isAbsolute() || s.path().startsWith("~") || s.path().contains("..")) {
          throw new UsageError(Words.of("sandbox.source", s.path()));
        }
        if (!inside(resolve.apply(s.path()), dir)) {
          throw new UsageError(Words.of("sandbox.source", s.path()));
        }
      }
      // lessons run in a run nested in this one, held to the same sandbox; doctor only reads
      case Command.Lessons l -> {}
      case Command.Lesson l -> {}
      case Command.Doctor l -> {}
    }
  }

  /**
   * Whether {@code file}, its links followed, is below {@code dir}: a graded file or a sourced one
   * may not be a link out of the directory. A file that is not there is let through (reading it
   * says so).
   */
  public static boolean inside(java.nio.file.Path file, java.nio.file.Path dir) {
    try {
      return file.toRealPath().startsWith(dir.toRealPath());
    } catch (java.io.IOException e) {
      return true;
    }
  }
}
