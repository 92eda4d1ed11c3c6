package dev.sockshell.interp;

import dev.sockshell.catalogue.CodecEnv;
import dev.sockshell.posix.Sockets;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Enumeration;

/** Interface and errno look-ups for the value codecs, answered by libc and the JDK. */
final class NativeEnv implements CodecEnv {
  private final Sockets sockets;

  NativeEnv(Sockets sockets) {
    this.sockets = sockets;
  }

  @Override
  public int interfaceIndex(String name) {
    return sockets.ifNameToIndex(name);
  }

  @Override
  public String interfaceName(int index) {
    return sockets.ifIndexToName(index);
  }

  @Override
  public Inet4Address interfaceIpv4(String name) {
    try {
      NetworkInterface ni = NetworkInterface.getByName(name);
      if (ni == null) {
        return null;
      }
      for (Enumeration<InetAddress> e = ni.getInetAddresses(); e.hasMoreElements(); ) {
        if (e.nextElement() instanceof Inet4Address v4) {
          return v4;
        }
      }
      return null;
    } catch (SocketException e) {
      return null;
    }
  }

  @Override
  public String errnoName(int errno) {
    return sockets.errnoName(errno);
  }
}
