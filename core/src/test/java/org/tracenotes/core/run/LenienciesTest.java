package org.tracenotes.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A run's leniency: in the order first recorded, each key once, cut back to a mark. */
class LenienciesTest {

    private static Leniency at(int line) {
        return new Leniency(line, "not-modelled", "line " + line);
    }

    @Test
    void aKeyRecordedAgainKeepsItsFirstLeniencyAndPlace() {
        Leniencies l = new Leniencies();
        l.putIfAbsent("a", at(1));
        l.putIfAbsent("b", at(2));
        l.putIfAbsent(new String("a"), at(3));
        assertEquals(List.of(at(1), at(2)), l.values());
    }

    @Test
    void manyKeysAreFoundThroughTheIndexAndCutBackToAMark() {
        Leniencies l = new Leniencies();
        List<Leniency> expected = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            l.putIfAbsent("k" + i, at(i));
            expected.add(at(i));
        }
        for (int i = 0; i < 40; i++) {
            l.putIfAbsent(new String("k" + i), at(100 + i));
        }
        assertEquals(expected, l.values());
        l.truncate(10);
        assertEquals(expected.subList(0, 10), l.values());
        l.putIfAbsent("k20", at(120));
        l.putIfAbsent("k5", at(105));
        assertEquals(11, l.size());
        assertEquals(at(120), l.values().get(10), "a key forgotten by the cut is recorded anew");
    }
}
