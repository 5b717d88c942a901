package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A code path walked in an indented block under numbered {@code #} captions, one line of calls under each
 * ({@code a => b => c}, {@code a && b}, a call, a name), with {@code #####… N title} rules opening chapters:
 * a chapter titled with a name a step line calls walks that step, its steps are that step's calls; steps of a
 * chapter naming nothing are roots. Shell scripts, Python and Makefiles with numbered {@code #} comments and
 * numbered steps in words are no such walk. Every fragment is made up.
 */
class StepCaptionWalksTest {

    private static final String WALK = """
            .. code-block:: c

                ######################## 1 entry
                # 1.1 the syscall
                SYSCALL_DEFINE2(widget_open, const char __user *, name, int, flags)

                # 1.2 down to the worker
                svc_entry => svc_dispatch => do_widget_open => widget_load

                ######################## 2 widget_load
                # 2.1 check the header
                header_check && setup_info

                # 2.2 read the parts
                parts_read

                # 2.3 start it
                widget_start

                ######################## 3 widget_start
                # 3.1 run the hook, the widget's own start
                do_one_hook(w->start); => sample_widget_start

                # 3.2 free what is left
            """;

    @Test
    void aChapterTitledWithAStepsCalleeWalksThatStep() {
        assertEquals("""
                root SYSCALL_DEFINE2(widget_open, const char __user *, name, int, flags)
                root svc_entry => svc_dispatch => do_widget_open => widget_load
                  call header_check && setup_info
                  call parts_read
                  call widget_start
                    call do_one_hook(w->start); => sample_widget_start
                """, Parsing.shape(Parsing.parse("The load path.\n\n" + WALK + "\nThe end.\n")));
    }

    @Test
    void theRootOfAChainIsNamedAfterItsLastLink() {
        assertEquals("widget_load", Parsing.onlyBlock(Parsing.parse("The load path.\n\n" + WALK)).roots().get(1).name());
    }

    @Test
    void theSameWalkInAFenceReadsTheSame() {
        String fenced = "```\n" + WALK.lines().skip(2).map(l -> l.length() >= 4 ? l.substring(4) : l)
                .collect(java.util.stream.Collectors.joining("\n")) + "\n```\n";
        assertEquals(Parsing.shape(Parsing.parse("The load path.\n\n" + WALK)), Parsing.shape(Parsing.parse(fenced)));
    }

    @Test
    void aChapterNamingNoStepHoldsRoots() {
        assertEquals("""
                root dev_probe_all => dev_probe_one
                  call dev_check && dev_setup
                root bus_shutdown => bus_put
                """, Parsing.shape(Parsing.parse("""
                Two paths.

                    ######## 1 probe
                    # 1.1 the probe path
                    dev_probe_all => dev_probe_one

                    ######## 2 dev_probe_one
                    # 2.1 check, then set up
                    dev_check && dev_setup

                    ######## 3 shutdown
                    # 3.1 the other path
                    bus_shutdown => bus_put
                """)));
    }

    @Test
    void captionsWithoutRulesHoldRootsAndADeeperNumberWalksTheStepAbove() {
        assertEquals("""
                root net_rx => proto_rcv
                  call proto_check && proto_queue
                root timer_fire
                """, Parsing.shape(Parsing.parse("""
                Receive path.

                    # 1.1 the packet comes in
                    net_rx => proto_rcv

                    # 1.1.1 in proto_rcv
                    proto_check && proto_queue

                    # 1.2 later
                    timer_fire
                """)));
    }

    @Test
    void aShellScriptWithNumberedCommentsIsNoWalk() {
        assertEquals("", Parsing.shape(Parsing.parse("""
                Build it:

                    # 1.1 fetch the sources
                    git clone https://example.org/widget.git && cd widget

                    # 1.2 build
                    ./configure --prefix=/usr && make -j4

                    # 1.3 install
                    sudo make install && sudo ldconfig
                """)));
    }

    @Test
    void shellFunctionsJoinedByAndAndWithoutUnderscoresAreNoWalk() {
        assertEquals("", Parsing.shape(Parsing.parse("""
                Steps:

                    # 1.1 prepare
                    prepare && check

                    # 1.2 run
                    build
                """)));
    }

    @Test
    void aPythonSnippetWithNumberedCommentsIsNoWalk() {
        assertEquals("", Parsing.shape(Parsing.parse("""
                The script:

                    # 1.1 load the data
                    frame = load_table("widgets.csv")

                    # 1.2 train
                    fit_model(frame)

                    # 1.3 report
                    print_report()
                """)));
    }

    @Test
    void aMakefileWithNumberedCommentsIsNoWalk() {
        assertEquals("", Parsing.shape(Parsing.parse("""
                The Makefile:

                    ######## 1 targets
                    # 1.1 everything
                    all: widget_lib widget_tool

                    # 1.2 the library
                    widget_lib: widget_core.o && widget_io.o
                """)));
    }

    @Test
    void numberedStepsInWordsAreNoWalk() {
        assertEquals("", Parsing.shape(Parsing.parse("""
                What to do:

                    # 1.1 Open the settings
                    Go to Settings => Devices && pick the widget

                    # 1.2 Save
                    Press save_all and restart
                """)));
    }

    @Test
    void shellFunctionsWithUnderscoresJoinedByAndAndAreNoWalk() {
        assertEquals("", Parsing.shape(Parsing.parse("""
                Run on the host:

                ```bash
                # 1.1 get the tools
                fetch_tools && verify_tools
                # 1.2 make it
                make_bundle
                # 1.3 send it
                push_bundle && tell_ops
                ```
                """)));
    }

    @Test
    void versionHeadingsOverRenamedOptionsAreNoWalk() {
        assertEquals("", Parsing.shape(Parsing.parse("""
                ```
                ### 4.0.0
                cache_dir => cache_root
                ### 3.2.1
                pool_size => pool_limit
                ```
                """)));
    }

    @Test
    void arrowFunctionsAreNoWalk() {
        assertEquals("", Parsing.shape(Parsing.parse("""
                Listeners:

                    # 1.1 on press
                    evt => on_press(evt)
                    # 1.2 on drag
                    drag_evt => on_drag(drag_evt)
                """)));
    }

    @Test
    void aLoneMapPairIsNoWalk() {
        assertEquals("", Parsing.shape(Parsing.parse("""
                ```
                # 1.1 the base settings
                base_conf => merged_conf
                # 1.2 the local ones
                local_conf
                ```
                """)));
    }
}
