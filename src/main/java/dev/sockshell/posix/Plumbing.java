package dev.sockshell.posix;

/**
 * What serves the socket calls without being one the chapter teaches: wake-ups (eventfd), errno
 * names and texts, interface names and indexes, and network namespaces. Code that needs only these
 * (Ctrl-C's wake-up, a message's errno) asks for this, not for all of {@link Sockets}.
 */
public interface Plumbing {
  /**
   * Runs {@code work} on a thread of its own that has entered the network namespace {@code netns}
   * (a file such as /run/netns/NAME) with {@code setns}, for the calls that act in the caller's
   * namespace: {@code socket()} (a socket stays in the namespace it was made in) and interface
   * names. The thread ends with the work; no other thread changes namespace.
   */
  <T> T inNetns(String netns, java.util.function.Supplier<T> work);

  /** {@code if_nametoindex}; 0 when there is no such interface. */
  int ifNameToIndex(String name);

  /** {@code if_indextoname}; null when there is no such interface. */
  String ifIndexToName(int index);

  /** An eventfd used to wake a blocking {@link Sockets#pollIn} from another thread. */
  int eventfd();

  void signalEventfd(int fd);

  void drainEventfd(int fd);

  /** The symbolic name of an errno, e.g. EADDRINUSE. */
  String errnoName(int errno);

  /** The C library's text for an errno, e.g. "Address already in use". */
  String strerror(int errno);
}
