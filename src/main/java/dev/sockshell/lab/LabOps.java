package dev.sockshell.lab;

import dev.sockshell.command.Command;
import dev.sockshell.error.UsageError;
import dev.sockshell.event.Event;
import dev.sockshell.event.EventSink;
import dev.sockshell.posix.Cancellation;
import dev.sockshell.text.Words;
import java.util.List;
import java.util.stream.Collectors;

/** {@code lab}, {@code lab up [TOPOLOGY]} and {@code lab down}: the lab of {@link Lab}. */
public final class LabOps {
  private LabOps() {}

  /** The namespace file of a lab host, for a socket to be made there. */
  public static String netnsOf(Lab.Slot slot, String host) {
    Lab lab = lab(slot);
    requireHost(lab, host);
    return lab.netnsFile(host);
  }

  /** The lab that is up, or one clear line that none is. */
  public static Lab lab(Lab.Slot slot) {
    return slot.current()
        .orElseThrow(() -> new UsageError(Words.of("lab.notUp"), 0, Words.of("lab.howUp")));
  }

  /** Refuses a name that is no host or router of the lab, naming those it has. */
  public static void requireHost(Lab lab, String host) {
    if (lab.topology().node(host).isEmpty()) {
      throw new UsageError(
          Words.of("lab.noHost", Words.clipped(host)),
          0,
          Words.of("lab.hosts", lab.topology().nodeNames()));
    }
  }

  /** What a lab command did to the lab: built it, removed it, or left it as it was. */
  public enum Outcome {
    BUILT,
    REMOVED,
    KEPT
  }

  public static Outcome run(
      Command.Lab c,
      Lab.Slot slot,
      java.util.function.Consumer<EventSink> closeLab,
      dev.sockshell.posix.Sockets sockets,
      Cancellation cancellation,
      EventSink out) {
    switch (c.action()) {
      case SHOW -> {
        var lab = slot.current();
        if (lab.isEmpty()) {
          String why = Lab.unavailable();
          out.emit(new Event.Info(why != null ? Words.literal(why) : Words.of("lab.none")));
          return Outcome.KEPT;
        }
        show(lab.get(), out);
        return Outcome.KEPT;
      }
      case UP -> {
        String name = c.topology() != null ? c.topology() : Topology.ROUTERS.name();
        Topology t =
            Topology.named(name)
                .orElseThrow(
                    () ->
                        new UsageError(
                            Words.of("lab.noTopology", Words.clipped(name)),
                            0,
                            Words.of(
                                "lab.topologies",
                                Topology.ALL.stream()
                                    .map(Topology::name)
                                    .collect(Collectors.joining(", ")))));
        boolean was = slot.current().isPresent();
        Lab lab;
        try {
          lab = slot.up(t, cancellation::requested); // Ctrl-C stops a build and removes it
        } catch (Lab.Stopped e) {
          throw new Cancellation.Cancelled();
        }
        out.emit(
            new Event.Info(Words.of(was ? "lab.stillUp" : "lab.up", t.name(), lab.namespace("*"))));
        show(lab, out);
        return was ? Outcome.KEPT : Outcome.BUILT;
      }
      case MROUTE -> {
        LabRouting.route(
            slot, sockets, dev.sockshell.ctype.Values.address(c.group()), c.from(), out);
        return Outcome.KEPT;
      }
      case DOWN -> {
        closeLab.accept(out); // the sockets opened in the lab's hosts
        boolean removed = slot.down();
        out.emit(new Event.Info(Words.of(removed ? "lab.down" : "lab.none")));
        return removed ? Outcome.REMOVED : Outcome.KEPT;
      }
    }
    throw new IllegalStateException(); // not reached: the switch covers every action
  }

  private static void show(Lab lab, EventSink out) {
    Topology t = lab.topology();
    List<Words> lines = new java.util.ArrayList<>();
    lines.add(Words.literal(t.drawing().stripTrailing()));
    for (Topology.Link l : t.links()) {
      lines.add(Words.of("lab.link", l.name()));
      for (Topology.Port p : l.ports()) {
        lines.add(
            Words.literal(
                String.format(
                    "    %-3s %-8s %-15s %s",
                    p.node(),
                    p.iface(),
                    p.v4() + "/" + l.v4Length(),
                    p.v6() + "/" + l.v6Length())));
      }
    }
    lines.add(Words.of("lab.try"));
    out.emit(new Event.Info(Words.lines(lines)));
  }
}
