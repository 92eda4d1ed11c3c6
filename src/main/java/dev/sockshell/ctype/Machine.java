package dev.sockshell.ctype;

import java.util.Map;

/** What completion of values needs to know of this machine. */
public interface Machine {
  /** Interface name to index. */
  Map<String, Integer> interfaceIndexes();

  /** IPv4 address to the name of its interface. */
  Map<String, String> interfaceIpv4();

  Machine NONE =
      new Machine() {
        @Override
        public Map<String, Integer> interfaceIndexes() {
          return Map.of();
        }

        @Override
        public Map<String, String> interfaceIpv4() {
          return Map.of();
        }
      };
}
