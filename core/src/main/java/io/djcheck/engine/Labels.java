package io.djcheck.engine;

import io.djcheck.model.Internal;

/** The words a message uses for a concept key: {@code practice.sanhui_yike} → 三会一课 (from the lexicon). */
@Internal
@FunctionalInterface
public interface Labels {

    String of(String concept);
}
