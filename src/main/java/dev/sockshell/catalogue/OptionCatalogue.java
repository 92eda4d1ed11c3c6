package dev.sockshell.catalogue;

import static dev.sockshell.catalogue.Level.*;
import static dev.sockshell.catalogue.SockOption.Access.*;
import static dev.sockshell.ctype.CTypes.*;

import dev.sockshell.model.Family;
import dev.sockshell.model.Proto;
import dev.sockshell.text.Suggest;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one table of socket options: the chapter's four tables with their Linux numbers and C types,
 * plus the options users reach for next. Parsing, validation, completion, help and formatting all
 * read it; no other class names an option.
 */
public final class OptionCatalogue {
  static final Set<Family> BOTH = EnumSet.allOf(Family.class);
  static final Set<Family> V4 = EnumSet.of(Family.IPV4);
  static final Set<Family> V6 = EnumSet.of(Family.IPV6);
  static final Set<Proto> ANY = EnumSet.allOf(Proto.class);
  static final Set<Proto> UDP = EnumSet.of(Proto.UDP);
  static final Set<Proto> TCP = EnumSet.of(Proto.TCP);

  /** none of sockshell's: an option of raw sockets (with {@link Trait#RAW_ONLY}) */
  static final Set<Proto> RAW = EnumSet.noneOf(Proto.class);

  private static final OptionCatalogue INSTANCE = new OptionCatalogue();

  private final List<SockOption> options = new ArrayList<>();
  private final Map<String, SockOption> byName = new LinkedHashMap<>();

  private final Map<String, Set<Trait>> traits = new java.util.HashMap<>();

  private OptionCatalogue() {
    traits("SO_RCVBUF", Trait.DOUBLED_RMEM);
    traits("IP_RECVERR", Trait.ERROR_QUEUE);
    traits("IPV6_RECVERR", Trait.ERROR_QUEUE);
    traits("SO_REUSEADDR", Trait.REUSE_ADDR);
    traits("IP_MULTICAST_IF", Trait.MULTICAST_IF);
    traits("IPV6_MULTICAST_IF", Trait.MULTICAST_IF);
    traits("SO_BINDTOIFINDEX", Trait.BINDS_INTERFACE);
    traits("TCP_INFO", Trait.CONNECTION_INFO);
    traits("SO_SNDBUF", Trait.DOUBLED_WMEM);
    traits("SO_RCVTIMEO", Trait.RECV_TIMEOUT);
    traits("SO_SNDTIMEO", Trait.SEND_TIMEOUT);
    traits("SO_ERROR", Trait.PENDING_ERROR);
    traits("IP_RECVTTL", Trait.RECV_TTL);
    traits("IPV6_RECVHOPLIMIT", Trait.RECV_TTL);
    traits("IPV6_V6ONLY", Trait.ON_BY_BIND);
    traits("IP_ADD_MEMBERSHIP", Trait.JOIN);
    traits("IP_DROP_MEMBERSHIP", Trait.LEAVE);
    traits("IP_ADD_SOURCE_MEMBERSHIP", Trait.JOIN, Trait.SOURCE);
    traits("IP_DROP_SOURCE_MEMBERSHIP", Trait.LEAVE, Trait.SOURCE);
    traits("IPV6_JOIN_GROUP", Trait.JOIN);
    traits("IPV6_LEAVE_GROUP", Trait.LEAVE);
    traits("MCAST_JOIN_SOURCE_GROUP", Trait.JOIN, Trait.SOURCE);
    traits("MCAST_LEAVE_SOURCE_GROUP", Trait.LEAVE, Trait.SOURCE);
    // Table 9-1, SOL_SOCKET
    add(SOL_SOCKET, "SO_BROADCAST", 6, BOOL_INT, GET_SET, BOTH, UDP, false);
    add(SOL_SOCKET, "SO_KEEPALIVE", 9, BOOL_INT, GET_SET, BOTH, TCP, false);
    add(SOL_SOCKET, "SO_LINGER", 13, LINGER, GET_SET, BOTH, TCP, false);
    add(SOL_SOCKET, "SO_SNDBUF", 7, INT, GET_SET, BOTH, ANY, false);
    add(SOL_SOCKET, "SO_RCVBUF", 8, INT, GET_SET, BOTH, ANY, false);
    add(SOL_SOCKET, "SO_SNDTIMEO", 21, TIMEVAL, GET_SET, BOTH, ANY, false);
    add(SOL_SOCKET, "SO_RCVTIMEO", 20, TIMEVAL, GET_SET, BOTH, ANY, false);
    add(SOL_SOCKET, "SO_REUSEADDR", 2, BOOL_INT, GET_SET, BOTH, ANY, false);
    add(SOL_SOCKET, "SO_REUSEPORT", 15, BOOL_INT, GET_SET, BOTH, ANY, false);
    add(SOL_SOCKET, "SO_TYPE", 3, SOCK_TYPE, GET_ONLY, BOTH, ANY, false);
    add(SOL_SOCKET, "SO_ERROR", 4, ERRNO, GET_ONLY, BOTH, ANY, false);
    // Table 9-2, IPPROTO_IP (the kernel judges these on IPv6 sockets: Linux accepts many)
    add(IPPROTO_IP, "IP_TTL", 2, INT, GET_SET, V4, ANY, false);
    add(IPPROTO_IP, "IP_TOS", 1, INT, GET_SET, V4, ANY, false);
    add(IPPROTO_IP, "IP_RECVTTL", 12, BOOL_INT, GET_SET, V4, UDP, false);
    add(IPPROTO_IP, "IP_ADD_MEMBERSHIP", 35, IP_MREQ, SET_ONLY, V4, UDP, false);
    add(IPPROTO_IP, "IP_DROP_MEMBERSHIP", 36, IP_MREQ, SET_ONLY, V4, UDP, false);
    add(IPPROTO_IP, "IP_ADD_SOURCE_MEMBERSHIP", 39, IP_MREQ_SOURCE, SET_ONLY, V4, UDP, false);
    add(IPPROTO_IP, "IP_DROP_SOURCE_MEMBERSHIP", 40, IP_MREQ_SOURCE, SET_ONLY, V4, UDP, false);
    add(IPPROTO_IP, "IP_MULTICAST_IF", 32, IN_ADDR, GET_SET, V4, UDP, false);
    add(IPPROTO_IP, "IP_MULTICAST_LOOP", 34, U_CHAR_BOOL, GET_SET, V4, UDP, false);
    add(IPPROTO_IP, "IP_MULTICAST_TTL", 33, U_CHAR, GET_SET, V4, UDP, false);
    // Table 9-3, IPPROTO_IPV6 (refused on IPv4 sockets, where Linux has no such level)
    add(IPPROTO_IPV6, "IPV6_UNICAST_HOPS", 16, INT, GET_SET, V6, ANY, true);
    add(
        IPPROTO_IPV6,
        "IPV6_JOIN_GROUP",
        20,
        IPV6_MREQ,
        SET_ONLY,
        V6,
        UDP,
        true,
        "IPV6_ADD_MEMBERSHIP");
    add(
        IPPROTO_IPV6,
        "IPV6_LEAVE_GROUP",
        21,
        IPV6_MREQ,
        SET_ONLY,
        V6,
        UDP,
        true,
        "IPV6_DROP_MEMBERSHIP");
    add(IPPROTO_IPV6, "MCAST_JOIN_SOURCE_GROUP", 46, GROUP_SOURCE_REQ, SET_ONLY, V6, UDP, true);
    add(IPPROTO_IPV6, "MCAST_LEAVE_SOURCE_GROUP", 47, GROUP_SOURCE_REQ, SET_ONLY, V6, UDP, true);
    add(IPPROTO_IPV6, "IPV6_MULTICAST_IF", 17, IFINDEX, GET_SET, V6, UDP, true);
    add(IPPROTO_IPV6, "IPV6_MULTICAST_LOOP", 19, BOOL_INT, GET_SET, V6, UDP, true);
    add(IPPROTO_IPV6, "IPV6_MULTICAST_HOPS", 18, INT, GET_SET, V6, UDP, true);
    add(IPPROTO_IPV6, "IPV6_V6ONLY", 26, BOOL_INT, GET_SET, V6, ANY, true);
    add(IPPROTO_IPV6, "IPV6_RECVHOPLIMIT", 51, BOOL_INT, GET_SET, V6, UDP, true);
    // Table 9-4, IPPROTO_TCP (refused on UDP sockets)
    add(IPPROTO_TCP, "TCP_NODELAY", 1, BOOL_INT, GET_SET, BOTH, TCP, true);
    add(IPPROTO_TCP, "TCP_MAXSEG", 2, INT, GET_SET, BOTH, TCP, true);
    add(IPPROTO_TCP, "TCP_KEEPIDLE", 4, INT, GET_SET, BOTH, TCP, true);
    add(IPPROTO_TCP, "TCP_KEEPINTVL", 5, INT, GET_SET, BOTH, TCP, true);
    add(IPPROTO_TCP, "TCP_KEEPCNT", 6, INT, GET_SET, BOTH, TCP, true);
    add(
        IPPROTO_TCP,
        "TCP_INFO",
        11,
        dev.sockshell.ctype.CTypes.TCP_INFO,
        GET_ONLY,
        BOTH,
        TCP,
        true);
    chapter = false;
    MoreOptions.addTo(this);
    // a trait is given by name before its row exists: a misspelt name would lose it silently
    if (!traitsWithoutRow().isEmpty()) {
      throw new IllegalStateException(
          "traits for options not in the catalogue: " + traitsWithoutRow());
    }
  }

  /** The options that have the trait, in the catalogue's order. */
  public java.util.List<SockOption> withTrait(Trait t) {
    return byName.values().stream().filter(o -> o.has(t)).toList();
  }

  /**
   * The names traits were given to that no row of the catalogue has (none, or it does not load).
   */
  java.util.Set<String> traitsWithoutRow() {
    java.util.Set<String> out = new java.util.TreeSet<>(traits.keySet());
    out.removeAll(byName.keySet());
    return out;
  }

  /**
   * Rows added while true are the chapter's (its four tables): getopt without a name shows them.
   */
  private boolean chapter = true;

  void traits(String name, Trait... t) {
    traits.put(name, EnumSet.of(t[0], t));
  }

  public static OptionCatalogue get() {
    return INSTANCE;
  }

  void add(
      Level level,
      String name,
      int number,
      dev.sockshell.ctype.CType type,
      SockOption.Access access,
      Set<Family> families,
      Set<Proto> protos,
      boolean refuse,
      String... aliases) {
    SockOption o =
        new SockOption(
            level,
            name,
            number,
            type,
            access,
            families,
            protos,
            refuse,
            List.of(aliases),
            withChapter(traits.getOrDefault(name, EnumSet.noneOf(Trait.class))));
    options.add(o);
    byName.put(name, o);
    for (String a : aliases) {
      byName.put(a, o);
    }
  }

  private Set<Trait> withChapter(Set<Trait> t) {
    Set<Trait> out = t.isEmpty() ? EnumSet.noneOf(Trait.class) : EnumSet.copyOf(t);
    if (chapter) {
      out.add(Trait.CHAPTER);
    }
    return out;
  }

  public List<SockOption> all() {
    return List.copyOf(options);
  }

  public List<SockOption> inLevel(Level level) {
    return options.stream().filter(o -> o.level() == level).toList();
  }

  /** By C name or alias, in any case. */
  public Optional<SockOption> byName(String name) {
    SockOption o = byName.get(name); // as written (SO_RCVBUF), without an upper-case copy
    return Optional.ofNullable(o != null ? o : byName.get(name.toUpperCase(Locale.ROOT)));
  }

  public Optional<SockOption> byNumber(int level, int number) {
    return options.stream()
        .filter(o -> o.level().number() == level && o.number() == number)
        .findFirst();
  }

  /** The one option that has trait {@code t} (SO_ERROR for PENDING_ERROR…). */
  public SockOption with(Trait t) {
    return options.stream().filter(o -> o.has(t)).findFirst().orElseThrow();
  }

  /** The option that joins or leaves a group (of one source, or of all) on a family's socket. */
  public SockOption membership(Family family, boolean join, boolean source) {
    return options.stream()
        .filter(o -> o.has(join ? Trait.JOIN : Trait.LEAVE) && o.has(Trait.SOURCE) == source)
        .filter(o -> o.families().contains(family))
        .findFirst()
        .orElseThrow();
  }

  /** Every name and alias, for completion and "did you mean". */
  public List<String> names() {
    return List.copyOf(byName.keySet());
  }

  public String suggest(String typed) {
    return Suggest.nearest(typed, byName.keySet());
  }
}
