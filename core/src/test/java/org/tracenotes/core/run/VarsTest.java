package org.tracenotes.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tracenotes.core.kernel.Value;

/** A frame's variables found by a site's remembered index, by identity of interned names, or by text. */
class VarsTest {

    private static Node site(String name) {
        return ExprNodes.of(Node.NAME, null, null, 0, name.intern(), null, false, null);
    }

    private static Value[] slot(long v) {
        return new Value[] {new Value.Int(v)};
    }

    @Test
    void aSiteFindsItsNameAgainAfterTheFrameBoundItsNamesInAnotherOrder() {
        Node page = site("page");
        Vars first = new Vars();
        first.bindInterned("page", slot(1));
        first.bindInterned("ret", slot(2));
        assertEquals(new Value.Int(1), first.get(page)[0]);
        assertEquals(0, page.slotHint);

        Vars second = new Vars();
        second.bindInterned("ret", slot(3));
        second.bindInterned("flags", slot(4));
        second.bindInterned("page", slot(5));
        assertEquals(new Value.Int(5), second.get(page)[0], "the stale index 0 holds `ret`, not `page`");
        assertEquals(2, page.slotHint);
        assertEquals(new Value.Int(1), first.get(page)[0], "an index past the frame's size is not read");
    }

    @Test
    void aSiteFindsNothingInAFrameThatDoesNotBindItsName() {
        Node folio = site("folio");
        Vars vars = new Vars();
        vars.bindInterned("page", slot(1));
        folio.slotHint = 0;
        assertNull(vars.get(folio));
    }

    @Test
    void aNameBoundFromOutsideTheCompilerIsFoundByItsText() {
        Vars vars = new Vars();
        vars.put(new String("refcount"), slot(7));
        vars.bindInterned("page", slot(1));
        assertEquals(new Value.Int(7), vars.get(site("refcount"))[0]);
        assertEquals(new Value.Int(7), vars.getInterned("refcount")[0]);
        vars.bindInterned("refcount", slot(8));
        List<String> names = new ArrayList<>();
        vars.forEach((k, v) -> names.add(k + "=" + v[0]));
        assertEquals(List.of("refcount=" + new Value.Int(8), "page=" + new Value.Int(1)), names,
                "rebound in place, not bound twice");
    }

    @Test
    void theSameInternedNameRebindsInPlaceAndKeepsTheOrderBound() {
        Vars vars = new Vars();
        Value[] a = slot(1);
        vars.bindInterned("pass", a);
        vars.bindInterned("ret", slot(2));
        Value[] b = slot(3);
        vars.bindInterned("pass", b);
        assertSame(b, vars.getInterned("pass"));
        assertSame(b, vars.get("pass"));
        List<String> names = new ArrayList<>();
        vars.forEach((k, v) -> names.add(k));
        assertEquals(List.of("pass", "ret"), names);
    }
}
