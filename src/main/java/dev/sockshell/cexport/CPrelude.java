package dev.sockshell.cexport;

import dev.sockshell.ctype.Platform;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The start of an exported program: includes, and the small helper functions its statements call,
 * each written once per platform. Only the helpers a program uses are written (the compilers run
 * with -Wall -Werror, which refuses unused static functions).
 */
final class CPrelude {
  private CPrelude() {}

  static String includes(Platform p) {
    return p == Platform.WINSOCK
        ? """
          #define _WIN32_WINNT 0x0600 /* Vista or later: inet_pton, inet_ntop, WSAPoll */
          #include <winsock2.h>
          #include <ws2tcpip.h>
          #include <stdio.h>
          #include <stdlib.h>
          #include <string.h>
          """
        : """
          #define _GNU_SOURCE /* strerrorname_np */
          #include <arpa/inet.h>
          #include <errno.h>
          #include <linux/errqueue.h>
          #include <net/if.h>
          #include <netinet/in.h>
          #include <netinet/tcp.h>
          #include <netinet/udp.h>
          #include <poll.h>
          #include <stdio.h>
          #include <stdlib.h>
          #include <string.h>
          #include <sys/socket.h>
          #include <sys/time.h>
          #include <unistd.h>
          """;
  }

  /**
   * {@code #define NAME N} for each option a C library's headers may not define yet (glibc lags the
   * kernel: IP_LOCAL_PORT_RANGE, IPV6_FLOWINFO…), with the catalogue's Linux number.
   */
  static String fallbacks(java.util.Collection<dev.sockshell.catalogue.SockOption> used) {
    StringBuilder b = new StringBuilder();
    for (var o : used) {
      b.append("#ifndef ")
          .append(o.name())
          .append("\n#define ")
          .append(o.name())
          .append(' ')
          .append(o.number())
          .append("\n#endif\n");
    }
    return b.toString();
  }

  /** Helper name to its C definition; a later one may call an earlier one. */
  static Map<String, String> helpers(Platform p) {
    Map<String, String> h = new LinkedHashMap<>();
    if (p == Platform.WINSOCK) {
      h.put(
          "ss_error",
          """
          /* A failed call, as sockshell shows it: [bind()] text (WSAEADDRINUSE) */
          static const char *ss_wsa_name(int e) {
            switch (e) {
            case WSAEACCES: return "WSAEACCES";
            case WSAEADDRINUSE: return "WSAEADDRINUSE";
            case WSAEADDRNOTAVAIL: return "WSAEADDRNOTAVAIL";
            case WSAECONNREFUSED: return "WSAECONNREFUSED";
            case WSAECONNRESET: return "WSAECONNRESET";
            case WSAEINVAL: return "WSAEINVAL";
            case WSAEMSGSIZE: return "WSAEMSGSIZE";
            case WSAENOPROTOOPT: return "WSAENOPROTOOPT";
            case WSAENOTCONN: return "WSAENOTCONN";
            case WSAETIMEDOUT: return "WSAETIMEDOUT";
            case WSAEWOULDBLOCK: return "WSAEWOULDBLOCK";
            default: return "WSA error";
            }
          }

          static void ss_error(const char *call) {
            int e = WSAGetLastError();
            char text[256] = "";
            FormatMessageA(FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS, NULL,
                           (DWORD) e, 0, text, sizeof text, NULL);
            text[strcspn(text, "\\r\\n")] = '\\0';
            printf("[%s] %s (%s %d)\\n", call, text[0] ? text : "error", ss_wsa_name(e), e);
          }
          """);
    } else {
      h.put(
          "ss_error",
          """
          /* A failed call, as sockshell shows it: [bind()] Address already in use (EADDRINUSE) */
          static void ss_error(const char *call) {
            int e = errno;
            const char *name = strerrorname_np(e);
            printf("[%s] %s (%s)\\n", call, strerror(e), name ? name : "?");
          }
          """);
    }
    h.put(
        "ss_check",
        p == Platform.WINSOCK
            ? """
              /*
               * A call that succeeded in the session, on Linux. Windows may refuse what Linux
               * takes: show its error and go on, so that every difference is seen.
               */
              static void ss_check(int ok, const char *call) {
                if (!ok) {
                  ss_error(call);
                }
              }
              """
            : """
              /* A call that must succeed: stop at its failure, as a sockshell script does. */
              static void ss_check(int ok, const char *call) {
                if (!ok) {
                  ss_error(call);
                  exit(1);
                }
              }
              """);
    h.put(
        "ss_refused",
        """
        /* A call the session saw fail: show the error, and go on as the session did. */
        static void ss_refused(int ok, const char *call) {
          if (ok) {
            printf("[%s] succeeded here, where the session saw it fail\\n", call);
          } else {
            ss_error(call);
          }
        }
        """);
    h.put(
        "ss_addr",
        """
        /* Fills a sockaddr_in or sockaddr_in6; returns its length. */
        static socklen_t ss_addr(struct sockaddr_storage *ss, int family, const char *host,
                                 int port, unsigned scope) {
          memset(ss, 0, sizeof *ss);
          if (family == AF_INET6) {
            struct sockaddr_in6 *a = (struct sockaddr_in6 *) ss;
            a->sin6_family = AF_INET6;
            a->sin6_port = htons((unsigned short) port);
            a->sin6_scope_id = scope;
            inet_pton(AF_INET6, host, &a->sin6_addr);
            return (socklen_t) sizeof *a;
          }
          struct sockaddr_in *a = (struct sockaddr_in *) ss;
          a->sin_family = AF_INET;
          a->sin_port = htons((unsigned short) port);
          inet_pton(AF_INET, host, &a->sin_addr);
          return (socklen_t) sizeof *a;
        }
        """
            .replace("socklen_t", p == Platform.WINSOCK ? "int" : "socklen_t"));
    h.put(
        "ss_print_addr",
        """
        /* An address as sockshell writes it: 127.0.0.1:9000 or [::1]:9000; returns 1 for IPv6. */
        static int ss_print_addr(const struct sockaddr_storage *ss) {
          char host[INET6_ADDRSTRLEN] = "?";
          if (ss->ss_family == AF_INET6) {
            const struct sockaddr_in6 *a = (const struct sockaddr_in6 *) ss;
            inet_ntop(AF_INET6, &a->sin6_addr, host, sizeof host);
            printf("[%s]:%d", host, ntohs(a->sin6_port));
            return 1;
          }
          const struct sockaddr_in *a = (const struct sockaddr_in *) ss;
          inet_ntop(AF_INET, &a->sin_addr, host, sizeof host);
          printf("%s:%d", host, ntohs(a->sin_port));
          return 0;
        }
        """);
    h.put(
        "ss_print_peer",
        """
        /* The connected peer's address, as sockshell writes it. */
        static void ss_print_peer(SS_SOCK fd) {
          struct sockaddr_storage ss;
          socklen_t len = (socklen_t) sizeof ss;
          memset(&ss, 0, sizeof ss);
          if (getpeername(fd, (struct sockaddr *) &ss, &len) != 0) {
            printf("peer");
          } else {
            ss_print_addr(&ss);
          }
          printf("\\n");
        }
        """
            .replace("SS_SOCK", p == Platform.WINSOCK ? "SOCKET" : "int")
            .replace("socklen_t", p == Platform.WINSOCK ? "int" : "socklen_t"));
    h.put(
        "ss_print_received",
        """
        /* What arrived, as sockshell shows it: [UDP/sender] text  (N bytes, ttl=T), or a hex line
           when it is not text. A TCP recvfrom names no sender: the peer is asked. */
        static void ss_print_received(SS_SOCK fd, const char *proto, struct sockaddr_storage *from,
                                      socklen_t flen, const char *buf, long n, int ttl) {
          int v6 = 0;
          if (from->ss_family == 0) flen = 0; /* Winsock leaves it as it was for a stream */
          if (flen == 0) {
            flen = (socklen_t) sizeof *from;
            if (getpeername(fd, (struct sockaddr *) from, &flen) != 0) flen = 0;
          }
          printf("[%s/", proto);
          if (flen > 0) {
            v6 = ss_print_addr(from);
          } else {
            printf("?");
          }
          printf("]");
          if (n == 0) {
            printf(" %s\\n", strcmp(proto, "TCP") != 0 ? "empty datagram (0 bytes)"
                   : flen > 0 ? "connection closed by the peer (recv returned 0)"
                   : "recv returned 0: this socket has no connection (no peer ever closed it)");
            return;
          }
          int text = 1;
          for (long i = 0; i < n; i++) {
            unsigned char c = (unsigned char) buf[i];
            if (c < 0x20 || c == 0x7f) text = 0;
          }
          if (text) printf(" %.*s ", (int) n, buf);
          printf(" (%ld %s", n, n == 1 ? "byte" : "bytes");
          if (ttl >= 0) printf(", %s=%d", v6 ? "hops" : "ttl", ttl);
          printf(")\\n");
          if (!text) {
            for (long i = 0; i < n; i++) printf("%02x", (unsigned char) buf[i]);
            printf("\\n");
          }
        }
        """
            .replace("SS_SOCK", p == Platform.WINSOCK ? "SOCKET" : "int")
            .replace("socklen_t", p == Platform.WINSOCK ? "int" : "socklen_t"));
    h.put(
        "ss_print_in_addr",
        """
        static void ss_print_in_addr(const struct in_addr *a) {
          char text[INET_ADDRSTRLEN] = "?";
          inet_ntop(AF_INET, a, text, sizeof text);
          printf("%s%s\\n", text, a->s_addr == 0 ? " (INADDR_ANY)" : "");
        }
        """);
    h.put(
        "ss_print_ifindex",
        p == Platform.WINSOCK
            ? """
              static void ss_print_ifindex(unsigned i) {
                printf(i == 0 ? "0 (the kernel chooses)\\n" : "%u\\n", i);
              }
              """
            : """
              static void ss_print_ifindex(unsigned i) {
                char name[IF_NAMESIZE];
                if (i == 0) {
                  printf("0 (the kernel chooses)\\n");
                } else if (if_indextoname(i, name) != NULL) {
                  printf("%u (%s)\\n", i, name);
                } else {
                  printf("%u\\n", i);
                }
              }
              """);
    h.put(
        "ss_print_ifindex_be",
        p == Platform.WINSOCK
            ? """
              static void ss_print_ifindex_be(unsigned v) {
                if (v == 0) {
                  printf("0 (the kernel chooses)\\n");
                } else {
                  printf("%u = htonl(%u)\\n", v, (unsigned) ntohl(v));
                }
              }
              """
            : """
              static void ss_print_ifindex_be(unsigned v) {
                char name[IF_NAMESIZE];
                unsigned i = ntohl(v);
                if (v == 0) {
                  printf("0 (the kernel chooses)\\n");
                } else if (if_indextoname(i, name) != NULL) {
                  printf("%u = htonl(%u) (%s)\\n", v, i, name);
                } else {
                  printf("%u = htonl(%u)\\n", v, i);
                }
              }
              """);
    h.put(
        "ss_print_errno",
        p == Platform.WINSOCK
            ? """
              static void ss_print_errno(int e) {
                printf(e == 0 ? "0 (no error)\\n" : "%d\\n", e);
              }
              """
            : """
              static void ss_print_errno(int e) {
                const char *name = strerrorname_np(e);
                if (e == 0) {
                  printf("0 (no error)\\n");
                } else {
                  printf("%d (%s)\\n", e, name ? name : "?");
                }
              }
              """);
    h.put(
        "ss_print_timeval",
        """
        /* {tv_sec=3, tv_usec=500000} (3.5 s), as sockshell shows a struct timeval */
        static void ss_print_timeval(const struct timeval *t) {
          long long us = (long long) t->tv_sec * 1000000 + t->tv_usec;
          char frac[32];
          size_t end;
          printf("{tv_sec=%lld, tv_usec=%lld}", (long long) t->tv_sec, (long long) t->tv_usec);
          if (us == 0) {
            printf(" (no timeout)\\n");
            return;
          }
          snprintf(frac, sizeof frac, "%06lld", us % 1000000);
          for (end = strlen(frac); end > 0 && frac[end - 1] == '0'; end--) {
            frac[end - 1] = '\\0';
          }
          printf(" (%lld%s%s s)\\n", us / 1000000, frac[0] ? "." : "", frac);
        }
        """);
    h.put(
        "ss_print_hex",
        """
        static void ss_print_hex(const unsigned char *v, size_t n) {
          size_t i;
          int asint;
          if (n == 0) {
            printf("(0 bytes)\\n");
            return;
          }
          printf("hex:");
          for (i = 0; i < n; i++) {
            printf("%02x", v[i]);
          }
          if (n == 4) {
            memcpy(&asint, v, 4);
            printf(" (int %d)", asint);
          }
          printf("\\n");
        }
        """);
    h.put(
        "ss_tcp_state",
        """
        static const char *ss_tcp_state(int s) {
          static const char *names[] = {"0", "ESTABLISHED", "SYN_SENT", "SYN_RECV", "FIN_WAIT1",
                                        "FIN_WAIT2", "TIME_WAIT", "CLOSE", "CLOSE_WAIT",
                                        "LAST_ACK", "LISTEN", "CLOSING"};
          return s >= 0 && s < 12 ? names[s] : "?";
        }
        """);
    return h;
  }

  /**
   * What goes before main's statements: the title, includes, fallbacks for the options a libc may
   * lack, the helpers called (and those they call), and main's first lines.
   */
  static void head(
      Platform p,
      String title,
      Set<String> called,
      java.util.Collection<dev.sockshell.catalogue.SockOption> used,
      java.io.Writer out)
      throws java.io.IOException {
    boolean win = p == Platform.WINSOCK;
    out.append("/*\n * ").append(title.replace("*/", "* /")).append("\n *\n");
    out.append(
        win
            ? " * Windows (Winsock 2): x86_64-w64-mingw32-gcc -Wall -Werror -o prog.exe prog.c"
                + " -lws2_32\n"
            : " * Linux: cc -Wall -Wextra -Werror -o prog prog.c && ./prog\n");
    out.append(" */\n").append(includes(p));
    if (!win) {
      out.append(fallbacks(used));
    }
    out.append('\n');
    Map<String, String> helpers = helpers(p);
    Set<String> needed = new java.util.HashSet<>(called);
    boolean grew = true;
    while (grew) {
      grew = false;
      for (var h : helpers.entrySet()) {
        if (needed.contains(h.getKey())) {
          continue;
        }
        for (String n : List.copyOf(needed)) {
          if (helpers.get(n).contains(h.getKey() + "(")) {
            needed.add(h.getKey());
            grew = true;
            break;
          }
        }
      }
    }
    for (var h : helpers.entrySet()) {
      if (needed.contains(h.getKey())) {
        out.append(h.getValue()).append('\n');
      }
    }
    out.append("int main(void) {\n");
    if (win) {
      out.append("  WSADATA wsa;\n");
      out.append("  if (WSAStartup(MAKEWORD(2, 2), &wsa) != 0) {\n");
      out.append("    printf(\"[WSAStartup()] failed\\n\");\n    return 1;\n  }\n");
    }
    out.append("  setvbuf(stdout, NULL, _IONBF, 0);\n");
  }

  /** What comes after main's statements. */
  static void tail(Platform p, java.io.Writer out) throws java.io.IOException {
    if (p == Platform.WINSOCK) {
      out.append("  WSACleanup();\n");
    }
    out.append("  return 0;\n}\n");
  }
}
