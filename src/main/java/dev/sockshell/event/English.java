package dev.sockshell.event;

import dev.sockshell.text.Words;

/**
 * The English words of a fact, as an {@code expect output} or {@code expect VALUE} line compares
 * them whatever language is shown: a script checks the same in every language. The core asks for
 * them here and never words a fact itself; a renderer gives them ({@code render/Renderer.ENGLISH}).
 */
public interface English {
  /** What {@code e} shows, plain (no colours), in English. */
  String of(Event e);

  /** {@code w} in English. */
  String of(Words w);
}
