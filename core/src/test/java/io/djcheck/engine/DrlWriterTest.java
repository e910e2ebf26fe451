package io.djcheck.engine;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Generated DRL holds names only: anything else reaching the writer is a bug, not input to quote. */
class DrlWriterTest {

    @Test
    void aNameThatIsNotANameNeverReachesDrl() {
        assertThatThrownBy(() -> DrlWriter.name("x\" || true || \"")).isInstanceOf(IllegalStateException.class);
        assertThat(DrlWriter.name("practice.sanhui_yike")).isEqualTo("practice.sanhui_yike");
    }
}
