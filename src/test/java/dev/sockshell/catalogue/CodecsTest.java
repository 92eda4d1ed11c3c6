package dev.sockshell.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sockshell.error.UsageError;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodecsTest {
  /** A fixed machine: lo is index 1 with 127.0.0.1, veth0 is index 7 with no IPv4. */
  private static final CodecEnv ENV =
      new CodecEnv() {
        @Override
        public int interfaceIndex(String name) {
          return switch (name) {
            case "lo" -> 1;
            case "veth0" -> 7;
            default -> 0;
          };
        }

        @Override
        public String interfaceName(int index) {
          return index == 1 ? "lo" : index == 7 ? "veth0" : null;
        }

        @Override
        public Inet4Address interfaceIpv4(String name) {
          return name.equals("lo") ? (Inet4Address) InetAddress.ofLiteral("127.0.0.1") : null;
        }

        @Override
        public String errnoName(int errno) {
          return errno == 111 ? "ECONNREFUSED" : "E" + errno;
        }
      };

  /** Atoms as the lexer would make them, one column apart. */
  private static List<Atom> atoms(String... words) {
    List<Atom> out = new ArrayList<>();
    int col = 1;
    for (String w : words) {
      out.add(new Atom(kind(w), w, col));
      col += w.length() + 1;
    }
    return out;
  }

  private static Atom.Kind kind(String w) {
    if (w.startsWith("hex:")) return Atom.Kind.HEX;
    if (w.matches("[0-9]+\\.[0-9]+\\.[0-9]+\\.[0-9]+")) return Atom.Kind.IPV4;
    if (w.contains(":")) return Atom.Kind.IPV6;
    if (w.matches("-?[0-9]+|0x[0-9a-fA-F]+")) return Atom.Kind.NUMBER;
    if (w.matches("[0-9.]+(s|ms|us|min)")) return Atom.Kind.DURATION;
    if (w.matches("[0-9.]+[kKmMgG]")) return Atom.Kind.SIZE;
    if (w.matches("[0-9]+\\.[0-9]+")) return Atom.Kind.FLOAT;
    if (w.equals("*")) return Atom.Kind.STAR;
    return Atom.Kind.NAME;
  }

  private static byte[] enc(CType t, String... words) {
    return Codecs.encode(t, atoms(words), ENV);
  }

  private static ByteBuffer le(byte[] b) {
    return ByteBuffer.wrap(b).order(ByteOrder.nativeOrder());
  }

  @Test
  void intsAndSizes() {
    assertThat(le(enc(CType.INT, "100000")).getInt()).isEqualTo(100000);
    assertThat(le(enc(CType.INT, "64k")).getInt()).isEqualTo(65536);
    assertThat(le(enc(CType.INT, "0x10")).getInt()).isEqualTo(16);
    assertThat(le(enc(CType.BOOL_INT, "on")).getInt()).isEqualTo(1);
    assertThat(Codecs.format(CType.BOOL_INT, enc(CType.BOOL_INT, "off"), ENV)).isEqualTo("0 (off)");
    assertThat(Codecs.format(CType.INT, enc(CType.INT, "-1"), ENV)).isEqualTo("-1");
    assertThatThrownBy(() -> enc(CType.INT, "1", "2")).isInstanceOf(UsageError.class);
    assertThatThrownBy(() -> enc(CType.INT, "99999999999"))
        .hasMessage("the value is a C int (-2147483648..2147483647), not 99999999999");
    assertThatThrownBy(() -> enc(CType.INT, "2147483648")).hasMessageContaining("C int");
  }

  @Test
  void uCharIsOneByte() {
    assertThat(enc(CType.U_CHAR, "2")).containsExactly(2);
    assertThat(enc(CType.U_CHAR_BOOL, "off")).containsExactly(0);
    assertThat(Codecs.format(CType.U_CHAR, new byte[] {(byte) 200}, ENV)).isEqualTo("200");
    assertThat(Codecs.format(CType.U_CHAR_BOOL, new byte[] {1}, ENV)).isEqualTo("1 (on)");
    UsageError e =
        (UsageError) org.assertj.core.api.Assertions.catchThrowable(() -> enc(CType.U_CHAR, "256"));
    assertThat(e.getMessage()).contains("0..255");
    assertThat(e.column()).isEqualTo(1);
  }

  @Test
  void lingerIsTwoInts() {
    ByteBuffer on10 = le(enc(CType.LINGER, "on", "10"));
    assertThat(on10.getInt(0)).isEqualTo(1);
    assertThat(on10.getInt(4)).isEqualTo(10);
    assertThat(le(enc(CType.LINGER, "off")).getInt(0)).isZero();
    assertThat(le(enc(CType.LINGER, "on", "0")).getInt(4)).isZero();
    assertThat(Codecs.format(CType.LINGER, enc(CType.LINGER, "on", "10"), ENV))
        .isEqualTo("{l_onoff=1, l_linger=10}");
    assertThatThrownBy(() -> enc(CType.LINGER, "on")).hasMessageContaining("linger time");
  }

  @Test
  void timevalFromDurations() {
    ByteBuffer tv = le(enc(CType.TIMEVAL, "3.5s"));
    assertThat(tv.getLong(0)).isEqualTo(3);
    assertThat(tv.getLong(8)).isEqualTo(500000);
    assertThat(le(enc(CType.TIMEVAL, "3500ms")).getLong(8)).isEqualTo(500000);
    assertThat(le(enc(CType.TIMEVAL, "3", "500000")).getLong(0)).isEqualTo(3);
    assertThat(le(enc(CType.TIMEVAL, "0")).getLong(0)).isZero();
    assertThat(Codecs.format(CType.TIMEVAL, enc(CType.TIMEVAL, "3.5s"), ENV))
        .isEqualTo("{tv_sec=3, tv_usec=500000} (3.5 s)");
    assertThat(Codecs.format(CType.TIMEVAL, new byte[16], ENV)).endsWith("(no timeout)");
    assertThatThrownBy(() -> enc(CType.TIMEVAL, "3")).hasMessageContaining("unit");
  }

  @Test
  void inAddrFromAddressOrInterface() {
    assertThat(enc(CType.IN_ADDR, "127.0.0.1")).containsExactly(127, 0, 0, 1);
    assertThat(enc(CType.IN_ADDR, "lo")).containsExactly(127, 0, 0, 1);
    assertThat(enc(CType.IN_ADDR, "any")).containsExactly(0, 0, 0, 0);
    assertThat(enc(CType.IN_ADDR, "0")).containsExactly(0, 0, 0, 0);
    // By index: struct ip_mreqn with only imr_ifindex set.
    byte[] mreqn = enc(CType.IN_ADDR, "7");
    assertThat(mreqn).hasSize(12);
    assertThat(le(mreqn).getInt(8)).isEqualTo(7);
    assertThat(Codecs.format(CType.IN_ADDR, new byte[] {127, 0, 0, 1}, ENV)).isEqualTo("127.0.0.1");
    assertThatThrownBy(() -> enc(CType.IN_ADDR, "veth0")).hasMessageContaining("no IPv4");
    assertThatThrownBy(() -> enc(CType.IN_ADDR, "nosuch0")).hasMessageContaining("no interface");
  }

  @Test
  void ipMreqByAddressAndMreqnByIndex() {
    assertThat(enc(CType.IP_MREQ, "235.7.8.9", "127.0.0.1"))
        .containsExactly(235, 7, 8, 9, 127, 0, 0, 1);
    assertThat(enc(CType.IP_MREQ, "235.7.8.9")).containsExactly(235, 7, 8, 9, 0, 0, 0, 0);
    byte[] mreqn = enc(CType.IP_MREQ, "235.7.8.9", "lo");
    assertThat(mreqn).hasSize(12);
    assertThat(le(mreqn).getInt(8)).isEqualTo(1);
    assertThat(enc(CType.IP_MREQ_SOURCE, "232.1.1.1", "127.0.0.1", "127.0.0.2"))
        .containsExactly(232, 1, 1, 1, 127, 0, 0, 1, 127, 0, 0, 2);
    assertThatThrownBy(() -> enc(CType.IP_MREQ, "ff12::1")).hasMessageContaining("IPv4");
  }

  @Test
  void ipv6MreqIsAddressAndIndex() {
    byte[] m = enc(CType.IPV6_MREQ, "ff12::1:2:3:4", "veth0");
    assertThat(m).hasSize(20);
    assertThat(m[0]).isEqualTo((byte) 0xff);
    assertThat(m[1]).isEqualTo((byte) 0x12);
    assertThat(m[15]).isEqualTo((byte) 4);
    assertThat(le(m).getInt(16)).isEqualTo(7);
    assertThat(le(enc(CType.IPV6_MREQ, "ff12::1:2:3:4")).getInt(16)).isZero();
    byte[] gsr = enc(CType.GROUP_SOURCE_REQ, "ff3e::1", "7", "fe80::1");
    assertThat(gsr).hasSize(264);
    assertThat(le(gsr).getInt(0)).isEqualTo(7);
    assertThat(le(gsr).getShort(8)).isEqualTo((short) 10);
  }

  @Test
  void interfaceIndexByNameOrNumber() {
    assertThat(le(enc(CType.IFINDEX, "veth0")).getInt()).isEqualTo(7);
    assertThat(le(enc(CType.IFINDEX, "3")).getInt()).isEqualTo(3);
    assertThat(Codecs.format(CType.IFINDEX, Codecs.ints(1), ENV)).isEqualTo("1 (lo)");
    assertThat(Codecs.format(CType.IFINDEX, Codecs.ints(0), ENV))
        .isEqualTo("0 (the kernel chooses)");
  }

  @Test
  void readOnlyTypesFormat() {
    assertThat(Codecs.format(CType.SOCK_TYPE, Codecs.ints(2), ENV)).isEqualTo("2 (SOCK_DGRAM)");
    assertThat(Codecs.format(CType.ERRNO, Codecs.ints(111), ENV)).isEqualTo("111 (ECONNREFUSED)");
    assertThatThrownBy(() -> enc(CType.SOCK_TYPE, "1")).hasMessageContaining("read-only");
  }

  @Test
  void rawBytes() {
    assertThat(enc(CType.BYTES, "hex:01000000")).containsExactly(1, 0, 0, 0);
    assertThat(Codecs.formatBytes(new byte[] {1, 0, 0, 0})).isEqualTo("hex:01000000 (int 1)");
    assertThatThrownBy(() -> enc(CType.BYTES, "hex:010")).hasMessageContaining("even");
  }
}
