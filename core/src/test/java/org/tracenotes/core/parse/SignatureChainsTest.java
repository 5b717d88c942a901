package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Note;

/**
 * A fence walking a call path as C++ signatures at the margin, each over its body's statements, the next
 * signature the function a body line above calls: each signature goes under that line. Every fragment is made up.
 */
class SignatureChainsTest {

    @Test
    void eachSignatureGoesUnderTheBodyLineCallingIt() {
        assertEquals("""
                root void Panel::focus(const Params& params)
                  call host()->client().showMenu()
                    prose void ClientImpl::showMenu()
                      if if (view_->client())
                        call view_->client()->showMenu()
                          prose void View::showMenu():
                            call call: OnShowMenu();
                              prose void View::OnShowMenu()
                                call Call: RefreshMenuState
                """, Parsing.shape(Parsing.parse("""
                ```
                void Panel::focus(const Params& params)
                    host()->client().showMenu();

                void ClientImpl::showMenu()
                    if (view_->client())
                        view_->client()->showMenu();

                void View::showMenu():
                // override of ViewClient
                    call: OnShowMenu();

                void View::OnShowMenu()
                    Call: RefreshMenuState
                ```
                """)));
    }

    @Test
    void aMethodCalledInsideAPastedBodyInBracesStandsAsARoot() {
        assertEquals("""
                root void Editor::selectionChanged(Frame* frame)
                  brace {
                  if if (frame->client())
                    call frame->client()->didSelect(true)
                  brace }
                root virtual void didSelect(bool empty) { }
                root void Menu::open(const Params& params)
                  call host()->openMenu()
                    prose void Host::openMenu()
                      call Call: ShowMenuNow
                        prose void Host::ShowMenuNow()
                          assign shown_ = true
                """, Parsing.shape(Parsing.parse("""
                ```
                void Editor::selectionChanged(Frame* frame)
                {
                    if (frame->client())
                        frame->client()->didSelect(true);
                }

                virtual void didSelect(bool empty) { }
                // overridden by the host



                void Menu::open(const Params& params)
                    host()->openMenu();

                void Host::openMenu()
                    Call: ShowMenuNow

                void Host::ShowMenuNow()
                    shown_ = true;
                ```
                """)));
    }

    @Test
    void aSignatureNoLineAboveCallsIsTheNextFunctionOfTheSignatureAboveIt() {
        assertEquals("""
                root void Pump::Start()
                  call timer_->Arm()
                    prose void Timer::Arm()
                      call queue_->Post(task)
                      prose void Timer::Fire()
                        call pump_->Tick()
                          prose void Pump::Tick()
                            assign ticks_ = ticks_ + 1
                """, Parsing.shape(Parsing.parse("""
                ```
                void Pump::Start()
                    timer_->Arm();

                void Timer::Arm()
                    queue_->Post(task);

                void Timer::Fire()
                    pump_->Tick();

                void Pump::Tick()
                    ticks_ = ticks_ + 1;
                ```
                """)));
    }

    @Test
    void aHeaderOfMethodDeclarationsStaysAListing() {
        Note note = Parsing.parse("""
                ```
                class Pump {
                  void Pump::Start();
                  void Pump::Stop();
                  void Pump::Tick(int n);
                };
                ```
                """);
        assertTrue(note.traceBlocks().isEmpty(), () -> Parsing.shape(note));
    }

    @Test
    void anApiReferenceOfPrototypesOverWordsStaysAListing() {
        Note note = Parsing.parse("""
                ```
                void Pump::Start(int rate)
                    Starts the pump at the given rate.

                void Pump::Stop()
                    Stops the pump; Start may be called again.

                int Pump::Rate() const
                    Returns the rate.
                ```
                """);
        assertTrue(note.traceBlocks().isEmpty(), () -> Parsing.shape(note));
    }

    @Test
    void quotedMailIsNoTrace() {
        Note note = Parsing.parse("""
                On Monday, Ann wrote:
                > void Pump::Start() calls Timer::Arm(), which
                > posts the task.

                Thanks, that matches what I saw.
                """);
        assertTrue(note.traceBlocks().isEmpty(), () -> Parsing.shape(note));
    }
}
