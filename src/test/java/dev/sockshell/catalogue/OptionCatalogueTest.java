package dev.sockshell.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sockshell.catalogue.SockOption.Access;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OptionCatalogueTest {
  private final OptionCatalogue catalogue = OptionCatalogue.get();

  /** The chapter's four tables, with the C type Linux uses and whether get/set work. */
  @ParameterizedTest
  @CsvSource({
    "SO_BROADCAST, SOL_SOCKET, 6, BOOL_INT, GET_SET",
    "SO_KEEPALIVE, SOL_SOCKET, 9, BOOL_INT, GET_SET",
    "SO_LINGER, SOL_SOCKET, 13, LINGER, GET_SET",
    "SO_SNDBUF, SOL_SOCKET, 7, INT, GET_SET",
    "SO_RCVBUF, SOL_SOCKET, 8, INT, GET_SET",
    "SO_SNDTIMEO, SOL_SOCKET, 21, TIMEVAL, GET_SET",
    "SO_RCVTIMEO, SOL_SOCKET, 20, TIMEVAL, GET_SET",
    "SO_REUSEADDR, SOL_SOCKET, 2, BOOL_INT, GET_SET",
    "IP_TTL, IPPROTO_IP, 2, INT, GET_SET",
    "IP_ADD_MEMBERSHIP, IPPROTO_IP, 35, IP_MREQ, SET_ONLY",
    "IP_DROP_MEMBERSHIP, IPPROTO_IP, 36, IP_MREQ, SET_ONLY",
    "IP_MULTICAST_IF, IPPROTO_IP, 32, IN_ADDR, GET_SET",
    "IP_MULTICAST_LOOP, IPPROTO_IP, 34, U_CHAR_BOOL, GET_SET",
    "IP_MULTICAST_TTL, IPPROTO_IP, 33, U_CHAR, GET_SET",
    "IPV6_UNICAST_HOPS, IPPROTO_IPV6, 16, INT, GET_SET",
    "IPV6_JOIN_GROUP, IPPROTO_IPV6, 20, IPV6_MREQ, SET_ONLY",
    "IPV6_LEAVE_GROUP, IPPROTO_IPV6, 21, IPV6_MREQ, SET_ONLY",
    "IPV6_MULTICAST_IF, IPPROTO_IPV6, 17, IFINDEX, GET_SET",
    "IPV6_MULTICAST_LOOP, IPPROTO_IPV6, 19, BOOL_INT, GET_SET",
    "IPV6_MULTICAST_HOPS, IPPROTO_IPV6, 18, INT, GET_SET",
    "TCP_NODELAY, IPPROTO_TCP, 1, BOOL_INT, GET_SET",
    "SO_REUSEPORT, SOL_SOCKET, 15, BOOL_INT, GET_SET",
    "SO_TYPE, SOL_SOCKET, 3, SOCK_TYPE, GET_ONLY",
    "SO_ERROR, SOL_SOCKET, 4, ERRNO, GET_ONLY",
    "IP_TOS, IPPROTO_IP, 1, INT, GET_SET",
    "IPV6_V6ONLY, IPPROTO_IPV6, 26, BOOL_INT, GET_SET",
    "TCP_MAXSEG, IPPROTO_TCP, 2, INT, GET_SET",
    "TCP_KEEPIDLE, IPPROTO_TCP, 4, INT, GET_SET",
    "TCP_KEEPINTVL, IPPROTO_TCP, 5, INT, GET_SET",
    "TCP_KEEPCNT, IPPROTO_TCP, 6, INT, GET_SET",
  })
  void everyOptionOfTheChapterIsThereWithItsCType(
      String name, Level level, int number, String type, Access access) {
    SockOption o = catalogue.byName(name).orElseThrow();
    assertThat(o.level()).isEqualTo(level);
    assertThat(o.number()).isEqualTo(number);
    assertThat(o.type()).isSameAs(constant(type));
    assertThat(o.access()).isEqualTo(access);
    assertThat(o.doc()).isNotBlank();
    assertThat(o.help()).isNotBlank();
  }

  @Test
  void namesAndNumbersAreUniquePerLevel() {
    Set<String> seen = new HashSet<>();
    for (SockOption o : catalogue.all()) {
      assertThat(seen.add(o.level() + "/" + o.number())).as(o.name()).isTrue();
    }
    assertThat(catalogue.names()).doesNotHaveDuplicates();
  }

  @Test
  void lookupIgnoresCaseAndKnowsAliases() {
    assertThat(catalogue.byName("so_rcvbuf")).map(SockOption::name).hasValue("SO_RCVBUF");
    assertThat(catalogue.byName("IPV6_ADD_MEMBERSHIP"))
        .map(SockOption::name)
        .hasValue("IPV6_JOIN_GROUP");
    assertThat(catalogue.byNumber(1, 8)).map(SockOption::name).hasValue("SO_RCVBUF");
    assertThat(catalogue.byName("SO_NOPE")).isEmpty();
  }

  @Test
  void suggestsTheNearestName() {
    assertThat(catalogue.suggest("SO_BROADCST")).isEqualTo("SO_BROADCAST");
    assertThat(catalogue.suggest("TCP_NODELY")).isEqualTo("TCP_NODELAY");
    assertThat(catalogue.suggest("XYZZY")).isNull();
  }

  @Test
  void levelsByCAndShortName() {
    assertThat(Level.byName("sol_socket")).hasValue(Level.SOL_SOCKET);
    assertThat(Level.byName("ipv6")).hasValue(Level.IPPROTO_IPV6);
    assertThat(Level.byNumber(6)).hasValue(Level.IPPROTO_TCP);
  }

  @Test
  void optionsTheKernelJudgesAreNotRefused() {
    // SO_BROADCAST is for UDP, but Linux accepts it on TCP: sockshell lets the kernel speak.
    assertThat(catalogue.byName("SO_BROADCAST").orElseThrow().refuseElsewhere()).isFalse();
    assertThat(catalogue.byName("TCP_NODELAY").orElseThrow().refuseElsewhere()).isTrue();
    assertThat(catalogue.byName("IPV6_V6ONLY").orElseThrow().refuseElsewhere()).isTrue();
  }

  private static Object constant(String name) {
    try {
      return dev.sockshell.ctype.CTypes.class.getField(name).get(null);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("no C type " + name, e);
    }
  }

  /**
   * Issue 21: a trait given to a misspelt name was lost silently; the catalogue refuses to load.
   */
  @Test
  void everyTraitBelongsToARow() {
    assertThat(OptionCatalogue.get().traitsWithoutRow()).isEmpty();
    assertThat(OptionCatalogue.get().byName("SO_RCVBUF").orElseThrow().traits())
        .contains(Trait.DOUBLED_RMEM);
    // what the interpreter, the sandbox and bench ask the catalogue for, instead of names
    assertThat(OptionCatalogue.get().withTrait(Trait.MULTICAST_IF))
        .extracting(SockOption::name)
        .containsExactlyInAnyOrder("IP_MULTICAST_IF", "IPV6_MULTICAST_IF");
    assertThat(OptionCatalogue.get().withTrait(Trait.ERROR_QUEUE))
        .extracting(SockOption::name)
        .containsExactlyInAnyOrder("IP_RECVERR", "IPV6_RECVERR");
    assertThat(OptionCatalogue.get().withTrait(Trait.CONNECTION_INFO)).hasSize(1);
    assertThat(OptionCatalogue.get().withTrait(Trait.REUSE_ADDR)).hasSize(1);
    assertThat(OptionCatalogue.get().withTrait(Trait.BINDS_INTERFACE)).hasSize(1);
  }

  /** The control message types recvmsg reads are the options' own numbers. */
  @Test
  void controlMessageTypesAreTheCataloguesNumbers() {
    var c = OptionCatalogue.get();
    assertThat(c.byName("IP_TTL").orElseThrow().number())
        .isEqualTo(dev.sockshell.posix.Linux.IP_TTL);
    assertThat(c.byName("IP_RECVERR").orElseThrow().number())
        .isEqualTo(dev.sockshell.posix.Linux.IP_RECVERR);
    assertThat(c.byName("IPV6_RECVERR").orElseThrow().number())
        .isEqualTo(dev.sockshell.posix.Linux.IPV6_RECVERR);
  }
}
