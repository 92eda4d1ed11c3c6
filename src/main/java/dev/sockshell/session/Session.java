package dev.sockshell.session;

import dev.sockshell.command.SockRef;
import dev.sockshell.error.UsageError;
import dev.sockshell.model.Family;
import dev.sockshell.model.Proto;
import dev.sockshell.text.Words;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The table of live sockets, and which of them is current. */
public final class Session {
  private final Map<String, SessionSocket> sockets = new LinkedHashMap<>();
  private final dev.sockshell.lab.Lab.Slot lab;

  /** A session with a lab slot of its own. */
  public Session() {
    this(new dev.sockshell.lab.Lab.Slot());
  }

  /** A session that keeps its lab in {@code lab} (a lesson's: its parent's). */
  public Session(dev.sockshell.lab.Lab.Slot lab) {
    this.lab = lab;
  }

  /** Where this session's lab is kept: the lab it built, its hosts' names and namespaces. */
  public dev.sockshell.lab.Lab.Slot lab() {
    return lab;
  }

  private int nextId = 1;
  private SessionSocket current;
  private volatile java.nio.charset.Charset encoding = java.nio.charset.StandardCharsets.UTF_8;

  /** What counts the bytes a session sends against a limit (a graded script's sandbox). */
  public interface SendBudget {
    /** Counts {@code n} more bytes; throws when the limit is passed. */
    void charge(long n);
  }

  private volatile SendBudget budget = n -> {};

  public SendBudget budget() {
    return budget;
  }

  public void budget(SendBudget b) {
    budget = b == null ? n -> {} : b;
  }

  /** How quoted text is sent and received text shown (set encoding); UTF-8 by default. */
  public java.nio.charset.Charset encoding() {
    return encoding;
  }

  public void encoding(java.nio.charset.Charset c) {
    encoding = c;
  }

  public synchronized SessionSocket add(String name, int fd, Family family, Proto proto) {
    SessionSocket s = addQuietly(name, fd, family, proto);
    current = s;
    return s;
  }

  /** Adds a socket without making it current (a connection a background watcher accepted). */
  public synchronized SessionSocket addQuietly(String name, int fd, Family family, Proto proto) {
    if (name != null && find(name) != null) {
      throw new UsageError(Words.of("session.nameTaken", name));
    }
    SessionSocket s = new SessionSocket("s" + nextId++, name, fd, family, proto, this::encoding);
    sockets.put(s.id(), s);
    return s;
  }

  public synchronized void remove(SessionSocket s) {
    sockets.remove(s.id());
    if (current == s) {
      current = sockets.isEmpty() ? null : List.copyOf(sockets.values()).getLast();
    }
  }

  /** The socket a command names, or the current one when it names none. */
  public synchronized SessionSocket resolve(SockRef ref) {
    if (ref == null) {
      if (current == null) {
        throw new UsageError(Words.of("session.none"));
      }
      return current;
    }
    SessionSocket s = find(ref.name());
    if (s == null) {
      throw new UsageError(
          sockets.isEmpty()
              ? Words.of("session.noSuch", Words.clipped(ref.name()))
              : Words.of(
                  "session.noSuchOpen", Words.clipped(ref.name()), String.join(", ", labels())),
          ref.column());
    }
    return s;
  }

  private SessionSocket find(String idOrName) {
    SessionSocket byId = sockets.get(idOrName);
    if (byId != null) {
      return byId;
    }
    for (SessionSocket s : sockets.values()) {
      if (idOrName.equals(s.name())) {
        return s;
      }
    }
    return null;
  }

  public synchronized void use(SessionSocket s) {
    current = s;
  }

  public synchronized SessionSocket current() {
    return current;
  }

  public synchronized List<SessionSocket> all() {
    return new ArrayList<>(sockets.values());
  }

  /** Ids and names, for completion. */
  public synchronized List<String> labels() {
    List<String> out = new ArrayList<>();
    for (SessionSocket s : sockets.values()) {
      out.add(s.id());
      if (s.name() != null) {
        out.add(s.name());
      }
    }
    return out;
  }
}
