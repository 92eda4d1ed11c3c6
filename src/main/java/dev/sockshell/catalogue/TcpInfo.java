package dev.sockshell.catalogue;

import java.nio.ByteBuffer;

/** The fields of Linux's struct tcp_info a person reads first. */
final class TcpInfo {
  private static final String[] STATES = {
    "0",
    "ESTABLISHED",
    "SYN_SENT",
    "SYN_RECV",
    "FIN_WAIT1",
    "FIN_WAIT2",
    "TIME_WAIT",
    "CLOSE",
    "CLOSE_WAIT",
    "LAST_ACK",
    "LISTEN",
    "CLOSING"
  };

  private TcpInfo() {}

  /** The buffer is in native order; offsets are those of linux/tcp.h. */
  static String format(ByteBuffer b) {
    int state = Byte.toUnsignedInt(b.get(0));
    return "{state="
        + (state < STATES.length ? STATES[state] : Integer.toString(state))
        + ", rtt="
        + b.getInt(68)
        + " us, rto="
        + b.getInt(8) / 1000
        + " ms, snd_mss="
        + b.getInt(16)
        + ", snd_cwnd="
        + b.getInt(80)
        + ", retransmits="
        + Byte.toUnsignedInt(b.get(2))
        + ", total_retrans="
        + b.getInt(100)
        + ", probes="
        + Byte.toUnsignedInt(b.get(3))
        + ", last_data_sent="
        + b.getInt(44)
        + " ms, last_data_recv="
        + b.getInt(52)
        + " ms, last_ack_recv="
        + b.getInt(56)
        + " ms}";
  }
}
