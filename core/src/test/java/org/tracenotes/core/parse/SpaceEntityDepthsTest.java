package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tracenotes.grammar.CodeLinks;

/**
 * A call tree in a note's text whose depth is written as HTML space entities, one per level
 * ({@link org.tracenotes.grammar.SpaceEntityDepths}), its steps links to the source ({@link LinkedStepCalls}).
 * Every fragment is made up.
 */
class SpaceEntityDepthsTest {

    private static String shape(String... lines) {
        return Parsing.shape(Parsing.parse("# Pumps\n\nThe pump starts so:\n\n" + String.join("\n", lines) + "\n\nThat is all.\n"));
    }

    @Test
    void referenceLinksLedByEmSpacesNestByTheirCount() {
        assertEquals("""
                root [Pump#start][pump_start_l]
                  call [Pump::prime][prime_l]
                    call [**native Valve#open**][open_l]
                  call [pump_wait][wait_l]
                """, shape("&emsp;[Pump#start][pump_start_l]  ", "&emsp;&emsp;[Pump::prime][prime_l]  ",
                "&emsp;&emsp;&emsp;[**native Valve#open**][open_l]  ", "&emsp;&emsp;[pump_wait][wait_l]  "));
    }

    @Test
    void inlineLinksBareNamesAndOtherSpaceEntitiesNestTheSame() {
        String shape = shape("&nbsp;[pump_start](http://src/pump.c#L10)", "&nbsp;&nbsp;valve_open", "&nbsp;&nbsp;&nbsp;[valve_lock](http://src/v.c)");
        assertTrue(shape.matches("(?s)root \\[pump_start].*\n  \\w+ valve_open\n    call \\[valve_lock].*"), shape);
        String fullWidth = shape("\u3000pump_start", "\u3000\u3000valve_open", "\u3000\u3000valve_close");
        assertTrue(fullWidth.matches("(?s)root pump_start\n  \\w+ valve_open\n  \\w+ valve_close\n"), fullWidth);
    }

    @Test
    void deepLinesAtOneDepthHangFromACallerDrawnAboveTheBlock() {
        assertEquals("""
                root\s
                  call [valve_open][l1]
                  call [valve_lock][l2]
                    call [valve_lock_slow][l3]
                  call [valve_wait][l4]
                """, shape("&emsp;&emsp;&emsp;[valve_open][l1]  ", "&emsp;&emsp;&emsp;[valve_lock][l2]  ",
                "&emsp;&emsp;&emsp;&emsp;[valve_lock_slow][l3]  ", "&emsp;&emsp;&emsp;[valve_wait][l4]  "));
    }

    @Test
    void paragraphsIndentedWithEntitiesAreProse() {
        assertEquals("", shape("&emsp;&emsp;\u6cf5\u542f\u52a8\u540e\u4f1a\u6253\u5f00\u9600\u95e8\u3002", "&emsp;&emsp;&emsp;\u7136\u540e\u7b49\u5f85\u3002"));
        assertEquals("", shape("&emsp;&emsp;The pump starts first.", "&emsp;&emsp;&emsp;Then the valve opens."));
        assertEquals("", shape("&emsp;&emsp;[the pump docs](http://docs/pump)", "&emsp;&emsp;&emsp;[the valve docs](http://docs/valve)"));
    }

    @Test
    void paragraphsLedByACamelCasedBrandWordAreProse() {
        assertEquals("", shape("&emsp;&emsp;PumpWorks is a small vendor.", "&emsp;&emsp;&emsp;&emsp;ValveCo sells parts too."));
        assertEquals("", shape("&emsp;&emsp;PumpHub \u662f\u4e00\u4e2a\u5e73\u53f0\u3002", "&emsp;&emsp;&emsp;&emsp;ValveLab \u4e5f\u662f\u3002"));
        String alone = shape("&emsp;pumpStart", "&emsp;&emsp;valveOpen()", "&emsp;&emsp;valveWait  ");
        assertTrue(alone.matches("(?s)root pumpStart\n  \\w+ valveOpen\\(\\)\n  \\w+ valveWait\n"), alone);
    }

    @Test
    void linesAllAtOneDepthOrALoneLineAreNoTree() {
        assertEquals("", shape("&emsp;[pump_start][l1]  ", "&emsp;[valve_open][l2]  ", "&emsp;[valve_wait][l3]  "));
        assertEquals("", shape("&emsp;&emsp;[pump_start][l1]  "));
    }

    @Test
    void aLinkNamesTheCodeItsTextEndsWith() {
        assertEquals("Pump#start", CodeLinks.linkedName("[Pump#start][l]"));
        assertEquals("Valve::open", CodeLinks.linkedName("[**native Valve::open**](http://x)"));
        assertEquals("pump_wait", CodeLinks.linkedName("[pump_wait(p)][l]（waits）"));
        assertNull(CodeLinks.linkedName("[the pump docs](http://docs)"));
        assertNull(CodeLinks.linkedName("[pump] and more"));
        assertNull(CodeLinks.linkedName("[a b c pump_wait][l]"));
    }

    @Test
    void everySpellingOfASpaceReferenceIsOneLevel() {
        // named, decimal and hex references to the same spaces, as CharacterReferences reads them
        String shape = shape("&#x2003;pump_start", "&#X2003;&#8195;valve_open", "&ensp;&#xA0;&#12288;valve_lock");
        assertTrue(shape.matches("(?s)root pump_start\n  \\w+ valve_open\n    \\w+ valve_lock\n"), shape);
    }

    @Test
    void aReferenceToAnotherCharacterIsNoLevel() {
        assertTrue(Parsing.parse("&#x41;pump_start\n&#x41;&#x41;valve_open\n").traceBlocks().isEmpty());
    }
}
