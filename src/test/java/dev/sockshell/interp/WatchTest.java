package dev.sockshell.interp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sockshell.Shell;
import dev.sockshell.event.BoundedSink;
import dev.sockshell.event.Event;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** watch / unwatch: background receivers on real loopback sockets. */
class WatchTest {

  private static Event next(BlockingQueue<Event> q) throws InterruptedException {
    Event e = q.poll(5, TimeUnit.SECONDS);
    assertThat(e).as("an event from the watcher within 5 s").isNotNull();
    return e;
  }

  @Test
  void datagramsShowUpInTheBackgroundAndRecvWaitsForUnwatch() throws Exception {
    BlockingQueue<Event> shown = new LinkedBlockingQueue<>();
    try (Shell sh = new Shell()) {
      sh.watchTo(shown::add);
      sh.ok("open udp as rx; bind 127.0.0.1 0; watch rx");
      int port = sh.port("rx");
      sh.ok("open udp as tx");
      for (String word : List.of("one", "two", "three")) {
        sh.ok("send tx \"" + word + "\" to 127.0.0.1 " + port);
      }
      List<String> texts = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        Event.Received r = (Event.Received) next(shown);
        assertThat(r.sock()).isEqualTo("rx");
        assertThat(r.from().port()).isEqualTo(sh.port("tx"));
        texts.add(new String(r.data(), StandardCharsets.UTF_8));
      }
      assertThat(texts).containsExactly("one", "two", "three");
      assertThat(sh.socket("rx").bytesIn()).isEqualTo(11);
      assertThat(sh.fails("recv rx timeout 1s").error().getMessage()).contains("rx is watched");
      sh.ok("unwatch rx");
      sh.ok("send tx \"four\" to 127.0.0.1 " + port);
      assertThat(new String(sh.received("recv rx timeout 2s").data(), StandardCharsets.UTF_8))
          .isEqualTo("four");
      assertThat(sh.fails("unwatch rx").error().getMessage()).isEqualTo("rx is not watched");
    }
  }

  @Test
  void aWatchedListenerAcceptsConnectionsAsNewSockets() throws Exception {
    BlockingQueue<Event> shown = new LinkedBlockingQueue<>();
    try (Shell sh = new Shell()) {
      sh.watchTo(shown::add);
      sh.ok("open tcp as srv; bind 127.0.0.1 0; listen; watch srv");
      int port = sh.port("srv");
      sh.ok("open tcp as cli; connect 127.0.0.1 " + port);
      Event.Accepted accepted = (Event.Accepted) next(shown);
      assertThat(accepted.sock()).isEqualTo("s3");
      assertThat(accepted.listener()).isEqualTo("srv");
      assertThat(accepted.peer().host()).isEqualTo("127.0.0.1");
      // The new socket joins the session but does not take the prompt's current socket.
      assertThat(sh.interpreter().session().current().label()).isEqualTo("cli");
      // The accepted connection is watched too: what arrives on it shows above the prompt.
      sh.ok("send cli \"hi\"");
      Event.Received data = (Event.Received) next(shown);
      assertThat(data.sock()).isEqualTo("s3");
      assertThat(new String(data.data(), StandardCharsets.UTF_8)).isEqualTo("hi");
      sh.ok("unwatch s3; send cli \"by hand\"");
      assertThat(new String(sh.received("recv s3 timeout 2s").data(), StandardCharsets.UTF_8))
          .isEqualTo("by hand");
    }
  }

  @Test
  void closingAWatchedSocketStopsItsWatcher() throws Exception {
    BlockingQueue<Event> shown = new LinkedBlockingQueue<>();
    try (Shell sh = new Shell()) {
      sh.watchTo(shown::add);
      sh.ok("open udp as rx; bind 127.0.0.1 0; watch rx; close rx");
      assertThat(shown.poll(300, TimeUnit.MILLISECONDS)).as("no error from the watcher").isNull();
      assertThat(sh.ok("unwatch all")).isEmpty();
    }
  }

  @Test
  void watchNeedsABackgroundAndASocketThatCanReceive() {
    try (Shell sh = new Shell()) {
      sh.ok("open udp");
      assertThat(sh.fails("watch").error().getMessage())
          .isEqualTo("watch needs somewhere to show data; this mode has none");
      sh.watchTo(e -> {});
      sh.ok("open tcp");
      assertThat(sh.fails("watch").error().getMessage()).contains("neither listens");
    }
  }

  @Test
  void aFloodIsCountedNotBuffered() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    List<Event> shown = new java.util.concurrent.CopyOnWriteArrayList<>();
    try (Shell sh = new Shell();
        BoundedSink sink =
            new BoundedSink(
                e -> {
                  try {
                    release.await();
                  } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                  }
                  shown.add(e);
                },
                4)) {
      sh.watchTo(sink);
      sh.ok("open udp as rx; setopt SO_RCVBUF 1M; bind 127.0.0.1 0; watch rx");
      int port = sh.port("rx");
      sh.ok("open udp as tx");
      for (int i = 0; i < 100; i++) {
        sh.ok("send tx \"x\" to 127.0.0.1 " + port);
      }
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
      while (sink.dropped() == 0 && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertThat(sink.dropped()).as("events beyond the queue are dropped").isPositive();
      release.countDown();
      deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
      while (shown.stream().noneMatch(e -> e instanceof Event.Note)
          && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      Thread.sleep(200); // let the queue drain
      List<String> notes =
          shown.stream()
              .filter(e -> e instanceof Event.Note)
              .map(e -> ((Event.Note) e).text())
              .toList();
      assertThat(notes)
          .isNotEmpty()
          .allMatch(
              n ->
                  n.matches(
                      "\\d+ events? dropped: (it|they) came faster than the console could show (it|them)"));
      long droppedShown = notes.stream().mapToLong(n -> Long.parseLong(n.split(" ")[0])).sum();
      long receivedShown = shown.stream().filter(e -> e instanceof Event.Received).count();
      // Every datagram the watcher took was either shown or counted as dropped.
      assertThat(receivedShown + droppedShown).isLessThanOrEqualTo(100).isGreaterThan(4);
      assertThat(receivedShown).isLessThan(100);
    }
  }

  @Test
  void shutdownForReadingEndsAWatchInsteadOfSpinning() throws Exception {
    List<Event> shown = new java.util.concurrent.CopyOnWriteArrayList<>();
    try (Shell sh = new Shell()) {
      sh.watchTo(shown::add);
      sh.ok("open udp as rx; bind 127.0.0.1 0; watch rx");
      int port = sh.port("rx");
      sh.ok("open udp as tx; send tx hex: to 127.0.0.1 " + port);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
      while (shown.isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      // An empty datagram has a sender and is shown; it does not end the watch.
      assertThat(shown).singleElement().isInstanceOf(Event.Received.class);
      Event.Failure f = sh.fails("shutdown rx rd");
      assertThat(f.error().getMessage()).contains("ENOTCONN");
      assertThat(dev.sockshell.text.Words.text(f.hint()))
          .contains("Linux marked it shut all the same");
      deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
      while (sh.socket("rx").watched() && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertThat(sh.socket("rx").watched()).isFalse();
      // the note reaches the sink through the run's queue; then nothing more comes (no spin)
      dev.sockshell.Shell.eventually(() -> assertThat(shown).hasSizeGreaterThanOrEqualTo(2));
      Thread.sleep(100);
      assertThat(shown).hasSize(2);
      assertThat(shown.get(1))
          .isEqualTo(new Event.Note(dev.sockshell.text.Words.of("watch.stoppedShut", "rx")));
      assertThat(((Event.Note) shown.get(1)).text())
          .isEqualTo("stopped watching rx: shut down for reading (recv returns 0)");
      assertThat(sh.socket("rx").state().name()).isEqualTo("SHUT_RD");
    }
  }

  @Test
  void aWatchedSocketIsNotAcceptedOrReceivedByHand() {
    try (Shell sh = new Shell()) {
      sh.watchTo(e -> {});
      sh.ok("open tcp as l; bind 127.0.0.1 0; listen; watch l");
      assertThat(sh.fails("accept l").error().getMessage())
          .isEqualTo(
              "l is watched: new connections are accepted above the prompt ('unwatch l' to accept"
                  + " by hand)");
      sh.ok("open udp as u; bind 127.0.0.1 0; watch u");
      assertThat(sh.fails("recv u").error().getMessage()).startsWith("u is watched: what arrives");
      sh.ok("unwatch all");
      assertThat(sh.fails("accept l timeout 1ms").error().getMessage())
          .isEqualTo("accept: nothing within 0.001 s");
    }
  }

  @Test
  void shutdownOfAConnectedUdpSocketEndsItsWatchToo() throws Exception {
    List<Event> shown = new java.util.concurrent.CopyOnWriteArrayList<>();
    try (Shell sh = new Shell()) {
      sh.watchTo(shown::add);
      sh.ok("open udp as c; bind 127.0.0.1 0");
      sh.ok("connect c 127.0.0.1 " + sh.port("c") + "; shutdown c rd");
      // A later connect does not undo the shutdown (the session calls the socket connected again).
      sh.ok("connect c 127.0.0.1 " + sh.port("c") + "; watch c");
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
      while (sh.socket("c").watched() && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertThat(sh.socket("c").watched()).isFalse();
      Thread.sleep(200);
      // One note, not a spin of empty datagrams attributed to the peer.
      assertThat(shown).hasSizeLessThan(3);
    }
  }

  /**
   * A watcher never blocks on its socket: after poll says readable it reads with MSG_DONTWAIT, so
   * that when another reader took the datagram meanwhile it goes back to poll, where unwatch and
   * close reach it (a blocking read there held close and unwatch for good).
   */
  @Test
  void aWatcherReadsWithoutBlocking() throws Exception {
    java.util.List<Integer> flags = new java.util.concurrent.CopyOnWriteArrayList<>();
    dev.sockshell.posix.Sockets real = new dev.sockshell.posix.ffm.FfmSockets();
    dev.sockshell.posix.Sockets seen =
        (dev.sockshell.posix.Sockets)
            java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {dev.sockshell.posix.Sockets.class},
                (proxy, method, args) -> {
                  if ((method.getName().equals("recv") || method.getName().equals("recvmsg"))
                      && Thread.currentThread().getName().startsWith("watch-")) {
                    flags.add((Integer) args[2]);
                  }
                  try {
                    return method.invoke(real, args);
                  } catch (java.lang.reflect.InvocationTargetException e) {
                    throw e.getCause();
                  }
                });
    BlockingQueue<Event> shown = new LinkedBlockingQueue<>();
    try (Shell sh = new Shell(seen)) {
      sh.watchTo(shown::add);
      sh.ok("open udp as rx; bind 127.0.0.1 0; watch rx");
      int port = sh.port("rx");
      sh.ok("open udp as tx; send tx \"one\" to 127.0.0.1 " + port);
      assertThat(next(shown)).isInstanceOf(Event.Received.class);
      long t0 = System.nanoTime();
      sh.ok("unwatch rx");
      assertThat(System.nanoTime() - t0).isLessThan(TimeUnit.SECONDS.toNanos(2));
    }
    assertThat(flags).isNotEmpty();
    assertThat(flags)
        .allMatch(f -> (f & dev.sockshell.posix.Linux.MSG_DONTWAIT) != 0, "MSG_DONTWAIT");
  }

  /** Issue 20: two sockets that both echo once ping-ponged one datagram for ever at 0.6 core. */
  @Test
  void twoEchoesOfOneSessionDoNotAnswerEachOther() throws Exception {
    BlockingQueue<Event> shown = new LinkedBlockingQueue<>();
    try (Shell sh = new Shell()) {
      sh.watchTo(shown::add);
      sh.ok("open udp as a; bind 127.0.0.1 0; open udp as b; bind 0.0.0.0 0");
      int pb = sh.port("b");
      sh.ok("watch a echo; watch b echo");
      sh.ok("send a \"ping\" to 127.0.0.1 " + pb);
      Thread.sleep(500);
      List<Event> all = new ArrayList<>();
      shown.drainTo(all);
      assertThat(all.stream().filter(e -> e instanceof Event.Received).count())
          .as("b shows the datagram once, and nothing comes back to a")
          .isEqualTo(1);
      assertThat(all)
          .anySatisfy(
              e ->
                  assertThat(e)
                      .isInstanceOfSatisfying(
                          Event.Note.class,
                          n ->
                              assertThat(n.text())
                                  .contains("b: not echoed to 127.0.0.1:")
                                  .contains("that is a")));
      assertThat(sh.socket("a").bytesIn()).isZero();
      // An echo still answers a socket that does not echo.
      sh.ok("open udp as c; bind 127.0.0.1 0; send c \"hi\" to 127.0.0.1 " + pb);
      assertThat(new String(sh.received("recv c timeout 2s").data(), StandardCharsets.UTF_8))
          .isEqualTo("hi");
    }
  }

  @Test
  void anEchoingSocketThatSendsToItselfGetsItOnce() throws Exception {
    BlockingQueue<Event> shown = new LinkedBlockingQueue<>();
    try (Shell sh = new Shell()) {
      sh.watchTo(shown::add);
      sh.ok("open udp as a; bind 127.0.0.1 0; watch a echo");
      sh.ok("send a \"me\" to 127.0.0.1 " + sh.port("a"));
      Thread.sleep(300);
      assertThat(sh.socket("a").bytesIn()).isEqualTo(2);
    }
  }
}
