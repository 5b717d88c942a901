package org.tracenotes.grammar;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DownConnectorsTest {

    @Test
    void aStrictDownArrowIsADoubleBarASlashPairOrAnArrowCharacter() {
        for (String s : new String[] {"||", "\\/", "\u2193", "\u2B07", "\u21D3"}) {
            assertTrue(DownConnectors.isStrict(s), s);
            int[] t = s.codePoints().toArray();
            assertTrue(DownConnectors.isStrict(t, 0, t.length), s);
        }
        for (String s : new String[] {"|", "v", "V", "\u25BC", "\\|/", "-->", "\u2193x"}) {
            assertFalse(DownConnectors.isStrict(s), s);
            int[] t = s.codePoints().toArray();
            assertFalse(DownConnectors.isStrict(t, 0, t.length), s);
        }
    }

    @Test
    void anArrowHeadIsAVOrADownArrowCharacter() {
        for (int c : new int[] {'v', 'V', 0x2193, 0x2B07, 0x21D3}) {
            assertTrue(DownConnectors.isArrowHead(c));
        }
        assertFalse(DownConnectors.isArrowHead('|'));
        assertFalse(DownConnectors.isArrowHead(0x25BC));
    }

    @Test
    void aColumnConnectorAlsoTakesStemsAndArrowsAlone() {
        for (String s : new String[] {"  |", "v", "\u2502", "\u25BC", "||", "\\/", "\\|/", "-->", "==>", "| v", "\u2193 "}) {
            assertTrue(DownConnectors.isColumnConnector(s), s);
            assertTrue(DownConnectors.mayStartColumnConnector(s.strip().codePointAt(0)), s);
        }
        for (String s : new String[] {"| x", "vfs_read()", "--", "- item"}) {
            assertFalse(DownConnectors.isColumnConnector(s), s);
        }
    }

    @Test
    void aBoxTreeArrowHeadIsOnlyABlackTriangleOrADownArrow() {
        assertTrue(DownConnectors.isBoxTreeArrowHead("\u25BC"));
        assertTrue(DownConnectors.isBoxTreeArrowHead("\u2193"));
        assertFalse(DownConnectors.isBoxTreeArrowHead("v"));
        assertFalse(DownConnectors.isBoxTreeArrowHead("\u2B07"));
    }
}
