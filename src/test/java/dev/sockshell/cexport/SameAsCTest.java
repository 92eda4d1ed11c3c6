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
  /** Values that change between two reads by themselves. */
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
    Cc.assumeCompiler("cc");
    Path src = dir.resolve("same.c");
    Files.writeString(src, PROGRAM);
    Path exe = dir.resolve("same");
    Cc.compile("cc", src, exe);
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
      List<String> args = new ArrayList<>();
      args.add(exe.toString());
      args.add(Long.toString(ProcessHandle.current().pid()));
      for (String label : List.of("u4", "u6", "l", "c", a, "t6")) {
        SessionSocket s = sh.socket(label);
        for (SockOption o : OptionCatalogue.get().all()) {
          // every option on every socket kind: what it is for is no reason to skip the call
          if (MOVING.contains(o.name())) {
            continue;
          }
          ours.put(label + " " + o.name(), read(sh, label, o));
          args.add(
              s.fd() + ":" + o.level().number() + ":" + o.number() + ":" + o.type().capacity());
        }
      }
      Cc.Run r = Cc.run(args, Map.of(), 60);
      assertThat(r.status()).as(r.out()).isZero();
      List<String> theirs = r.out().lines().toList();
      assertThat(theirs).hasSameSizeAs(ours.keySet());
      int i = 0;
      List<String> differ = new ArrayList<>();
      for (Map.Entry<String, String> e : ours.entrySet()) {
        if (!e.getValue().equals(theirs.get(i))) {
          differ.add(e.getKey() + ": sockshell " + e.getValue() + ", C " + theirs.get(i));
        }
        i++;
      }
      assertThat(differ).as("options read differently").isEmpty();
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
    Cc.assumeCompiler("cc");
    Path src = dir.resolve("same.c");
    Files.writeString(src, PROGRAM);
    Path exe = dir.resolve("same");
    Cc.compile("cc", src, exe);
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
              continue;
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
      Cc.Run r = Cc.run(args, Map.of(), 60);
      assertThat(r.status()).as(r.out()).isZero();
      List<String> theirs = r.out().lines().toList();
      assertThat(theirs).hasSameSizeAs(ours.keySet());
      int i = 0;
      List<String> differ = new ArrayList<>();
      for (Map.Entry<String, String> e : ours.entrySet()) {
        if (!e.getValue().equals(theirs.get(i))) {
          differ.add(e.getKey() + ": sockshell " + e.getValue() + ", C " + theirs.get(i));
        }
        i++;
      }
      assertThat(differ).as("options read differently").isEmpty();
      assertThat(ours.size()).isGreaterThan(4 * 4 * 160);
    }
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
