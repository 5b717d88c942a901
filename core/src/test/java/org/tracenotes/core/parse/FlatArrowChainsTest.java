package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Note;

/**
 * A call stack written top-down as a flat column of call arrows at the root's column ({@link FlatArrowChains}):
 * each arrowed line is the callee of the line above it. Every fragment is made up.
 */
class FlatArrowChainsTest {

    @Test
    void longArrowsAtTheRootsColumnAreAStackWrittenTopDown() {
        Parsing.assertShape("""
                root widget_read
                  call __widget_read
                    call widget_fill
                      call widget_copy
                """, "widget_read", "--> __widget_read", "--> widget_fill", "--> widget_copy");
    }

    @Test
    void longerArrowsOfOneLengthAreAStackToo() {
        Parsing.assertShape("""
                root pump_start()
                  call pump_prime()
                    call valve_open(v)
                      call valve_wait(v)
                """, "pump_start()", "---> pump_prime()", "---> valve_open(v)", "---> valve_wait(v)");
    }

    @Test
    void shortArrowsAtTheRootsColumnStaySideBySide() {
        Parsing.assertShape("""
                root pump_start()
                  call pump_prime()
                  call valve_open(v)
                  call valve_wait(v)
                """, "pump_start()", "-> pump_prime()", "-> valve_open(v)", "-> valve_wait(v)");
    }

    @Test
    void aParenthesisedArrowLineIsAStepTheDumpLeftOutStillInTheChain() {
        Parsing.assertShape("""
                root LOAD: cart_load
                  call cart_check
                    call cart_inline_helper
                      call cart_fetch
                        call cart_done
                """, "LOAD: cart_load", "--> cart_check", "(--> cart_inline_helper)", "--> cart_fetch", "--> cart_done");
    }

    @Test
    void aSlotAssignedInTheChainLeadsToTheNextLink() {
        String shape = Parsing.shape(Parsing.fenced("lamp_on", "--> lamp_ops.power = led_power", "--> led_power_set", "--> led_write"));
        org.junit.jupiter.api.Assertions.assertTrue(shape.matches("(?s)root lamp_on\n  \\w+ lamp_ops.power = led_power\n    call led_power_set\n      call led_write\n"), shape);
    }

    @Test
    void anArrowlessLineStartsTheNextChainInTheSameFence() {
        Parsing.assertShape("""
                root IN: tray_in
                  call tray_take
                    call tray_sort
                root OUT: tray_out
                  call tray_pack
                    call tray_ship
                """, "IN: tray_in", "--> tray_take", "--> tray_sort", "OUT: tray_out", "--> tray_pack", "--> tray_ship");
    }

    @Test
    void seedArrowsAtTheRootsColumnStaySideBySide() {
        Parsing.assertShape("""
                root add_item
                  assign it = alloc_item(size)
                  assign it->live = true
                  call list_add(&it->node, &items)
                """, "add_item", "=> it = alloc_item(size)", "=> it->live = true", "=> list_add(&it->node, &items)");
    }

    @Test
    void twoArrowsAreTooFewForAStack() {
        Parsing.assertShape("""
                root gate_open
                  call gate_check
                  call gate_log
                """, "gate_open", "--> gate_check", "--> gate_log");
    }

    @Test
    void anIndentedArrowAnywhereKeepsTheDrawnDepths() {
        Parsing.assertShape("""
                root bell_ring
                  call bell_arm
                    call bell_wait
                  call bell_strike
                  call bell_log
                """, "bell_ring", "--> bell_arm", "    --> bell_wait", "--> bell_strike", "--> bell_log");
    }

    @Test
    void aChecklistLedByLongArrowsOutsideAFenceIsNoChain() {
        Note note = Parsing.parse("""
                Moving day checklist:

                --> pack the boxes
                --> call the movers
                --> clean the flat
                --> hand over the keys
                """);
        assertFalse(Parsing.shape(note).contains("\n      "), () -> Parsing.shape(note));
    }

    @Test
    void buildOutputInAFenceIsNoChain() {
        Note note = Parsing.parse("```\n$ make all\n--> building core\n--> building cli\n--> linking\n```\n");
        assertFalse(Parsing.shape(note).contains("\n      "), () -> Parsing.shape(note));
    }

    @Test
    void aColumnOfPlainWordsInAFenceIsAChecklistNoStack() {
        Note note = Parsing.parse("```\nRelease:\n--> fmt\n--> verify\n--> publish\n```\n");
        assertFalse(Parsing.shape(note).contains("\n      "), () -> Parsing.shape(note));
    }

    @Test
    void aColumnNamingFilesIsAChecklistNoStack() {
        Note note = Parsing.parse("```\nshipped files\n--> app_settings.toml\n--> db_keys.env\n--> Makefile\n```\n");
        assertFalse(Parsing.shape(note).contains("\n      "), () -> Parsing.shape(note));
    }

    @Test
    void oneBareWordAmongCallShapedLinksStillMakesAStack() {
        Parsing.assertShape("""
                root kettle_boil
                  call kettle_heat
                    call schedule
                      call kettle_whistle()
                """, "kettle_boil", "--> kettle_heat", "--> schedule", "--> kettle_whistle()");
    }

    @Test
    void aLeftOutStepNamesAMemberOrACall() {
        org.junit.jupiter.api.Assertions.assertTrue(FlatArrowChains.isStepName("dev->ops.probe(x, y)"));
        org.junit.jupiter.api.Assertions.assertTrue(FlatArrowChains.isStepName("lamp_dim"));
        assertFalse(FlatArrowChains.isStepName("2fast"));
        assertFalse(FlatArrowChains.isStepName("dim the lamp"));
        assertFalse(FlatArrowChains.isStepName("lamp(x) later"));
    }
}
