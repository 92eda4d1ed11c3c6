package dev.sockshell.interp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sockshell.Shell;
import dev.sockshell.event.Event;
import dev.sockshell.render.Renderer;
import dev.sockshell.syntax.Parser;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The chapter's Windows programs speak CP949 (Korean Windows), not UTF-8: with set encoding cp949
 * (or cp949:"…" for one payload) sockshell sends and shows their text, with a peer that speaks
 * CP949 on loopback.
 */
class EncodingTest {
  private static final Charset CP949 = Charset.forName("x-windows-949");
  private static final Renderer WORDS = new Renderer(false);
  private static final String HELLO = "안녕하세요";

  private static String all(List<Event> events) {
    return String.join("\n", events.stream().map(WORDS::render).toList());
  }

  @Test
  void aCp949PeerIsUnderstoodBothWays() throws Exception {
    try (Shell sh = new Shell();
        DatagramSocket peer = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
      peer.setSoTimeout(3000);
      sh.ok("open udp as srv; bind 127.0.0.1 0");
      int port = sh.port("srv");
      byte[] cp949 = HELLO.getBytes(CP949);
      assertThat(cp949).hasSize(10); // two bytes a syllable, where UTF-8 takes three
      peer.send(new DatagramPacket(cp949, cp949.length, InetAddress.getLoopbackAddress(), port));
      // in UTF-8 these bytes are not text: a hex dump
      assertThat(all(sh.ok("recv srv timeout 2s"))).doesNotContain(HELLO).contains("(10 bytes)");

      assertThat(all(sh.ok("set encoding cp949"))).contains("cp949 (x-windows-949)");
      peer.send(new DatagramPacket(cp949, cp949.length, InetAddress.getLoopbackAddress(), port));
      assertThat(all(sh.ok("recv srv timeout 2s"))).contains(HELLO + "  (10 bytes)");

      sh.ok("reply srv \"" + HELLO + "\"");
      DatagramPacket got = new DatagramPacket(new byte[100], 100);
      peer.receive(got);
      byte[] data = Arrays.copyOf(got.getData(), got.getLength());
      assertThat(data).isEqualTo(cp949);
      assertThat(new String(data, CP949)).isEqualTo(HELLO);
      assertThat(all(sh.ok("ls"))).contains("text encoding: cp949");
    }
  }

  @Test
  void onePayloadCanNameItsOwnEncoding() throws Exception {
    try (Shell sh = new Shell();
        DatagramSocket peer = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
      peer.setSoTimeout(3000);
      sh.ok("open udp as tx");
      sh.ok("send cp949:\"" + HELLO + "\" to 127.0.0.1 " + peer.getLocalPort());
      DatagramPacket got = new DatagramPacket(new byte[100], 100);
      peer.receive(got);
      assertThat(Arrays.copyOf(got.getData(), got.getLength())).isEqualTo(HELLO.getBytes(CP949));
      sh.ok("send \"" + HELLO + "\" to 127.0.0.1 " + peer.getLocalPort());
      peer.receive(got);
      assertThat(Arrays.copyOf(got.getData(), got.getLength()))
          .isEqualTo(HELLO.getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void textAnEncodingCannotHoldAndUnknownEncodingsAreRefused() {
    try (Shell sh = new Shell()) {
      sh.ok("open udp as tx; set encoding latin1");
      Event.Failure f = sh.fails("send \"" + HELLO + "\" to 127.0.0.1 9");
      assertThat(WORDS.render(f)).contains("'안' cannot be written in latin1");
      assertThatThrownBy(() -> Parser.parse("set encoding cp94"))
          .hasMessageContaining("no text encoding 'cp94'");
      assertThat(dev.sockshell.render.Renderer.prompt(sh.socket("tx"), CP949))
          .isEqualTo("sockshell[tx udp4 cp949]> ");
    }
  }
}
