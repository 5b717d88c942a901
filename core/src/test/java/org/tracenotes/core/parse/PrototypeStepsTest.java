package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A callee's signature written as a step under its call (where an indirect call lands, or the head of a
 * pasted body) is a declaration, with or without its return type. Arguments that are types alone, words in
 * parentheses, and a signature behind an arrow stay calls. Every fragment is made up.
 */
class PrototypeStepsTest {

    @Test
    void aLandingSignatureUnderAnIndirectCallIsADeclaration() {
        assertEquals("""
                root setup_widget(struct widget *w)
                  call lock_widget(w)
                  call w->ops->start(w)
                    declaration widget_start(struct widget *w, int flags)
                    call part_power_on(w->part)
                """, Parsing.shape(Parsing.parse("""
                ```c
                setup_widget(struct widget *w)
                \tlock_widget(w);
                \tw->ops->start(w);
                \t\twidget_start(struct widget *w, int flags)
                \t\tpart_power_on(w->part);
                ```
                """)));
    }

    @Test
    void typesAloneAsArgumentsStayCalls() {
        assertEquals("""
                root bind_widget
                  call w->ops->attach(w, part)
                    declaration int widget_attach(struct widget *w, struct part *p)
                    call container_of(p, struct widget, node)
                    call va_arg(ap, unsigned int)
                """, Parsing.shape(Parsing.parse("""
                ```c
                bind_widget
                \tw->ops->attach(w, part);
                \t\tint widget_attach(struct widget *w, struct part *p)
                \t\tcontainer_of(p, struct widget, node);
                \t\tva_arg(ap, unsigned int);
                ```
                """)));
    }

    @Test
    void aSignatureBehindAnArrowAndWordsInParenthesesStayCalls() {
        assertEquals("""
                root\s
                  call setup_widget(struct widget *w)
                    call lock_widget(struct widget *w)
                    call part_list(merge the parts first)
                """, Parsing.shape(Parsing.parse("""
                ```
                => setup_widget(struct widget *w)
                   => lock_widget(struct widget *w)
                   => part_list(merge the parts first)
                ```
                """)));
    }
}
