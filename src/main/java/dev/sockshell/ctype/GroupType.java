package dev.sockshell.ctype;

import java.util.List;

/**
 * The structs of the membership options (ip_mreq(n), ip_mreq_source, ipv6_mreq, group_req,
 * group_source_req): set only, so shown as their bytes, and their second word is an interface.
 */
public sealed interface GroupType extends CType
    permits CIpMreq, CIpMreqSource, CIpv6Mreq, CGroupReq, CGroupSourceReq {

  @Override
  default String show(byte[] raw, CodecEnv env) {
    return CBytes.showBytes(raw);
  }

  @Override
  default List<Choice> choices(int index, Machine m) {
    return index != 1 ? List.of() : CIfIndex.interfaces(m);
  }
}
