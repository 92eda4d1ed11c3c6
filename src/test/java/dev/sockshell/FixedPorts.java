package dev.sockshell;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For test classes that bind the fixed ports the lessons, the examples and the README use (9000 to
 * 9999 on loopback and the wildcard address, in the machine's own network namespace): they take a
 * lock that every sockshell test run on this machine shares, so that two runs at once take turns on
 * these classes instead of failing with EADDRINUSE; and a port that another program holds makes the
 * class skip with its number rather than fail.
 */
public final class FixedPorts implements BeforeAllCallback, AfterAllCallback {
  /** The ports the lessons, the examples and the README's sessions bind. */
  static final List<Integer> PORTS = IntStream.rangeClosed(9000, 9999).boxed().toList();

  private static final Path LOCK =
      Path.of(System.getProperty("java.io.tmpdir"), "sockshell-tests-fixed-ports.lock");

  private static final ExtensionContext.Namespace NS =
      ExtensionContext.Namespace.create(FixedPorts.class);

  private record Held(FileChannel channel, FileLock lock) {}

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    FileChannel ch = open();
    FileLock lock = ch.lock(); // waits while another test run holds it
    context.getStore(NS).put("held", new Held(ch, lock));
    Integer busy = firstBusy();
    Assumptions.assumeTrue(
        busy == null, () -> "a fixed port in use by another program: " + busy + " is bound");
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    Held h = context.getStore(NS).remove("held", Held.class);
    if (h != null) {
      h.lock().release();
      h.channel().close();
    }
  }

  private static FileChannel open() throws IOException {
    try {
      Files.createFile(
          LOCK, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-rw-rw-")));
      // the umask takes bits away at creation: give them back so another user's run can lock it
      Files.setPosixFilePermissions(LOCK, PosixFilePermissions.fromString("rw-rw-rw-"));
    } catch (java.nio.file.FileAlreadyExistsException e) {
      // made by an earlier run
    }
    return FileChannel.open(LOCK, StandardOpenOption.WRITE);
  }

  /** The first of the ports that a listener or a UDP socket of another program holds, or null. */
  static Integer firstBusy() {
    for (int port : PORTS) {
      try (ServerSocket s = new ServerSocket()) {
        s.setReuseAddress(true); // a connection in TIME_WAIT is no obstacle to the lessons
        s.bind(new InetSocketAddress(port));
      } catch (IOException e) {
        return port;
      }
      try (DatagramSocket d = new DatagramSocket(null)) {
        d.setReuseAddress(true); // the lessons' UDP sockets share ports with SO_REUSEADDR
        d.bind(new InetSocketAddress(port));
      } catch (IOException e) {
        return port;
      }
    }
    return null;
  }
}
