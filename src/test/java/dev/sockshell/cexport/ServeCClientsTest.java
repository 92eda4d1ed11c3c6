package dev.sockshell.cexport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sockshell.Shell;
import dev.sockshell.event.Event;
import dev.sockshell.render.Renderer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * sockshell stands in for the chapter's servers: reply answers the sender of the last datagram, and
 * watch … echo answers a UDP client and a TCP client written in C (compiled here with cc, run on
 * loopback, with the chapter's receive timeout on the client side).
 */
class ServeCClientsTest {
  private static final String UDP_CLIENT =
      """
      #include <arpa/inet.h>
      #include <stdio.h>
      #include <stdlib.h>
      #include <string.h>
      #include <sys/socket.h>
      #include <sys/time.h>
      #include <unistd.h>
      int main(int argc, char **argv) {
        (void) argc;
        int s = socket(AF_INET, SOCK_DGRAM, 0);
        struct timeval tv = {3, 500000}; /* the chapter's receive timeout */
        setsockopt(s, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
        struct sockaddr_in to;
        memset(&to, 0, sizeof to);
        to.sin_family = AF_INET;
        to.sin_port = htons((unsigned short) atoi(argv[1]));
        inet_pton(AF_INET, "127.0.0.1", &to.sin_addr);
        for (int i = 0; i < 3; i++) {
          char msg[32], buf[64];
          snprintf(msg, sizeof msg, "hello %d", i);
          sendto(s, msg, strlen(msg), 0, (struct sockaddr *) &to, sizeof to);
          ssize_t n = recvfrom(s, buf, sizeof buf - 1, 0, NULL, NULL);
          if (n < 0) { perror("recvfrom"); return 1; }
          buf[n] = 0;
          printf("[UDP client] got: %s\\n", buf);
        }
        close(s);
        return 0;
      }
      """;

  private static final String TCP_CLIENT =
      """
      #include <arpa/inet.h>
      #include <stdio.h>
      #include <stdlib.h>
      #include <string.h>
      #include <sys/socket.h>
      #include <sys/time.h>
      #include <unistd.h>
      int main(int argc, char **argv) {
        (void) argc;
        int s = socket(AF_INET, SOCK_STREAM, 0);
        struct timeval tv = {3, 0};
        setsockopt(s, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
        struct sockaddr_in to;
        memset(&to, 0, sizeof to);
        to.sin_family = AF_INET;
        to.sin_port = htons((unsigned short) atoi(argv[1]));
        inet_pton(AF_INET, "127.0.0.1", &to.sin_addr);
        if (connect(s, (struct sockaddr *) &to, sizeof to) != 0) { perror("connect"); return 1; }
        const char *msg = "ping over tcp";
        send(s, msg, strlen(msg), 0);
        char buf[64];
        size_t got = 0;
        while (got < strlen(msg)) {
          ssize_t n = recv(s, buf + got, sizeof buf - 1 - got, 0);
          if (n <= 0) { perror("recv"); return 1; }
          got += (size_t) n;
        }
        buf[got] = 0;
        printf("[TCP client] got: %s\\n", buf);
        close(s);
        return 0;
      }
      """;

  private static Path build(Path dir, String name, String source) throws Exception {
    Path src = dir.resolve(name + ".c");
    Files.writeString(src, source);
    Path exe = dir.resolve(name);
    Cc.compile("cc", src, exe);
    return exe;
  }

  @Test
  void watchEchoServesTheChaptersUdpClient(@TempDir Path dir) throws Exception {
    Cc.assumeCompiler("cc");
    Path client = build(dir, "udpclient", UDP_CLIENT);
    List<Event> shown = new CopyOnWriteArrayList<>();
    try (Shell sh = new Shell()) {
      sh.watchTo(shown::add);
      sh.ok("open udp as srv; bind 127.0.0.1 0; watch srv echo");
      Cc.Run r = Cc.run(List.of(client.toString(), "" + sh.port("srv")), Map.of(), 30);
      assertThat(r.status()).as(r.out()).isZero();
      assertThat(r.out())
          .contains("[UDP client] got: hello 0")
          .contains("[UDP client] got: hello 1")
          .contains("[UDP client] got: hello 2");
      Shell.eventually(
          () -> {
            assertThat(shown).filteredOn(e -> e instanceof Event.Received).hasSize(3);
            assertThat(shown).filteredOn(e -> e instanceof Event.Sent).hasSize(3);
          });
    }
  }

  @Test
  void aWatchedEchoingListenerServesATcpClientOnTheConnectionItAccepts(@TempDir Path dir)
      throws Exception {
    Cc.assumeCompiler("cc");
    Path client = build(dir, "tcpclient", TCP_CLIENT);
    List<Event> shown = new CopyOnWriteArrayList<>();
    try (Shell sh = new Shell()) {
      sh.watchTo(shown::add);
      sh.ok("open tcp as srv; bind 127.0.0.1 0; listen; watch srv echo");
      Cc.Run r = Cc.run(List.of(client.toString(), "" + sh.port("srv")), Map.of(), 30);
      assertThat(r.status()).as(r.out()).isZero();
      assertThat(r.out()).contains("[TCP client] got: ping over tcp");
      // the accepted connection was watched: its data showed above the prompt
      Shell.eventually(
          () ->
              assertThat(shown)
                  .anyMatch(e -> e instanceof Event.Accepted)
                  .anyMatch(
                      e ->
                          e instanceof Event.Received d
                              && new String(d.data(), StandardCharsets.UTF_8).contains("ping")));
    }
  }

  @Test
  void replyAnswersTheLastSenderAndSaysWhyWhenThereIsNone() {
    Renderer words = new Renderer(false);
    try (Shell sh = new Shell()) {
      sh.ok("open udp as srv; bind 127.0.0.1 0");
      assertThat(words.render(sh.fails("reply srv \"too soon\"")))
          .contains("srv has received no datagram yet");
      int port = sh.port("srv");
      sh.ok("open udp as cli; send cli \"ping\" to 127.0.0.1 " + port);
      sh.ok("recv srv");
      String ls = sh.ok("ls").stream().map(words::render).reduce("", String::concat);
      assertThat(ls).contains("127.0.0.1:" + sh.port("cli") + " (last sender)");
      sh.ok("reply srv \"pong\"");
      assertThat(new String(sh.received("recv cli timeout 2s").data(), StandardCharsets.UTF_8))
          .isEqualTo("pong");
      sh.ok("open tcp as idle");
      assertThat(words.render(sh.fails("reply idle \"x\""))).contains("idle is not connected");
    }
  }
}
