package org.tracenotes.core.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The page state, its reference ledger, the given keys and scenarios. */
class PageModelTest {

    static PageState given(String... items) {
        return assertInstanceOf(Given.Applied.class, Given.apply(PageState.initial(), List.of(items))).state();
    }

    static String invalid(String... items) {
        return assertInstanceOf(Given.Invalid.class, Given.apply(PageState.initial(), List.of(items))).message();
    }

    @Test
    void theLedgerCountsReferencesPerOwner() {
        RefLedger l = RefLedger.empty().add(RefOwner.CALLER_PIN, 1).add(RefOwner.GET, 1).add(RefOwner.ISOLATION, 1);
        assertEquals(3, l.total());
        RefLedger afterPut = l.put(RefOwner.GET, RefOwner.CALLER_PIN);
        assertEquals(0, afterPut.count(RefOwner.GET));
        assertEquals(1, afterPut.count(RefOwner.CALLER_PIN));
        assertEquals("{caller-pin=1, isolation=1}", afterPut.toString());
        assertEquals(3, l.total(), "ledgers are immutable");
        assertEquals(-1, RefLedger.empty().put(RefOwner.GET).count(RefOwner.GET), "a put without a get shows");
    }

    @Test
    void givenKeysSetFlagsRefsAndEnvironment() {
        PageState s = given("lru", "anon", "mapped", "refcount=2", "flags=MF_COUNT_INCREASED", "migrate=enomem",
                "!online", "filter");
        assertTrue(s.has(PageFlag.LRU) && s.has(PageFlag.ANON) && s.has(PageFlag.MAPPED));
        assertEquals(2, s.refs().count(RefOwner.MAPPING));
        assertEquals(1, s.refs().count(RefOwner.CALLER_PIN));
        assertEquals(3, s.refcount());
        assertEquals(Environment.Outcome.ENOMEM, s.environment().migrate());
        assertFalse(s.online());
        assertTrue(s.environment().filterRejects());
        assertEquals(1L, s.callerFlags());
    }

    @Test
    void refcountOfAKernelPageBelongsToOtherUsers() {
        assertEquals(1, given("slab", "refcount=1").refs().count(RefOwner.OTHER));
    }

    @Test
    void flagsTakeAnExpressionOverMfNames() {
        assertEquals(0x09L, given("flags=MF_COUNT_INCREASED | MF_SOFT_OFFLINE").callerFlags());
        assertEquals("MF_COUNT_INCREASED|MF_SOFT_OFFLINE", Given.describeMfFlags(0x09));
    }

    @Test
    void badKeysAndValuesAreErrorsListingWhatIsValid() {
        assertTrue(invalid("hugetbl").startsWith("unknown key `hugetbl`; valid keys: pfn_valid online refcount"));
        assertEquals("migrate takes ok, fail or enomem, not `migrate=maybe`", invalid("migrate=maybe"));
        assertTrue(invalid("refcount=-1").startsWith("refcount takes a whole number"));
        assertTrue(invalid("flags=MF_BOGUS").contains("MF_COUNT_INCREASED"));
        assertTrue(invalid("flags=|").startsWith("flags takes MF_* names or numbers"), "an empty set of flags");
        assertTrue(invalid("flags=MF_SOFT_OFFLINE|").startsWith("flags takes"), "an empty part");
        assertTrue(invalid("flags=-1").startsWith("flags takes"), "a negative number is not a set of flags");
        assertEquals(0x08L, given("flags=0x8").callerFlags());
        assertTrue(invalid("lru=perhaps").startsWith("lru is true or false"));
        assertEquals("`!lru=true`: `!key` takes no value", invalid("!lru=true"));
    }

    @Test
    void theStateIsNamedByItsGivenKeys() {
        PageState s = given("hwpoison", "refcount=1", "flags=MF_COUNT_INCREASED");
        assertEquals(true, s.asGiven().get("hwpoison"));
        assertEquals(1, s.asGiven().get("refcount"), "references other than the caller's pin");
        assertEquals("MF_COUNT_INCREASED", s.asGiven().get("flags"));
        for (String key : Given.KEYS) {
            assertTrue(s.asGiven().containsKey(key), key);
        }
    }

    @Test
    void scenariosAreReadFromAnnotationText() {
        Scenario sc = Scenario.parse("in-use-lru: lru, anon, mapped, refcount=1, !dirty");
        assertEquals("in-use-lru", sc.name());
        assertEquals(List.of("lru", "anon", "mapped", "refcount=1", "!dirty"), sc.assignments());
        PageState s = assertInstanceOf(Given.Applied.class, sc.state()).state();
        assertEquals(1, s.refcount());
        assertEquals(List.of(), Scenario.parse("free").assignments());
        assertNull(Scenario.parse(": lru"));
    }

    @Test
    void constantsAreTheKernelsValues() {
        assertEquals(16, KernelConstants.value("EBUSY").getAsLong());
        assertEquals(0x08, KernelConstants.value("MF_SOFT_OFFLINE").getAsLong());
        assertEquals("-EBUSY", KernelConstants.describeReturn(-16));
        assertEquals("1", KernelConstants.describeReturn(1));
        assertTrue(KernelConstants.value("ENOTREAL").isEmpty());
    }

    @Test
    void aRaceReadWhoseAnswerChangesNothingDoesNotDecideTheRun() {
        int poisonRace = 1 << PageModel.EnvKey.POISON_RACE.ordinal();
        int folioChange = 1 << PageModel.EnvKey.FOLIO_CHANGE.ordinal();
        PageModel poisoned = new PageModel(given("hwpoison", "lru", "refcount=1"));
        poisoned.lockPage();
        assertEquals(poisonRace, poisoned.envRead(), "read");
        assertEquals(0, poisoned.envDecided(), "a page poisoned already: either answer runs alike");
        PageModel clean = new PageModel(given("lru", "refcount=1"));
        clean.lockPage();
        assertEquals(poisonRace, clean.envDecided(), "a clean page is poisoned by the race");

        PageModel once = new PageModel(given("hugetlb", "refcount=1"), true);
        assertEquals(Value.FOLIO, once.pageFolio());
        assertEquals(folioChange, once.envRead());
        assertEquals(0, once.envDecided(), "the folio changes under a second lookup only");
        PageModel twice = new PageModel(given("hugetlb", "refcount=1"), false);
        twice.pageFolio();
        PageModel.Mark beforeSecond = twice.mark();
        twice.pageFolio();
        assertEquals(folioChange, twice.envDecided(), "a second lookup: the answer decides, raced or not");
        twice.restore(beforeSecond);
        assertEquals(0, twice.envDecided(), "undone with the lookup (an expectation's side trip)");

        PageModel other = new PageModel(given("lru", "refcount=1"));
        other.isolate();
        assertEquals(other.envRead(), other.envDecided(), "an answer other than a race decides when read");
    }
}
