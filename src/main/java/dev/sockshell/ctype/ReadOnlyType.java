package dev.sockshell.ctype;

import dev.sockshell.error.UsageError;
import dev.sockshell.model.Atom;
import dev.sockshell.text.Text;
import dev.sockshell.text.Words;
import java.util.List;

/** A C type getsockopt reads and setsockopt never takes: SO_TYPE, SO_ERROR, TCP_INFO. */
public sealed interface ReadOnlyType extends CType
    permits CSockType, CErrno, CTcpInfo, CUcred, CU32Fields {
  @Override
  default boolean readOnly() {
    return true;
  }

  @Override
  default String syntax() {
    return Text.get("syntax.readOnly");
  }

  @Override
  default byte[] encode(List<Atom> atoms, CodecEnv env) {
    throw new UsageError(Words.of("value.readOnly"), atoms.isEmpty() ? 0 : atoms.get(0).column());
  }

  @Override
  default String example() {
    return null;
  }
}
