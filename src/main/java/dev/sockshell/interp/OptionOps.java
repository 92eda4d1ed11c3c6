package dev.sockshell.interp;

import dev.sockshell.catalogue.Level;
import dev.sockshell.catalogue.OptionCatalogue;
import dev.sockshell.catalogue.SockOption;
import dev.sockshell.catalogue.Trait;
import dev.sockshell.command.OptRef;
import dev.sockshell.ctype.CBytes;
import dev.sockshell.ctype.CType;
import dev.sockshell.ctype.CTypes;
import dev.sockshell.ctype.CodecEnv;
import dev.sockshell.ctype.Values;
import dev.sockshell.error.UsageError;
import dev.sockshell.event.Event;
import dev.sockshell.event.EventSink;
import dev.sockshell.kernel.KernelNotes;
import dev.sockshell.model.Atom;
import dev.sockshell.posix.SocketError;
import dev.sockshell.posix.Sockets;
import dev.sockshell.session.SessionSocket;
import dev.sockshell.text.Words;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

/** setopt and getopt: the catalogue's codecs around the real setsockopt/getsockopt. */
final class OptionOps {
  private final Sockets sockets;
  private final CodecEnv env;
  private final Attempts attempts;

  private final dev.sockshell.lab.Lab.Slot lab;

  OptionOps(Sockets sockets, CodecEnv env, Attempts attempts, dev.sockshell.lab.Lab.Slot lab) {
    this.lab = lab;
    this.sockets = sockets;
    this.env = env;
    this.attempts = attempts;
  }

  void set(SessionSocket s, OptRef ref, List<Atom> value, EventSink out) {
    SockOption o = ref.option();
    // the value is written as the user's C would write it: in the type of the option named
    SockOption typed = ref.meant() != null ? ref.meant() : o;
    boolean raw = typed == null || allHex(value);
    // A read-only option is still handed to the kernel, as C would: an int of the value given.
    CType type = raw ? CTypes.BYTES : typed.canSet() ? typed.type() : CTypes.INT;
    byte[] bytes = type.encode(value, envOf(s));
    Event.OptionCall call = new Event.OptionCall(ref.level(), ref.number(), o, bytes, null);
    attempts.about(new Event.OptionSet(s.label(), ref.displayName(), call));
    try {
      sockets.setsockopt(s.fd(), ref.level(), ref.number(), bytes);
    } catch (SocketError e) {
      throw ref.meant() != null
          ? e.hinted(wrongLevel(ref, false))
          : o == null ? e : e.hinted(!o.canSet() ? Words.of("opt.readOnly", o.name()) : why(s, o));
    }
    remember(s, o, bytes);
    byte[] now = null;
    if (o == null || !o.canSet() || !o.canGet()) {
      out.emit(new Event.OptionSet(s.label(), ref.displayName(), call));
    } else {
      // Read it back at once: what the kernel made of the value is the lesson.
      try {
        now = get(s, ref, bytes, out);
      } catch (SocketError e) {
        // The set worked; only the read-back failed (IPV6_MTU before a connect: ENOTCONN). That
        // is not the set's failure: say both.
        out.emit(new Event.OptionSet(s.label(), ref.displayName(), call));
        out.emit(new Event.Note(Words.of("opt.readBackFailed", ref.displayName(), e.said())));
      }
    }
    levelNote(ref, true, out);
    noEffect(s, o, false, out);
    if (now != null && o.has(Trait.RECV_TTL)) {
      // Decided by what the kernel kept (raw bytes set may be any length), not by what was sent.
      s.wantsTtl(
          now.length >= 4
              ? ByteBuffer.wrap(now).order(ByteOrder.nativeOrder()).getInt() != 0
              : now.length > 0 && now[0] != 0);
    }
  }

  private static boolean allHex(List<Atom> value) {
    for (Atom a : value) {
      if (a.kind() != Atom.Kind.HEX) {
        return false;
      }
    }
    return true;
  }

  /** Reads an option, shows it, and returns the bytes the kernel gave. */
  byte[] get(SessionSocket s, OptRef ref, EventSink out) {
    return get(s, ref, null, out);
  }

  /** {@code set}: the bytes setsockopt was just given, or null for a plain getopt. */
  private byte[] get(SessionSocket s, OptRef ref, byte[] set, EventSink out) {
    SockOption o = ref.option();
    attempts.about(
        new Event.OptionValue(
            s.label(),
            ref.displayName(),
            Words.literal(""),
            null,
            new Event.OptionCall(ref.level(), ref.number(), o, set, null),
            false));
    if (o == null) {
      byte[] raw;
      try {
        raw = sockets.getsockopt(s.fd(), ref.level(), ref.number(), CTypes.BYTES.capacity());
      } catch (SocketError e) {
        throw ref.meant() != null ? e.hinted(wrongLevel(ref, true)) : e;
      }
      if (set == null) {
        levelNote(ref, false, out);
      }
      out.emit(
          new Event.OptionValue(
              s.label(),
              ref.displayName(),
              Words.literal(CBytes.showBytes(raw)),
              null,
              new Event.OptionCall(ref.level(), ref.number(), null, set, raw),
              false));
      return raw;
    }
    byte[] raw;
    try {
      raw = sockets.getsockopt(s.fd(), ref.level(), ref.number(), o.type().capacity());
    } catch (SocketError e) {
      if (ref.meant() != null) {
        throw e.hinted(wrongLevel(ref, set == null));
      }
      throw e.hinted(
          o.canGet()
              ? why(s, o)
              : s.groups().isEmpty()
                  ? Words.of("opt.setOnly", o.name())
                  : Words.of(
                      "opt.setOnlyJoined", o.name(), dev.sockshell.model.Group.words(s.groups())));
    }
    // a set-only option the kernel answered shows its bytes, as C would see them
    out.emit(
        new Event.OptionValue(
            s.label(),
            o.name(),
            o.canGet()
                ? Words.shown(() -> o.type().show(raw, envOf(s)))
                : Words.literal(CBytes.showBytes(raw)),
            o.canGet() ? note(s, o, raw) : null,
            new Event.OptionCall(ref.level(), ref.number(), o, set, raw),
            false));
    if (set == null) {
      levelNote(ref, false, out);
      if (o.canGet()) {
        noEffect(s, o, true, out); // a setopt says so itself
      }
    }
    return raw;
  }

  /**
   * An option named at a level not its own was refused: the numbers C would pass got this errno
   * too; name the option's level (and what those numbers are, where the catalogue knows).
   */
  private static Words wrongLevel(OptRef ref, boolean read) {
    SockOption meant = ref.meant();
    String right = meantCommand(meant, !read);
    return ref.option() == null
        ? Words.of("opt.wrongLevel", meant.name(), meant.level().name(), ref.levelName(), right)
        : Words.of(
            "opt.wrongLevelIs",
            meant.name(),
            meant.level().name(),
            ref.levelName(),
            ref.option().name(),
            right);
  }

  /** The command that names {@code meant} at its own level: "setopt SOL_SOCKET SO_LINGER …". */
  private static String meantCommand(SockOption meant, boolean set) {
    return (set ? "setopt " : "getopt ")
        + meant.level().name()
        + " "
        + meant.name()
        + (set ? " \u2026" : "");
  }

  /**
   * The kernel answered an option named at a level not its own: say what the call really set or
   * read (the option those numbers are), as a C program passing them would have.
   */
  private static void levelNote(OptRef ref, boolean set, EventSink out) {
    SockOption meant = ref.meant();
    if (meant == null) {
      return;
    }
    String right = meantCommand(meant, set);
    String number = ref.levelName() + ", " + ref.number();
    out.emit(
        new Event.Note(
            ref.option() != null
                ? Words.of(
                    set ? "opt.levelSet" : "opt.levelRead",
                    meant.name(),
                    meant.level().name(),
                    number,
                    ref.option().name(),
                    right)
                : Words.of(
                    set ? "opt.levelSetUnknown" : "opt.levelReadUnknown",
                    meant.name(),
                    meant.level().name(),
                    number,
                    right)));
  }

  /** getopt all / getopt LEVEL: every readable option that applies to this socket. */
  void getAll(SessionSocket s, Level level, boolean every, EventSink out) {
    int shown = 0;
    for (SockOption o : OptionCatalogue.get().all()) {
      if ((level == null || o.level() == level)
          && (every || o.has(dev.sockshell.catalogue.Trait.CHAPTER))
          && o.canGet()
          && o.families().contains(s.family())
          && o.protos().contains(s.proto())) {
        shown++;
        try {
          get(s, OptRef.of(o, 0), out);
        } catch (SocketError e) {
          out.emit(
              new Event.OptionValue(
                  s.label(),
                  o.name(),
                  Words.shown(() -> "(" + e.said().text() + ")"),
                  null,
                  null,
                  false));
        }
      }
    }
    if (shown == 0) {
      throw new UsageError(
          Words.of("opt.noneApplies", level == null ? "" : level.name() + " ", s.label(), s.kind()),
          0,
          Words.of("opt.noneAppliesHint", level == null ? "" : " " + level.name()));
    }
  }

  /**
   * Why the kernel may have refused an option: it is for other sockets (the catalogue's knowledge,
   * put beside the kernel's errno), or null to let the general hints speak.
   */
  private static Words why(SessionSocket s, SockOption o) {
    return o.appliesTo(s.family(), s.proto())
        ? null
        : Words.of("opt.appliesTo", o.name(), o.forWhom(), s.label(), s.kind());
  }

  /**
   * The kernel took an option meant for other sockets: say that it does nothing here (where the
   * catalogue knows so), beside what the kernel did.
   */
  private static void noEffect(SessionSocket s, SockOption o, boolean read, EventSink out) {
    if (o != null && o.refuseElsewhere() && !o.appliesTo(s.family(), s.proto())) {
      out.emit(
          new Event.Note(
              Words.of(
                  read ? "opt.noEffectRead" : "opt.noEffect",
                  o.name(),
                  o.forWhom(),
                  s.label(),
                  s.kind())));
    }
  }

  /** Keeps the value the user set, to explain later what the kernel made of it. */
  private static void remember(SessionSocket s, SockOption o, byte[] bytes) {
    if (o != null && o.type() == dev.sockshell.ctype.CTypes.IN_ADDR) {
      // set by interface index (Linux's ip_mreqn), which getsockopt cannot report
      boolean byIndex = bytes.length == dev.sockshell.posix.Structs.IP_MREQN.byteSize();
      s.requested(
          KernelNotes.byIndex(o),
          byIndex
              ? dev.sockshell.posix.Structs.getInt(
                  bytes, dev.sockshell.posix.Structs.IP_MREQN, "imr_ifindex")
              : 0);
    }
    if (o != null) {
      Long asked = KernelNotes.asked(o, bytes);
      if (asked != null) {
        s.requested(o.name(), asked);
      }
    }
  }

  /** Interface names and indexes as the socket's own namespace has them (a lab host's). */
  private CodecEnv envOf(SessionSocket s) {
    return s.host() == null ? env : NativeEnv.inHost(env, sockets, s.host(), lab);
  }

  /** Explains a value the kernel changed, from the value the user last set. */
  private Words note(SessionSocket s, SockOption o, byte[] raw) {
    return KernelNotes.explain(s, o, s.requested(o.name()), raw, envOf(s));
  }

  static String seconds(long micros) {
    return Values.seconds(micros);
  }

  /** Whether the user turned on an option of the socket that has the trait (what was asked). */
  static boolean requestedOn(SessionSocket s, dev.sockshell.catalogue.Trait t) {
    for (var o : dev.sockshell.catalogue.OptionCatalogue.get().withTrait(t)) {
      Long v = s.requested(o.name());
      if (v != null && v != 0) {
        return true;
      }
    }
    return false;
  }
}
