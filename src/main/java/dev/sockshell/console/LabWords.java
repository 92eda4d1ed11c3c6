package dev.sockshell.console;

import dev.sockshell.text.Text;
import java.util.List;
import java.util.Map;
import org.jline.reader.Candidate;

/** The lab's words for completion: its subcommands, topologies, hosts and interfaces. */
final class LabWords {
  private LabWords() {}

  private static void add(Map<String, Candidate> out, String value, String group, String descr) {
    SockCompleter.add(out, value, group, descr);
  }

  /** lab up|down, then a topology after up. */
  static void words(List<String> args, Map<String, Candidate> out) {
    if (args.isEmpty()) {
      add(out, "up", Text.get("group.keywords"), Text.get("choice.labUp"));
      add(out, "down", Text.get("group.keywords"), Text.get("choice.labDown"));
    } else if (args.size() == 1 && args.get(0).equals("up")) {
      for (var t : dev.sockshell.lab.Topology.ALL) {
        add(out, t.name(), Text.get("group.topologies"), null);
      }
    }
  }

  /** The lab's hosts and routers, each with its first address, when a lab is up. */
  static void hosts(dev.sockshell.lab.Lab.Slot slot, Map<String, Candidate> out, String group) {
    slot.current()
        .ifPresent(
            lab -> {
              for (var n : lab.topology().nodes()) {
                var p = lab.topology().ports(n.name()).getFirst();
                add(out, n.name(), group, p.v4() + " / " + p.v6());
              }
            });
  }

  /** The lab's interfaces (h1-eth0…), when a lab is up. */
  static void interfaces(dev.sockshell.lab.Lab.Slot slot, Map<String, Candidate> out) {
    slot.current()
        .ifPresent(
            lab -> {
              for (var l : lab.topology().links()) {
                for (var p : l.ports()) {
                  add(out, p.iface(), Text.get("group.interfaces"), p.node() + ", " + p.v4());
                }
              }
            });
  }
}
