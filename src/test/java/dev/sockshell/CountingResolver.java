package dev.sockshell;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.spi.InetAddressResolver;
import java.net.spi.InetAddressResolverProvider;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The JVM's resolver for the tests (registered in META-INF/services): the built-in one, counted, so
 * that a test can show that something made no look-up at all.
 */
public final class CountingResolver extends InetAddressResolverProvider {
  private static final AtomicLong LOOKUPS = new AtomicLong();

  /** How many names the JVM looked up so far. */
  public static long lookups() {
    return LOOKUPS.get();
  }

  @Override
  public InetAddressResolver get(Configuration configuration) {
    InetAddressResolver builtin = configuration.builtinResolver();
    return new InetAddressResolver() {
      @Override
      public Stream<InetAddress> lookupByName(String host, LookupPolicy policy)
          throws UnknownHostException {
        LOOKUPS.incrementAndGet();
        return builtin.lookupByName(host, policy);
      }

      @Override
      public String lookupByAddress(byte[] addr) throws UnknownHostException {
        LOOKUPS.incrementAndGet();
        return builtin.lookupByAddress(addr);
      }
    };
  }

  @Override
  public String name() {
    return "counting";
  }
}
