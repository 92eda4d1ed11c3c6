package dev.sockshell.cexport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sockshell.Shell;
import dev.sockshell.catalogue.OptionCatalogue;
import dev.sockshell.catalogue.SockOption;
import dev.sockshell.event.Event;
import dev.sockshell.posix.SocketError;
import dev.sockshell.session.SessionSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What sockshell reads is what C reads: a small C program takes the very descriptors sockshell
 * opened (pidfd_open and pidfd_getfd on this JVM) and calls getsockopt for every option of the
 * catalogue on each (set-only ones and ones for other sockets too), with the same buffer size; its
 * bytes (or its errno) must equal what sockshell got. Loopback only. Needs pidfd_getfd (Linux 5.6)
 * and the right to use it (root, as in CI).
 */
@org.junit.jupiter.api.Tag("slow") // Wine, mingw-w64, C programs or network namespaces
class SameAsCTest {
  /**
   * Values that change between two reads by themselves (a connection's counters, the clock): read
   * too, and held to the same length or the same errno, not to the same bytes.
   */
  private static final Set<String> MOVING = Set.of("TCP_INFO", "TCP_TIMESTAMP");

  private static final String PROGRAM =
      """
      #define _GNU_SOURCE
      #include <errno.h>
      #include <stdio.h>
      #include <stdlib.h>
      #include <string.h>
      #include <sys/socket.h>
      #include <sys/syscall.h>
      #include <unistd.h>
      /* argv: pid, then fd:level:optname:size ... ; prints one line each: hex bytes or !errno */
      int main(int argc, char **argv) {
        int pidfd = (int) syscall(SYS_pidfd_open, atoi(argv[1]), 0);
        if (pidfd < 0) { perror("pidfd_open"); return 2; }
        for (int i = 2; i < argc; i++) {
          int fd, level, name, size;
          sscanf(argv[i], "%d:%d:%d:%d", &fd, &level, &name, &size);
          int mine = (int) syscall(SYS_pidfd_getfd, pidfd, fd, 0);
          if (mine < 0) { perror("pidfd_getfd"); return 3; }
          unsigned char buf[512];
          memset(buf, 0, sizeof buf);
          socklen_t len = (socklen_t) size;
          if (getsockopt(mine, level, name, buf, &len) != 0) {
            printf("!%d\\n", errno);
          } else {
            for (socklen_t k = 0; k < len; k++) printf("%02x", buf[k]);
            printf("\\n");
          }
          close(mine);
        }
        return 0;
      }
      """;

  @Test
  void everyReadableOptionOfEverySocketKindReadsTheSameBytesInC(@TempDir Path dir)
      throws Exception {
    Path exe = compiled(dir, "same", PROGRAM);
    try (Shell sh = new Shell()) {
      sh.ok("open udp as u4; bind 127.0.0.1 0; setopt IP_MULTICAST_TTL 3; setopt SO_RCVBUF 100000");
      sh.ok("open udp ipv6 as u6; setopt IPV6_TCLASS 16; setopt SO_BINDTODEVICE lo");
      sh.ok("open tcp as l; bind 127.0.0.1 0; listen; setopt TCP_DEFER_ACCEPT 5");
      int port = sh.port("l");
      sh.ok("open tcp as c; setopt TCP_CONGESTION reno; connect 127.0.0.1 " + port);
      sh.ok("accept l; setopt SO_LINGER on 3");
      String a = sh.interpreter().session().current().label();
      sh.ok("open tcp ipv6 as t6; setopt IPV6_V6ONLY 1; setopt TCP_USER_TIMEOUT 900");
      Map<String, String> ours = new LinkedHashMap<>();
      Set<String> moving = new java.util.HashSet<>();
      List<String> args = new ArrayList<>();
      args.add(exe.toString());
      args.add(Long.toString(ProcessHandle.current().pid()));
      for (String label : List.of("u4", "u6", "l", "c", a, "t6")) {
        SessionSocket s = sh.socket(label);
        for (SockOption o : OptionCatalogue.get().all()) {
          // every option on every socket kind: what it is for is no reason to skip the call
          if (MOVING.contains(o.name())) {
            moving.add(label + " " + o.name());
          }
          ours.put(label + " " + o.name(), read(sh, label, o));
          args.add(
              s.fd() + ":" + o.level().number() + ":" + o.number() + ":" + o.type().capacity());
        }
      }
      assertThat(differ(ours, runC(args, ours.size()), moving))
          .as("options read differently")
          .isEmpty();
      assertThat(ours.size()).isGreaterThan(6 * 160);
    }
  }

  /**
   * Every option named at every other level (the students' commonest C mix-up): sockshell makes the
   * call C would make, {@code (LEVEL, the option's number)}, and shows what C gets, value or errno.
   */
  @Test
  void everyOptionNamedAtEveryOtherLevelReadsWhatCReadsWithThoseNumbers(@TempDir Path dir)
      throws Exception {
    Path exe = compiled(dir, "same", PROGRAM);
    List<dev.sockshell.catalogue.Level> levels =
        List.of(
            dev.sockshell.catalogue.Level.SOL_SOCKET,
            dev.sockshell.catalogue.Level.IPPROTO_IP,
            dev.sockshell.catalogue.Level.IPPROTO_IPV6,
            dev.sockshell.catalogue.Level.IPPROTO_TCP,
            dev.sockshell.catalogue.Level.IPPROTO_UDP);
    try (Shell sh = new Shell()) {
      sh.ok("open udp as u4; open udp ipv6 as u6");
      sh.ok("open tcp as l; bind 127.0.0.1 0; listen");
      sh.ok("open tcp as c; connect 127.0.0.1 " + sh.port("l"));
      sh.ok("open tcp ipv6 as t6");
      Map<String, String> ours = new LinkedHashMap<>();
      Set<String> moving = new java.util.HashSet<>();
      List<String> args = new ArrayList<>();
      args.add(exe.toString());
      args.add(Long.toString(ProcessHandle.current().pid()));
      for (String label : List.of("u4", "u6", "c", "t6")) {
        SessionSocket s = sh.socket(label);
        for (SockOption o : OptionCatalogue.get().all()) {
          for (dev.sockshell.catalogue.Level level : levels) {
            if (level == o.level()) {
              continue;
            }
            var there = OptionCatalogue.get().byNumber(level.number(), o.number());
            if (there.isPresent() && MOVING.contains(there.get().name())) {
              moving.add(label + " " + level.name() + " " + o.name());
            }
            ours.put(
                label + " " + level.name() + " " + o.name(),
                read(sh, label + " " + level.name(), o));
            int size =
                there
                    .map(t -> t.type().capacity())
                    .orElse(dev.sockshell.ctype.CTypes.BYTES.capacity());
            args.add(s.fd() + ":" + level.number() + ":" + o.number() + ":" + size);
          }
        }
      }
      assertThat(differ(ours, runC(args, ours.size()), moving))
          .as("options read differently")
          .isEmpty();
      assertThat(ours.size()).isGreaterThan(4 * 4 * 160);
    }
  }

  private static final String SETTER =
      """
      #define _GNU_SOURCE
      #include <errno.h>
      #include <stdio.h>
      #include <string.h>
      #include <sys/socket.h>
      #include <unistd.h>
      /* argv: family:type:level:optname:readsize:hex ... (readsize -1: set-only; hex - : empty).
         On a new socket each: setsockopt with those bytes, then getsockopt of readsize bytes.
         One line each: !ERRNO (the set failed), ok, ok:HEX, or ok!ERRNO (the read failed). */
      int main(int argc, char **argv) {
        for (int i = 1; i < argc; i++) {
          int fam, type, level, name, size;
          char hex[1100];
          sscanf(argv[i], "%d:%d:%d:%d:%d:%1099s", &fam, &type, &level, &name, &size, hex);
          unsigned char val[540];
          int n = 0;
          if (strcmp(hex, "-") != 0)
            for (; hex[2 * n] != 0; n++) sscanf(hex + 2 * n, "%2hhx", &val[n]);
          int s = socket(fam, type, 0);
          if (s < 0) { perror("socket"); return 2; }
          if (setsockopt(s, level, name, val, (socklen_t) n) != 0) {
            printf("!%s\\n", strerrorname_np(errno));
          } else if (size < 0) {
            printf("ok\\n");
          } else {
            unsigned char buf[540];
            memset(buf, 0, sizeof buf);
            socklen_t len = (socklen_t) size;
            if (getsockopt(s, level, name, buf, &len) != 0) {
              printf("ok!%s\\n", strerrorname_np(errno));
            } else {
              printf("ok:");
              for (socklen_t k = 0; k < len; k++) printf("%02x", buf[k]);
              printf("\\n");
            }
          }
          close(s);
        }
        return 0;
      }
      """;

  /**
   * Every settable option set on every socket kind, each on a new socket, as a C program sets it
   * with the same bytes: the same errno, or the same bytes read back. Values: the option's first
   * example, or its type's; group and interface values name lo (nothing leaves this machine).
   */
  @Test
  void everyOptionSetOnEverySocketKindGivesWhatCGets(@TempDir Path dir) throws Exception {
    Path exe = compiled(dir, "set", SETTER);
    Map<String, String> ours = new LinkedHashMap<>();
    List<String> args = new ArrayList<>();
    args.add(exe.toString());
    String[][] kinds = {
      {"udp", "2", "2"}, {"tcp", "2", "1"}, {"udp ipv6", "10", "2"}, {"tcp ipv6", "10", "1"}
    };
    try (Shell sh = new Shell()) {
      for (String[] kind : kinds) {
        boolean v6 = kind[1].equals("10");
        for (SockOption o : OptionCatalogue.get().all()) {
          if (!o.canSet()) {
            continue;
          }
          String value = valueFor(o, v6);
          sh.ok("open " + kind[0] + " as x");
          String[] got = set(sh, o, value);
          sh.ok("close x");
          ours.put(kind[0] + " " + o.name() + " " + value, got[0]);
          int size = o.canGet() ? o.type().capacity() : -1;
          String hex = got[1].isEmpty() ? "-" : got[1];
          args.add(
              kind[1]
                  + ":"
                  + kind[2]
                  + ":"
                  + o.level().number()
                  + ":"
                  + o.number()
                  + ":"
                  + size
                  + ":"
                  + hex);
        }
      }
    }
    assertThat(differ(ours, runC(args, ours.size()), Set.of()))
        .as("options set differently")
        .isEmpty();
    assertThat(ours.size()).isGreaterThan(4 * 150);
  }

  /** A value for the option: lo-pinned for groups and interfaces, else its first example. */
  private static String valueFor(SockOption o, boolean v6) {
    String c = o.type().cName();
    if (c.startsWith("struct ip_mreq_source")) {
      return "235.7.8.9 127.0.0.1 127.0.0.2";
    }
    if (c.startsWith("struct ip_mreq")) {
      return "235.7.8.9 127.0.0.1";
    }
    if (c.startsWith("struct ipv6_mreq")) {
      return "ff15::7 lo";
    }
    if (c.startsWith("struct group_source_req")) {
      return v6 ? "ff35::7 lo ::1" : "232.1.2.3 lo 127.0.0.2";
    }
    if (c.startsWith("struct group_req")) {
      return v6 ? "ff15::7 lo" : "235.7.8.9 lo";
    }
    if (o.has(dev.sockshell.catalogue.Trait.MULTICAST_IF)) {
      return o.level() == dev.sockshell.catalogue.Level.IPPROTO_IPV6 ? "lo" : "127.0.0.1";
    }
    if (c.contains("interface")) {
      return "lo";
    }
    return o.examples().isEmpty() ? o.type().example() : o.examples().get(0);
  }

  /**
   * Sets the option on x: {what happened as C prints it, the bytes setsockopt was given in hex}.
   */
  private static String[] set(Shell sh, SockOption o, String value) {
    List<Event> events = sh.run("setopt x " + o.name() + " " + value);
    String bytes = "";
    String outcome = null;
    for (Event e : events) {
      if (e instanceof Event.Failure f) {
        if (f.error() instanceof SocketError s
            && s.call().equals("setsockopt")
            && f.attempted() instanceof Event.OptionSet a) {
          return new String[] {"!" + s.errnoName(), HexFormat.of().formatHex(a.call().set())};
        }
        return new String[] {"refused by sockshell: " + f.error().getMessage(), ""};
      }
      if (e instanceof Event.OptionValue v && v.call() != null) {
        bytes = HexFormat.of().formatHex(v.call().set());
        outcome = "ok:" + HexFormat.of().formatHex(v.call().got());
      } else if (e instanceof Event.OptionSet s && outcome == null) {
        bytes = HexFormat.of().formatHex(s.call().set());
        outcome = "ok";
      } else if (e instanceof Event.Note n
          && n.said() instanceof dev.sockshell.text.Words.Message m
          && m.key().equals("opt.readBackFailed")) {
        java.util.regex.Matcher errno =
            java.util.regex.Pattern.compile("\\((E[A-Z0-9]+)\\)").matcher(n.text());
        outcome = errno.find() ? "ok!" + errno.group(1) : "ok!?";
      }
    }
    return new String[] {outcome == null ? "no outcome" : outcome, bytes};
  }

  /** The C program, compiled (the test is skipped where there is no cc). */
  private static Path compiled(Path dir, String name, String program) throws Exception {
    Cc.assumeCompiler("cc");
    Path src = dir.resolve(name + ".c");
    Files.writeString(src, program);
    Path exe = dir.resolve(name);
    Cc.compile("cc", src, exe);
    return exe;
  }

  /** Runs the C program on {@code args}: its lines, one a case. */
  private static List<String> runC(List<String> args, int cases) throws Exception {
    Cc.Run r = Cc.run(args, Map.of(), 120);
    assertThat(r.status()).as(r.out()).isZero();
    List<String> theirs = r.out().lines().toList();
    assertThat(theirs).hasSize(cases);
    return theirs;
  }

  /** The readings that differ: bytes, or for a moving value its length or errno. */
  private static List<String> differ(
      Map<String, String> ours, List<String> theirs, Set<String> moving) {
    int i = 0;
    List<String> differ = new ArrayList<>();
    for (Map.Entry<String, String> e : ours.entrySet()) {
      String mine = e.getValue();
      String c = theirs.get(i++);
      boolean same =
          mine.equals(c)
              || (moving.contains(e.getKey())
                  && !mine.startsWith("!")
                  && !c.startsWith("!")
                  && mine.length() == c.length());
      if (!same) {
        differ.add(e.getKey() + ": sockshell " + mine + ", C " + c);
      }
    }
    return differ;
  }

  /** The bytes sockshell's getsockopt returned, in hex, or !errno. */
  private static String read(Shell sh, String label, SockOption o) {
    for (Event e : sh.run("getopt " + label + " " + o.name())) {
      if (e instanceof Event.Failure f) {
        return f.error() instanceof SocketError s ? "!" + s.errno() : "!" + f.error();
      }
      if (e instanceof Event.OptionValue v && v.call() != null) {
        return HexFormat.of().formatHex(v.call().got());
      }
    }
    throw new AssertionError("no value for " + o.name());
  }
}
