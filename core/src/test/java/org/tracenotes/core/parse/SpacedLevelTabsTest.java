package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Under a bare name, a four-space level whose body adds a tab to its four spaces, beside lines led by a tab:
 * the author's tabs are four wide, a tab-led line one level deep; {@code -->true:}/{@code -->false:} and
 * {@code --> cond}/{@code --> !cond} pairs in a {@code -->} staircase are an if and its else. Every fragment
 * is made up.
 */
class SpacedLevelTabsTest {

    @Test
    void tabLedLinesBesideAFourSpaceLevelWhoseBodyAddsATabAreItsSiblings() {
        assertEquals("""
                root widget_cmd_new
                  call widget_alloc
                    assign p = kmalloc(size)
                    assign q = kzalloc(size)
                  call widget_match_init(&m)
                  call widget_lock(w)
                    call widget_lock_slow(w)
                """, Parsing.shape(Parsing.parse("""
                widget_cmd_new
                    widget_alloc
                    \tp = kmalloc(size);
                    \tq = kzalloc(size);

                \twidget_match_init(&m);
                \twidget_lock(w);
                        widget_lock_slow(w);
                """)));
    }

    @Test
    void tabLedLinesUnderAFourSpaceLevelWithoutSuchABodyKeepTheirReading() {
        assertEquals("", Parsing.shape(Parsing.parse("""
                widget_cmd_new
                    widget_alloc
                \tp = kmalloc(size);
                \tq = kzalloc(size);
                    widget_free
                """)));
    }

    @Test
    void aFencedBlockIsNotReadThisWay() {
        assertEquals("""
                root widget_store
                  assign e = widget_entry_alloc(size)
                    prose allocates an entry for the widget
                  call widget_insert(e)
                root and files it in the tree
                """, Parsing.shape(Parsing.parse("""
                ```
                  widget_store
                    +-> e = widget_entry_alloc(size)
                    \tallocates an entry for the widget
                    +-> widget_insert(e)
                \tand files it in the tree
                ```
                """)));
    }

    @Test
    void trueAndFalseLabelsInAnArrowStaircaseAreAnIfAndItsElse() {
        assertEquals("""
                root widget_rx(w)
                  call widget_receive(w)
                    call widget_process()
                      assign m = widget_lookup(key)
                        if true:
                          call widget_upcall(m)
                            if widget_is_big(m)
                              call widget_split(m)
                            else !widget_is_big(m)
                              call widget_queue(m)
                        else false:
                          call widget_execute(m)
                """, Parsing.shape(Parsing.parse("""
                    widget_rx(w)
                    -->widget_receive(w)
                       -->widget_process()
                          m = widget_lookup(key)
                          -->true:
                             widget_upcall(m)
                             --> widget_is_big(m)
                                 --> widget_split(m)
                             --> !widget_is_big(m)
                                 --> widget_queue(m)
                          -->false:
                             widget_execute(m)
                """)));
    }

    @Test
    void aLoneTrueLabelOrAConditionWithoutItsNegationKeepsItsReading() {
        assertEquals("""
                root widget_rx(w)
                  call widget_receive(w)
                    call widget_process()
                    assign m = widget_lookup(key)
                    label true:
                    call widget_upcall(m)
                      call widget_is_big(m)
                        call widget_split(m)
                      call widget_queue(m)
                """, Parsing.shape(Parsing.parse("""
                    widget_rx(w)
                    -->widget_receive(w)
                       -->widget_process()
                          m = widget_lookup(key)
                          -->true:
                             widget_upcall(m)
                             --> widget_is_big(m)
                                 --> widget_split(m)
                             --> widget_queue(m)
                """)));
    }
}
