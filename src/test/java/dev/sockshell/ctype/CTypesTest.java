package dev.sockshell.ctype;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sockshell.error.UsageError;
import dev.sockshell.model.Atom;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CTypesTest {
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
    return t.encode(atoms(words), ENV);
  }

  private static ByteBuffer le(byte[] b) {
    return ByteBuffer.wrap(b).order(ByteOrder.nativeOrder());
  }

  @Test
  void intsAndSizes() {
    assertThat(le(enc(CTypes.INT, "100000")).getInt()).isEqualTo(100000);
    assertThat(le(enc(CTypes.INT, "64k")).getInt()).isEqualTo(65536);
    assertThat(le(enc(CTypes.INT, "0x10")).getInt()).isEqualTo(16);
    assertThat(le(enc(CTypes.BOOL_INT, "on")).getInt()).isEqualTo(1);
    assertThat(CTypes.BOOL_INT.show(enc(CTypes.BOOL_INT, "off"), ENV)).isEqualTo("0 (off)");
    assertThat(CTypes.INT.show(enc(CTypes.INT, "-1"), ENV)).isEqualTo("-1");
    assertThatThrownBy(() -> enc(CTypes.INT, "1", "2")).isInstanceOf(UsageError.class);
    assertThatThrownBy(() -> enc(CTypes.INT, "99999999999"))
        .hasMessage("the value is a C int (-2147483648..2147483647), not 99999999999");
    assertThatThrownBy(() -> enc(CTypes.INT, "2147483648")).hasMessageContaining("C int");
  }

  @Test
  void uCharIsOneByte() {
    assertThat(enc(CTypes.U_CHAR, "2")).containsExactly(2);
    assertThat(enc(CTypes.U_CHAR_BOOL, "off")).containsExactly(0);
    assertThat(CTypes.U_CHAR.show(new byte[] {(byte) 200}, ENV)).isEqualTo("200");
    assertThat(CTypes.U_CHAR_BOOL.show(new byte[] {1}, ENV)).isEqualTo("1 (on)");
    UsageError e =
        (UsageError)
            org.assertj.core.api.Assertions.catchThrowable(() -> enc(CTypes.U_CHAR, "256"));
    assertThat(e.getMessage()).contains("0..255");
    assertThat(e.column()).isEqualTo(1);
  }

  @Test
  void lingerIsTwoInts() {
    ByteBuffer on10 = le(enc(CTypes.LINGER, "on", "10"));
    assertThat(on10.getInt(0)).isEqualTo(1);
    assertThat(on10.getInt(4)).isEqualTo(10);
    assertThat(le(enc(CTypes.LINGER, "off")).getInt(0)).isZero();
    assertThat(le(enc(CTypes.LINGER, "on", "0")).getInt(4)).isZero();
    assertThat(CTypes.LINGER.show(enc(CTypes.LINGER, "on", "10"), ENV))
        .isEqualTo("{l_onoff=1, l_linger=10}");
    assertThatThrownBy(() -> enc(CTypes.LINGER, "on")).hasMessageContaining("linger time");
  }

  @Test
  void timevalFromDurations() {
    ByteBuffer tv = le(enc(CTypes.TIMEVAL, "3.5s"));
    assertThat(tv.getLong(0)).isEqualTo(3);
    assertThat(tv.getLong(8)).isEqualTo(500000);
    assertThat(le(enc(CTypes.TIMEVAL, "3500ms")).getLong(8)).isEqualTo(500000);
    assertThat(le(enc(CTypes.TIMEVAL, "3", "500000")).getLong(0)).isEqualTo(3);
    assertThat(le(enc(CTypes.TIMEVAL, "0")).getLong(0)).isZero();
    assertThat(CTypes.TIMEVAL.show(enc(CTypes.TIMEVAL, "3.5s"), ENV))
        .isEqualTo("{tv_sec=3, tv_usec=500000} (3.5 s)");
    assertThat(CTypes.TIMEVAL.show(new byte[16], ENV)).endsWith("(no timeout)");
    assertThatThrownBy(() -> enc(CTypes.TIMEVAL, "3")).hasMessageContaining("unit");
  }

  @Test
  void ucredSaysWhatItsValueMeans() {
    byte[] none = new byte[12];
    java.nio.ByteBuffer.wrap(none)
        .order(java.nio.ByteOrder.nativeOrder())
        .putInt(0)
        .putInt(-1)
        .putInt(-1);
    assertThat(CTypes.UCRED.show(none, ENV))
        .startsWith("{pid=0, uid=4294967295, gid=4294967295} (no peer: (uid_t)-1");
    byte[] peer = new byte[12];
    java.nio.ByteBuffer.wrap(peer)
        .order(java.nio.ByteOrder.nativeOrder())
        .putInt(42)
        .putInt(1000)
        .putInt(1000);
    assertThat(CTypes.UCRED.show(peer, ENV))
        .isEqualTo("{pid=42, uid=1000, gid=1000} (the peer is process 42, user 1000)");
    // the trace (no env) is C's value alone
    assertThat(CTypes.UCRED.trace(peer)).isEqualTo("{pid=42, uid=1000, gid=1000}");
    assertThat(CTypes.BUF_LOCK.show(new byte[4], ENV)).startsWith("0 (nothing locked");
    assertThat(CTypes.BUF_LOCK.show(new byte[] {2, 0, 0, 0}, ENV))
        .isEqualTo("2 (SOCK_RCVBUF_LOCK)");
  }

  @Test
  void inAddrFromAddressOrInterface() {
    assertThat(enc(CTypes.IN_ADDR, "127.0.0.1")).containsExactly(127, 0, 0, 1);
    assertThat(enc(CTypes.IN_ADDR, "any")).containsExactly(0, 0, 0, 0);
    assertThat(enc(CTypes.IN_ADDR, "0")).containsExactly(0, 0, 0, 0);
    // By index: struct ip_mreqn with only imr_ifindex set.
    byte[] mreqn = enc(CTypes.IN_ADDR, "7");
    assertThat(mreqn).hasSize(12);
    assertThat(le(mreqn).getInt(8)).isEqualTo(7);
    assertThat(CTypes.IN_ADDR.show(new byte[] {127, 0, 0, 1}, ENV)).isEqualTo("127.0.0.1");
    // By name too, as C passes it: the index, so an interface without an IPv4 address works
    assertThat(le(enc(CTypes.IN_ADDR, "veth0")).getInt(8)).isEqualTo(7);
    assertThat(le(enc(CTypes.IN_ADDR, "lo")).getInt(8)).isEqualTo(1);
    assertThat(enc(CTypes.IN_ADDR, "lo")).hasSize(12);
    assertThatThrownBy(() -> enc(CTypes.IN_ADDR, "nosuch0")).hasMessageContaining("no interface");
  }

  @Test
  void ipMreqByAddressAndMreqnByIndex() {
    assertThat(enc(CTypes.IP_MREQ, "235.7.8.9", "127.0.0.1"))
        .containsExactly(235, 7, 8, 9, 127, 0, 0, 1);
    assertThat(enc(CTypes.IP_MREQ, "235.7.8.9")).containsExactly(235, 7, 8, 9, 0, 0, 0, 0);
    byte[] mreqn = enc(CTypes.IP_MREQ, "235.7.8.9", "lo");
    assertThat(mreqn).hasSize(12);
    assertThat(le(mreqn).getInt(8)).isEqualTo(1);
    assertThat(enc(CTypes.IP_MREQ_SOURCE, "232.1.1.1", "127.0.0.1", "127.0.0.2"))
        .containsExactly(232, 1, 1, 1, 127, 0, 0, 1, 127, 0, 0, 2);
    assertThatThrownBy(() -> enc(CTypes.IP_MREQ, "ff12::1")).hasMessageContaining("IPv4");
  }

  @Test
  void ipv6MreqIsAddressAndIndex() {
    byte[] m = enc(CTypes.IPV6_MREQ, "ff12::1:2:3:4", "veth0");
    assertThat(m).hasSize(20);
    assertThat(m[0]).isEqualTo((byte) 0xff);
    assertThat(m[1]).isEqualTo((byte) 0x12);
    assertThat(m[15]).isEqualTo((byte) 4);
    assertThat(le(m).getInt(16)).isEqualTo(7);
    assertThat(le(enc(CTypes.IPV6_MREQ, "ff12::1:2:3:4")).getInt(16)).isZero();
    byte[] gsr = enc(CTypes.GROUP_SOURCE_REQ, "ff3e::1", "7", "fe80::1");
    assertThat(gsr).hasSize(264);
    assertThat(le(gsr).getInt(0)).isEqualTo(7);
    assertThat(le(gsr).getShort(8)).isEqualTo((short) 10);
  }

  @Test
  void interfaceIndexByNameOrNumber() {
    assertThat(le(enc(CTypes.IFINDEX, "veth0")).getInt()).isEqualTo(7);
    assertThat(le(enc(CTypes.IFINDEX, "3")).getInt()).isEqualTo(3);
    assertThat(CTypes.IFINDEX.show(CInt.of(1), ENV)).isEqualTo("1 (lo)");
    assertThat(CTypes.IFINDEX.show(CInt.of(0), ENV)).isEqualTo("0 (the kernel chooses)");
  }

  @Test
  void readOnlyTypesFormat() {
    assertThat(CTypes.SOCK_TYPE.show(CInt.of(2), ENV)).isEqualTo("2 (SOCK_DGRAM)");
    assertThat(CTypes.ERRNO.show(CInt.of(111), ENV)).isEqualTo("111 (ECONNREFUSED)");
    assertThatThrownBy(() -> enc(CTypes.SOCK_TYPE, "1")).hasMessageContaining("read-only");
  }

  @Test
  void rawBytes() {
    assertThat(enc(CTypes.BYTES, "hex:01000000")).containsExactly(1, 0, 0, 0);
    assertThat(CBytes.showBytes(new byte[] {1, 0, 0, 0})).isEqualTo("hex:01000000 (int 1)");
    assertThatThrownBy(() -> enc(CTypes.BYTES, "hex:010")).hasMessageContaining("even");
  }
}
