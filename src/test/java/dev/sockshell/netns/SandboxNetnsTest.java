package dev.sockshell.netns;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * check --sandbox grades a folder of good and hostile scripts: each hostile one fails with its
 * sandbox line, the good ones pass, no file outside the folder changes, and JUnit XML and CSV are
 * written. It runs inside a network namespace with only lo that the test makes, so that even a
 * sandbox bug reaches no network.
 */
@org.junit.jupiter.api.Tag("slow") // Wine, mingw-w64, C programs or network namespaces
class SandboxNetnsTest {
  @TempDir Path tmp;

  @Test
  void hostileScriptsFailWithTheirLineAndGoodOnesPass() throws Exception {
    String[] why = {null};
    try (NetNs ns = NetNs.bare(why)) {
      Assumptions.assumeTrue(ns != null, () -> why[0]);
      Path dir = Files.createDirectories(tmp.resolve("submissions"));
      String passwd = Files.readString(Path.of("/etc/passwd"));
      Path victim = tmp.resolve("victim.sockscript");
      Files.writeString(victim, "# untouched\n");
      Map<String, String> hostile = new LinkedHashMap<>();
      hostile.put("public", "open udp\nsend \"x\" to 8.8.8.8 53\n");
      hostile.put("private", "open udp\nsend \"x\" to 10.0.0.1 9\n");
      hostile.put("bindreal", "open udp\nbind 10.0.0.5 9000\n");
      hostile.put("joinreal", "open udp\nbind * 9300\njoin 235.7.8.9 eth0\n");
      hostile.put("joinnone", "open udp\njoin 235.7.8.9 10.0.0.5\n");
      hostile.put("joinnoiface", "open udp\njoin 235.7.8.9\n");
      hostile.put("passwd", "source /etc/passwd\n");
      hostile.put("dotdot", "source ../victim.sockscript\n");
      hostile.put("record", "record --force " + victim + "\nopen udp\n");
      hostile.put("export", "open udp\nexport c " + tmp.resolve("victim.c") + " --force\n");
      hostile.put("manysockets", "open udp\n".repeat(100_000));
      hostile.put("sleepy", "open udp\nsleep 30s\n");
      hostile.put("millionrounds", "open udp\ntime 1000000 { ls }\n");
      hostile.put("rounds", "open udp\ntime 50000 { ls }\n");
      hostile.put("raw", "open udp\nsetopt 1 61 hex:0100000000000000\n");
      hostile.put("multicast", "open udp\nsend \"x\" to 235.7.8.9 9000\n");
      hostile.put(
          "flood",
          "open udp as a\nbind 127.0.0.1 9401\nopen udp as b\nbind 127.0.0.1 9402\n"
              + "watch a echo\nwatch b echo\nsend a hex:"
              + "00".repeat(30000)
              + " to 127.0.0.1 9402\nsleep 3s\nsend a \"more\" to 127.0.0.1 9402\n");
      // the two echoes above no longer answer each other (the loop guard): the flood that fills
      // the sandbox's budget is sent by hand
      hostile.put(
          "bulk",
          "open udp as a\ntime 1000 { send a hex:" + "00".repeat(30000) + " to 127.0.0.1 9 }\n");
      for (var e : hostile.entrySet()) {
        Files.writeString(dir.resolve(e.getKey() + ".sockscript"), e.getValue());
      }
      Files.write(
          dir.resolve("longline.sockscript"),
          ("ls " + "x".repeat(10 << 20) + "\n").getBytes(StandardCharsets.US_ASCII));
      Files.createSymbolicLink(dir.resolve("link.sockscript"), Path.of("/etc/passwd"));
      Files.writeString(
          dir.resolve("good.sockscript"),
          "open udp as r\nbind 127.0.0.1 0\nsetopt SO_RCVBUF 100000\nexpect SO_RCVBUF = 200000\n");
      Files.writeString(
          dir.resolve("goodmulticast.sockscript"),
          "open udp as r\nbind * 9301\njoin 235.7.8.9 127.0.0.1\nopen udp as s\n"
              + "setopt IP_MULTICAST_IF 127.0.0.1\nsend \"hi\" to 235.7.8.9 9301\n"
              + "expect recv r \"hi\"\n");
      Path junit = tmp.resolve("grades.xml");
      Path csv = tmp.resolve("grades.csv");
      NetNs.Run r =
          ns.sockshell(
              "check",
              "--sandbox",
              "--limit",
              "6s",
              "--junit",
              junit.toString(),
              "--csv",
              csv.toString(),
              dir.toString());
      String out = r.out();
      assertThat(Files.readString(Path.of("/etc/passwd"))).isEqualTo(passwd);
      assertThat(r.status()).as(out + r.err()).isEqualTo(1);
      assertThat(out).contains("sandbox: a network namespace with only lo");
      assertThat(out).containsPattern("PASS  \\S*good\\.sockscript");
      assertThat(out).containsPattern("PASS  \\S*goodmulticast\\.sockscript");
      assertThat(out)
          .as("echoes that would answer each other")
          .containsPattern("PASS  \\S*flood\\.sockscript");
      assertThat(out)
          .contains("sandbox: 8.8.8.8 is outside the sandbox")
          .contains("sandbox: 10.0.0.1 is outside the sandbox")
          .contains("sandbox: 10.0.0.5 is outside the sandbox")
          .contains("only the loopback interface (lo, 127.0.0.1, ::1) is allowed, not 'eth0'")
          .contains("not '10.0.0.5'")
          .contains("join 235.7.8.9 needs an interface")
          .contains("source '/etc/passwd' leaves the script's folder")
          .contains("source '../victim.sockscript' leaves the script's folder")
          .contains("sandbox: record writes files")
          .contains("sandbox: export writes files")
          .contains("sandbox: at most 64 sockets at once")
          .contains("sandbox: more than 16777216 bytes sent")
          .contains("sandbox: time runs a block at most 10000 times")
          .contains("sandbox: options by number are not allowed")
          .contains("would send multicast out of the routing table's interface")
          .contains("is a link to a file outside its folder")
          .contains("took longer than the limit of 6.0 s")
          .contains("time runs a block 1..100000 times")
          .doesNotContain("root:x:0:0");
      assertThat(out).endsWith("3 passed, " + (hostile.size() + 1) + " failed\n");
      assertThat(Files.readString(victim)).isEqualTo("# untouched\n");
      assertThat(tmp.resolve("victim.c")).doesNotExist();
      String xml = Files.readString(junit);
      assertThat(xml)
          .startsWith("<?xml")
          .contains("<testsuite name=\"sockshell check\" tests=\"" + (hostile.size() + 4) + "\"")
          .contains("<failure message=");
      assertThat(Files.readAllLines(csv)).first().isEqualTo("file,result,line,message,seconds");
      assertThat(Files.readString(csv)).contains(",PASS,").contains(",FAIL,2,");
    }
  }
}
