package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tracenotes.core.model.Comment;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.Step;

/**
 * Brace pseudocode mixed with C: callees expanded in place under their calls ({@code f(a) {} … {@code }})
 * among C statements of the callees' own ({@code return;}, {@code x = y;}, {@code break;}), told from
 * listings of C whose bodies are opened by loop and scope macros. Every fragment is made up.
 */
class BraceExpandedCalleesTest {

    @Test
    void callsOpeningTheirCalleesBodiesAmongCStatementsAreATrace() {
        Note note = Parsing.parse("""
                ```c
                gadget_irq(struct regs *regs) {
                    gadget_enter(regs, handler = part_irq) {
                        mask_write(MASK_ALL, flags);

                        if (in_nmi(regs)) {
                            gadget_nmi(regs, handler);
                        } else {
                            gadget_dispatch(regs, handler) {
                                if (!pending())
                                    return;

                                count = 0;
                                handler(regs);
                            }
                        }
                    }
                }
                ```
                """);
        assertEquals("""
                root gadget_irq(struct regs *regs)
                  call gadget_enter(regs, handler = part_irq)
                    call mask_write(MASK_ALL, flags)
                    if if (in_nmi(regs))
                      call gadget_nmi(regs, handler)
                    else } else
                      call gadget_dispatch(regs, handler)
                        if if (!pending())
                          return return
                        assign count = 0
                        call handler(regs)
                        brace }
                      brace }
                    brace }
                  brace }
                """, Parsing.shape(note));
    }

    @Test
    void aDefinitionWhoseCasesExpandCalleesWithEmptyBodiesIsATrace() {
        Note note = Parsing.parse("""
                ```c
                void gadget_sync(struct regs *regs) {
                    unsigned long code = read_code(regs);

                    switch (code_class(code)) {
                    case CLASS_ABORT:
                        gadget_abort(regs, code) {

                        }
                        break;
                    case CLASS_ALIGN:
                        gadget_align(regs, code) {

                        }
                        break;
                    default:
                        gadget_panic(regs, code);
                    }
                }
                ```
                """);
        assertEquals("""
                root void gadget_sync(struct regs *regs)
                  assign unsigned long code = read_code(regs)
                  switch switch (code_class(code))
                    case case CLASS_ABORT:
                      call gadget_abort(regs, code)
                        brace }
                      break break
                    case case CLASS_ALIGN:
                      call gadget_align(regs, code)
                        brace }
                      break break
                    case default:
                      call gadget_panic(regs, code)
                    brace }
                  brace }
                """, Parsing.shape(note));
    }

    @Test
    void aFunctionDefinedByAMacroInCapitalsHoldsExpandedCalleesToo() {
        Note note = Parsing.parse("""
                ```c
                GADGET_DEFINE2(open, const char *, name, int, flags) {
                    gadget_open_at(CWD, name, flags) {
                        part_lookup(name) {
                            if (!name)
                                return -EINVAL;
                        }
                    }
                }
                ```
                """);
        assertEquals("""
                root GADGET_DEFINE2(open, const char *, name, int, flags)
                  call gadget_open_at(CWD, name, flags)
                    call part_lookup(name)
                      if if (!name)
                        return return -EINVAL
                      brace }
                    brace }
                  brace }
                """, Parsing.shape(note));
        // inside a body, a macro in capitals opening one is no function's definition
        Note nested = Parsing.parse("""
                ```c
                static int gadget_probe(struct gadget *g) {
                    CHECKED(g) {
                        part_start(g) {
                            g->a = 1;
                        }
                        part_stop(g) {
                            g->a = 0;
                        }
                    }
                }
                ```
                """);
        assertEquals(0, nested.traceBlocks().size());
    }

    @Test
    void oneExpandedCalleeInADefinitionIsNotEnough() {
        // one call opening a body in a listing may be a macro of the project's own
        Note note = Parsing.parse("""
                ```c
                static int gadget_probe(struct gadget *g) {
                    g->count = 0;
                    gadget_locked(g) {
                        g->ready = 1;
                    }
                    return 0;
                }
                ```
                """);
        assertEquals(0, note.traceBlocks().size());
    }

    @Test
    void loopAndScopeMacrosOpeningBodiesInAFunctionStayAListing() {
        Note note = Parsing.parse("""
                ```c
                static void gadget_flush(struct gadget *g) {
                    scoped_guard(spin, &g->lock) {
                        queue_walk_safe(&g->q, item, tmp) {
                            if (item->len > max)
                                max = item->len;
                            part_drop(item);
                        }
                    }
                    with_gadget_power(g, ref) {
                        g->state = 0;
                    }
                    range_loop(i, 0, n) {
                        sum += g->v[i];
                    }
                    return;
                }
                ```
                """);
        assertEquals(0, note.traceBlocks().size());
    }

    @Test
    void blocksOfOtherLanguagesWithLowerCaseCallsAreNoTrace() {
        // trailing blocks after lower-case calls named without `_`, a class's and an object's methods
        Note kotlin = Parsing.parse("""
                ```
                fun main() {
                    repeat(3) {
                        launch(io) {
                            fetch(items)
                        }
                    }
                    return
                }
                ```
                """);
        assertEquals(0, kotlin.traceBlocks().size());
        Note methods = Parsing.parse("""
                ```
                class Gadget {
                    start_all(items) {
                        this.count = 0;
                    }
                    stop_all(items) {
                        items.forEach(stop_one);
                    }
                }
                ```
                """);
        assertEquals(0, methods.traceBlocks().size());
    }

    @Test
    void aDoWhileTailIsTheLoopsConditionNotAStep() {
        Note note = Parsing.parse("""
                ```c
                gadget_run(g) {
                    gadget_spin(g) {
                        do {
                            part_step(g) {
                                g->steps++;
                            }
                            part_yield();
                        } while (gadget_busy(g));
                        x = 1;
                    }
                    gadget_done(g);
                }
                ```
                """);
        assertEquals("""
                root gadget_run(g)
                  call gadget_spin(g)
                    loop do {  } while (gadget_busy(g));
                      call part_step(g)
                        expression g->steps++
                        brace }
                      call part_yield()
                    assign x = 1
                    brace }
                  call gadget_done(g)
                  brace }
                """, Parsing.shape(note));
    }

    @Test
    void aMacrosContinuedLinesEndAtTheFirstLineWithoutABackslash() {
        Note note = Parsing.parse("""
                ```c
                gadget_kick(g) {
                    part_kick() {
                        #define fold_flag() \\
                            do { \\
                                set_flag(); \\
                            } while (0)
                    }
                    gadget_next(g);
                }
                ```
                """);
        String shape = Parsing.shape(note);
        assertTrue(shape.contains("    directive #define fold_flag() \\"), shape);
        assertTrue(shape.endsWith("""
                    brace }
                  call gadget_next(g)
                  brace }
                """), shape);
        assertEquals(-1, shape.indexOf("call set_flag()"), shape);
    }

    @Test
    void conditionalDirectivesLeftOfASwitchsCasesStayInTheSwitch() {
        Note note = Parsing.parse("""
                ```c
                gadget_ipi(g) {
                    gadget_handle(g) {
                        switch (g->kind) {
                        case KIND_A:
                            part_a() {
                                g->a = 1;
                            }
                            break;

                    #ifdef CONFIG_B
                        case KIND_B:
                            part_b();
                            break;
                    #endif

                        default:
                            part_other();
                            break;
                        }
                        gadget_after(g);
                    }
                }
                ```
                """);
        assertEquals("""
                root gadget_ipi(g)
                  call gadget_handle(g)
                    switch switch (g->kind)
                      case case KIND_A:
                        call part_a()
                          assign g->a = 1
                          brace }
                        break break
                      directive #ifdef CONFIG_B
                      case case KIND_B:
                        call part_b()
                        break break
                      directive #endif
                      case default:
                        call part_other()
                        break break
                      brace }
                    call gadget_after(g)
                    brace }
                  brace }
                """, Parsing.shape(note));
    }

    @Test
    void aDirectiveWithTheCallsItGuardsIndentedUnderItKeepsThem() {
        Note note = Parsing.parse("""
                ```
                gadget_init
                    part_one
                    #ifdef CONFIG_TWO
                      part_two
                    #endif
                    #ifdef CONFIG_THREE
                      part_three
                    #endif
                    part_four
                ```
                """);
        assertEquals("""
                root gadget_init
                  call part_one
                  directive #ifdef CONFIG_TWO
                    call part_two
                  directive #endif
                  directive #ifdef CONFIG_THREE
                    call part_three
                  directive #endif
                  call part_four
                """, Parsing.shape(note));
    }

    @ParameterizedTest
    @ValueSource(strings = {"for", "with", "while", "until", "repeat", "each", "foreach", "walk", "loop", "guard", "scope", "scoped"})
    void aBodyMacroWithItsLoopOrScopeWordAfterTheFirstIsNoCallee(String word) {
        // the macro beside one plain call opening a body: the word alone decides listing or trace
        Note note = Parsing.parse("""
                ```c
                static int gadget_scan(struct gadget *g) {
                    int n = 0;
                    gadget_%s_items(g, item) {
                        n += item->len;
                    }
                    part_x(g) {
                        g->done = 1;
                    }
                    return n;
                }
                ```
                """.formatted(word));
        assertEquals(0, note.traceBlocks().size(), word);
    }

    @Test
    void iteratorMacrosNamedAfterTheirLibraryStayAListing() {
        Note note = Parsing.parse("""
                ```c
                int gadget_pairs(void *ctx) {
                    int i, j;
                    lib_for(i, 0, 8) {
                        lib_repeat(4) {
                            if (i == j)
                                continue;
                            hits++;
                        }
                    }
                    part_until_all_locked(&ctx) {
                        hits = 0;
                    }
                    return 0;
                }
                ```
                """);
        assertEquals(0, note.traceBlocks().size());
    }

    @Test
    void oneProjectMacroUsedInTwoFunctionsCountsOnce() {
        Note note = Parsing.parse("""
                ```c
                static int vm_lock(struct vm *vm) {
                    gadget_lock_all(&vm->ctx) {
                        ret = part_prepare(&vm->ctx, vm->root);
                    }
                    return ret;
                }
                static int bo_lock(struct bo *bo) {
                    gadget_lock_all(&bo->ctx) {
                        ret = part_prepare(&bo->ctx, bo->obj);
                    }
                    return ret;
                }
                ```
                """);
        assertEquals(0, note.traceBlocks().size());
    }

    @Test
    void aClauseAfterAClosingBraceIsNoCallee() {
        // `} __except(…) {` goes on with the `__try` above it; with it, one project macro is one callee only
        Note note = Parsing.parse("""
                ```c
                NTSTATUS gadget_read(PVOID p) {
                    __try {
                        v = *(int *)p;
                    } __except(EXCEPTION_EXECUTE_HANDLER) {
                        v = -1;
                    }
                    gadget_locked(g) {
                        w = v;
                    }
                    return 0;
                }
                ```
                """);
        assertEquals(0, note.traceBlocks().size());
    }

    @Test
    void aShiftedDirectivesEndifStandsWhereItsIfStands() {
        Note note = Parsing.parse("""
                ```
                => start_gadget()
                    => setup_part()
                        => early_init()
                #ifdef CONFIG_SMP
                        => smp_prepare()
                #endif
                    => rest_init()
                ```
                """);
        assertEquals("""
                root\s
                  call start_gadget()
                    call setup_part()
                      call early_init()
                      directive #ifdef CONFIG_SMP
                      call smp_prepare()
                      directive #endif
                    call rest_init()
                """, Parsing.shape(note));
        Note atTheEnd = Parsing.parse("""
                ```
                => start_gadget()
                    => setup_part()
                        => early_init()
                #ifdef CONFIG_SMP
                        => smp_prepare()
                #endif
                ```
                """);
        assertEquals("""
                root\s
                  call start_gadget()
                    call setup_part()
                      call early_init()
                      directive #ifdef CONFIG_SMP
                      call smp_prepare()
                      directive #endif
                """, Parsing.shape(atTheEnd));
    }

    @Test
    void aCommentBeforeADoWhileTailStaysInTheLoop() {
        Note note = Parsing.parse("""
                ```c
                gadget_run(g) {
                    gadget_spin(g) {
                        do {
                            part_step(g);
                            // retry if the queue refilled
                        } while (gadget_busy(g));
                        gadget_done(g);
                    }
                    part_end(g) {
                        g->n = 0;
                    }
                }
                ```
                """);
        Step spin = Parsing.onlyRoot(note).body().get(0);
        Step done = spin.children().stream().filter(s -> s.text().startsWith("gadget_done")).findFirst().orElseThrow();
        assertEquals(List.of(), done.comments(Comment.Placement.LEADING), Parsing.shape(note));
        Step loop = spin.children().get(0);
        assertTrue(loop.text().startsWith("do"), Parsing.shape(note));
        assertTrue(loop.comments().stream().anyMatch(c -> c.text().contains("retry"))
                || loop.children().stream().anyMatch(s -> s.comments().stream().anyMatch(c -> c.text().contains("retry"))),
                Parsing.shape(note));
    }

    @Test
    void aWhileTailUnderAPlainWhileLoopIsNoDoTail() {
        Note note = Parsing.parse("""
                ```c
                gadget_run(g) {
                    gadget_spin(g) {
                        while (gadget_ready(g)) {
                            part_step(g);
                        } while (gadget_busy(g));
                        gadget_done(g);
                    }
                    part_end(g) {
                        g->n = 0;
                    }
                }
                ```
                """);
        // its `}` closes the while loop's body; what follows is a line of that body, never the loop's condition
        assertEquals("""
                root gadget_run(g)
                  call gadget_spin(g)
                    loop while (gadget_ready(g))
                      call part_step(g)
                      prose } while (gadget_busy(g));
                    call gadget_done(g)
                    brace }
                  call part_end(g)
                    assign g->n = 0
                    brace }
                  brace }
                """, Parsing.shape(note));
    }

    @Test
    void aCommentLineInsideAMacrosDefinitionDoesNotEndIt() {
        Note note = Parsing.parse("""
                ```c
                gadget_run(g) {
                    part_run(g) {
                        #define run_all(x)          \\
                            /* every stage */       \\
                            stage_one(x);           \\
                            stage_two(x)
                    }
                    gadget_next(g);
                }
                ```
                """);
        String shape = Parsing.shape(note);
        assertEquals(-1, shape.indexOf("call stage_one(x)"), shape);
        assertEquals(-1, shape.indexOf("call stage_two(x)"), shape);
    }
}
