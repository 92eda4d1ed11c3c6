package dev.sockshell.cexport;

import dev.sockshell.ctype.Values;
import dev.sockshell.event.Event;
import dev.sockshell.text.Text;

/** Sending, receiving and waiting for nothing, as C. */
final class CIo {
  private CIo() {}

  private static final int DEFAULT_MAX = 65536;

  /**
   * A send; {@code leftOut} is its size when its data was not kept (the program bounds what it
   * keeps): then as many zero bytes are sent, and a comment says so.
   */
  static void sent(CWriter w, Event.Sent s, boolean refused, int leftOut) {
    byte[] data = s.data();
    String v = w.sockVar(s.sock());
    String call = s.to() != null ? "sendto" : "send";
    String bytes = String.valueOf(leftOut > 0 ? leftOut : data.length);
    w.comment(
        s.to() != null
            ? Text.get("c.sentTo", s.sock(), call, bytes, s.to())
            : Text.get("c.sent", s.sock(), call, bytes));
    w.raw("{");
    String len;
    if (leftOut > 0) {
      w.comment(Text.get("c.dataLeftOut", bytes, String.valueOf(CProgram.MAX_DATA >> 20)));
      w.raw("  static const char d[" + leftOut + "] = {0};");
      len = w.winsock() ? "(int) sizeof d" : "sizeof d";
    } else {
      w.raw("  static const char d[] = " + literal(data) + ";");
      len = w.winsock() ? "(int) (sizeof d - 1)" : "sizeof d - 1";
    }
    if (s.to() != null) {
      w.raw("  struct sockaddr_storage a;");
      w.raw("  " + (w.winsock() ? "int" : "socklen_t") + " alen = " + w.address(s.to()) + ";");
      w.raw(
          "  long n = (long) sendto(" + v + ", d, " + len + ", 0, (struct sockaddr *) &a, alen);");
    } else {
      w.raw("  long n = (long) send(" + v + ", d, " + len + ", 0);");
    }
    if (refused) {
      w.raw("  ss_refused(n != -1, \"" + call + "()\");");
    } else {
      w.raw("  ss_check(n != -1, \"" + call + "()\");");
      // as the session printed it: to the address given, or to the peer (asked now: its port
      // is this run's)
      String to = s.to() != null ? " to " + s.to().toString().replace("%", "%%") : " to ";
      w.raw(
          "  printf(\""
              + s.sock()
              + ": sent %ld %s"
              + to
              + (s.to() != null ? "\\n" : "")
              + "\", n, n == 1 ? \"byte\" : \"bytes\");");
      if (s.to() == null) {
        w.raw("  ss_print_peer(" + v + ");");
      }
    }
    w.raw("}");
  }

  /**
   * A receive that got data: printed as the session printed it (sender, text, size, and the TTL or
   * hop limit when IP_RECVTTL/IPV6_RECVHOPLIMIT was on, read with recvmsg as on Linux).
   */
  static void received(CWriter w, Event.Received r) {
    if (r.ttl() == null || w.winsock()) {
      received(w, r.sock(), r.max(), false, r.proto().name());
      return;
    }
    String v = w.sockVar(r.sock());
    int size = r.max() > 0 ? r.max() : DEFAULT_MAX;
    w.comment(Text.get("c.recvTtl", r.sock(), String.valueOf(size)));
    w.raw("{");
    w.raw("  static char buf[" + size + "];");
    w.raw("  struct sockaddr_storage from;");
    w.raw("  char ctl[256];");
    w.raw("  struct iovec iov = {buf, sizeof buf};");
    w.raw("  struct msghdr m = {0};");
    w.raw("  m.msg_name = &from;");
    w.raw("  m.msg_namelen = sizeof from;");
    w.raw("  m.msg_iov = &iov;");
    w.raw("  m.msg_iovlen = 1;");
    w.raw("  m.msg_control = ctl;");
    w.raw("  m.msg_controllen = sizeof ctl;");
    w.raw("  long n = (long) recvmsg(" + v + ", &m, 0);");
    w.raw("  ss_check(n != -1, \"recvmsg()\");");
    w.raw("  int ttl = -1;");
    w.raw("  for (struct cmsghdr *c = CMSG_FIRSTHDR(&m); c; c = CMSG_NXTHDR(&m, c)) {");
    w.raw("    if ((c->cmsg_level == IPPROTO_IP && c->cmsg_type == IP_TTL)");
    w.raw("        || (c->cmsg_level == IPPROTO_IPV6 && c->cmsg_type == IPV6_HOPLIMIT)) {");
    w.raw("      memcpy(&ttl, CMSG_DATA(c), sizeof ttl);");
    w.raw("    }");
    w.raw("  }");
    w.raw(
        "  ss_print_received("
            + v
            + ", \""
            + r.proto().name()
            + "\", &from, m.msg_namelen, buf, n, ttl);");
    w.raw("}");
  }

  static void received(CWriter w, String sock, int max, boolean refused) {
    received(w, sock, max, refused, null);
  }

  /** {@code proto}: print what arrived as the session did; null for a refused receive. */
  private static void received(CWriter w, String sock, int max, boolean refused, String proto) {
    String v = w.sockVar(sock);
    int size = max > 0 ? max : DEFAULT_MAX;
    w.comment(Text.get("c.recv", sock, String.valueOf(size)));
    w.raw("{");
    w.raw("  static char buf[" + size + "];");
    w.raw("  struct sockaddr_storage from;");
    w.raw("  memset(&from, 0, sizeof from);");
    w.raw("  " + (w.winsock() ? "int" : "socklen_t") + " flen = sizeof from;");
    w.raw(
        "  long n = (long) recvfrom("
            + v
            + ", buf, "
            + (w.winsock() ? "(int) " : "")
            + "sizeof buf, 0, (struct sockaddr *) &from, &flen);");
    if (refused) {
      w.raw("  ss_refused(n != -1, \"recvfrom()\");");
    } else {
      w.raw("  ss_check(n != -1, \"recvfrom()\");");
      w.raw(
          "  ss_print_received("
              + v
              + ", \""
              + (proto != null ? proto : "?")
              + "\", &from, flen, buf, n, -1);");
    }
    w.raw("}");
  }

  /** recvmsg with MSG_ERRQUEUE and the struct sock_extended_err it carries (Linux only). */
  static void errorQueued(CWriter w, String sock) {
    String v = w.sockVar(sock);
    w.comment(Text.get("c.errqueue", sock));
    if (w.winsock()) {
      w.comment(Text.get("c.errqueueWinsock"));
      return;
    }
    w.raw("{");
    w.raw("  char buf[512], ctl[512];");
    w.raw("  struct iovec iov = {buf, sizeof buf};");
    w.raw("  struct msghdr m = {0};");
    w.raw("  m.msg_iov = &iov;");
    w.raw("  m.msg_iovlen = 1;");
    w.raw("  m.msg_control = ctl;");
    w.raw("  m.msg_controllen = sizeof ctl;");
    w.raw("  ss_check(recvmsg(" + v + ", &m, MSG_ERRQUEUE | MSG_DONTWAIT) != -1, \"recvmsg()\");");
    w.raw("  for (struct cmsghdr *c = CMSG_FIRSTHDR(&m); c; c = CMSG_NXTHDR(&m, c)) {");
    w.raw("    if ((c->cmsg_level == IPPROTO_IP && c->cmsg_type == IP_RECVERR)");
    w.raw("        || (c->cmsg_level == IPPROTO_IPV6 && c->cmsg_type == IPV6_RECVERR)) {");
    w.raw("      struct sock_extended_err *e = (struct sock_extended_err *) CMSG_DATA(c);");
    w.raw("      printf(\"" + sock + ": error queue: %s, origin %u, type %u, code %u\\n\",");
    w.raw("             strerror(e->ee_errno), e->ee_origin, e->ee_type, e->ee_code);");
    w.raw("    }");
    w.raw("  }");
    w.raw("}");
  }

  static void nothing(CWriter w, Event.NothingArrived n) {
    String v = w.sockVar(n.sock());
    long ms = Math.max(1, n.micros() / 1000);
    String seconds = Values.seconds(n.micros());
    w.comment(Text.get("c.nothing", n.sock(), seconds));
    w.raw("{");
    if (w.winsock()) {
      w.raw("  WSAPOLLFD pf = {" + v + ", POLLRDNORM, 0};");
      w.raw("  int r = WSAPoll(&pf, 1, " + ms + ");");
      w.raw("  ss_check(r != SOCKET_ERROR, \"WSAPoll()\");");
    } else {
      w.raw("  struct pollfd pf = {" + v + ", POLLIN, 0};");
      w.raw("  int r = poll(&pf, 1, " + ms + ");");
      w.raw("  ss_check(r != -1, \"poll()\");");
    }
    w.raw(
        "  printf(r == 0 ? \"nothing arrived on "
            + n.sock()
            + " in "
            + seconds
            + " s\\n\" : \""
            + n.sock()
            + ": data arrived, where the session saw none\\n\");");
    w.raw("}");
  }

  /** Bytes as a C string literal: printable ASCII as is, the rest as octal escapes. */
  static String literal(byte[] data) {
    StringBuilder b = new StringBuilder("\"");
    for (byte x : data) {
      int c = x & 0xff;
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '?' -> b.append("\\?"); // no trigraphs
        case '\n' -> b.append("\\n");
        default -> {
          if (c >= 0x20 && c < 0x7f) {
            b.append((char) c);
          } else {
            b.append(String.format("\\%03o", c));
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
