package org.tracenotes.core.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A stop's page in one line. */
class DebugStopTest {

    private static DebugStop stopWithPage(List<DebugValue> page) {
        DebugFrame frame = new DebugFrame("f", "made-up.md", 3, false, List.of());
        return new DebugStop(DebugStop.Reason.STEP, "step", 0, 0, List.of(frame), page, List.of(), List.of(), null);
    }

    @Test
    void pageSummaryGivesTheRefcountThenTheSetFlags() {
        DebugStop stop = stopWithPage(List.of(DebugValue.of("pfn", "0x1", "unsigned long"),
                DebugValue.of("flags", "lru dirty", "page flags"), DebugValue.of("refcount", "2", "int")));
        assertEquals("refcount 2 · lru dirty", stop.pageSummary());
    }

    @Test
    void pageSummaryOfAPageWithoutThoseValuesSaysSo() {
        assertEquals("refcount ? · (none)", stopWithPage(List.of()).pageSummary());
    }
}
