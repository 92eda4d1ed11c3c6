package dev.sockshell.posix.ffm;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;

/** libc's text for errno values and its interface name/index look-ups. */
final class Libc {
  private static final Downcall IF_NAMETOINDEX =
      Downcall.plain("if_nametoindex", FunctionDescriptor.of(JAVA_INT, ADDRESS));
  private static final Downcall IF_INDEXTONAME =
      Downcall.plain("if_indextoname", FunctionDescriptor.of(ADDRESS, JAVA_INT, ADDRESS));
  private static final Downcall STRERRORNAME_NP =
      Downcall.plain("strerrorname_np", FunctionDescriptor.of(ADDRESS, JAVA_INT));
  private static final Downcall STRERRORDESC_NP =
      Downcall.plain("strerrordesc_np", FunctionDescriptor.of(ADDRESS, JAVA_INT));
  static final Downcall STRERROR =
      Downcall.plain("strerror", FunctionDescriptor.of(ADDRESS, JAVA_INT));
  private static final int IF_NAMESIZE = 16;

  private Libc() {}

  static int ifNameToIndex(String name) {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment s = arena.allocateFrom(name);
      return (int) IF_NAMETOINDEX.call(Downcall.IGNORED, Downcall.at(s));
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  static String ifIndexToName(int index) {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment buf = arena.allocate(IF_NAMESIZE);
      long r = IF_INDEXTONAME.call(Downcall.IGNORED, index, Downcall.at(buf));
      return r == 0 ? null : buf.getString(0);
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  static String errnoName(int errno) {
    String name = STRERRORNAME_NP.exists() ? cString(STRERRORNAME_NP, errno) : null;
    return name != null ? name : "errno " + errno;
  }

  static String strerror(int errno) {
    String text = STRERRORDESC_NP.exists() ? cString(STRERRORDESC_NP, errno) : null;
    return text != null ? text : cString(STRERROR, errno);
  }

  private static String cString(Downcall fn, int arg) {
    try {
      long p = fn.call(Downcall.IGNORED, arg);
      return p == 0 ? null : Downcall.pointer(p).reinterpret(256).getString(0);
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  private static RuntimeException rethrow(Throwable t) {
    if (t instanceof RuntimeException r) {
      return r;
    }
    if (t instanceof Error e) {
      throw e;
    }
    return new IllegalStateException(t);
  }
}
