package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/**
 * A remark written far right of a chain's step and carried on below it at that column stays a remark also
 * when its wrapped lines start with something shaped like code and go on in words right after it
 * ({@code paging(EPT)，初始化之}); a line at that column with a note of its own far right of it is a step.
 * Every fragment is made up.
 */
class AdjacentGlossesTest {

    @Test
    void wrappedRemarkLinesUnderAChainRootAreNoSteps() {
        assertEquals("""
                root foo_open => foo_setup => foo_mmu_init => foo_tdp_init  如果支持two level
                  call foo_soft_init => foo_shadow_init  否则初始化SPT
                """, Parsing.shape(Parsing.parse("""
                ```
                foo_open => foo_setup => foo_mmu_init => foo_tdp_init                如果支持two level
                                                                                     paging(EPT)，初始化之，设置
                                                                                     vcpu->arch.mmu 中的属性和函数

                                                       => foo_soft_init => foo_shadow_init   否则初始化SPT
                ```
                """)));
    }

    @Test
    void wrappedRemarkLinesUnderAContinuedArrowAreNoSteps() {
        assertEquals("""
                root foo_open => foo_setup => foo_mmu_init => foo_top  保证充足
                  call foo_tdp_init  如果支持two level
                  call foo_soft_init => foo_shadow_init  否则初始化SPT
                """, Parsing.shape(Parsing.parse("""
                ```
                foo_open => foo_setup => foo_mmu_init => foo_top                     保证充足
                                                       => foo_tdp_init               如果支持two level
                                                                                     paging(EPT)，初始化之，设置
                                                                                     vcpu->arch.mmu 中的属性和函数

                                                       => foo_soft_init => foo_shadow_init   否则初始化SPT
                ```
                """)));
    }

    @Test
    void aLineAtTheRemarkColumnWithAFarNoteOfItsOwnStaysAStep() {
        assertEquals("""
                root foo_open => foo_setup => foo_mmu_init => foo_top  保证充足
                  call foo_tdp_init  如果支持two level
                    call foo_helper(x)  另一个步骤
                  call foo_soft_init => foo_shadow_init  否则初始化SPT
                """, Parsing.shape(Parsing.parse("""
                ```
                foo_open => foo_setup => foo_mmu_init => foo_top                     保证充足
                                                       => foo_tdp_init               如果支持two level
                                                                                     foo_helper(x)                 另一个步骤
                                                       => foo_soft_init => foo_shadow_init   否则初始化SPT
                ```
                """)));
    }

    @Test
    void aLongRunOfWrappedRemarkLinesIsReadInLinearTime() {
        StringBuilder note = new StringBuilder("```\nfoo_open => foo_init          如果支持 two level\n");
        String remark = " ".repeat(30) + "paging(EPT)，初始化之\n";
        for (int i = 0; i < 10_000; i++) {
            note.append(remark);
        }
        note.append("```\n");
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertEquals("""
                root foo_open => foo_init  如果支持 two level
                """, Parsing.shape(Parsing.parse(note.toString()))));
    }
}
