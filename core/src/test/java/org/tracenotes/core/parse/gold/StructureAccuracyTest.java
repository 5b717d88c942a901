package org.tracenotes.core.parse.gold;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tracenotes.core.Golden;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.parse.NoteLoader;
import org.tracenotes.core.parse.NoteParser;

/**
 * The parser reads real notes the way their authors meant them, measured on the gold set (the blocks
 * the parser work was measured on), on six held-out sets (drawn and read blind after it, training data
 * once scored) and, on a manual run, on sets of notes by authors outside the corpus: prints the figures
 * per repository and fails below the floors, which only ever go up.
 */
class StructureAccuracyTest {

    /**
     * A gold set's floors: at least {@code blocks} blocks, and shares of blocks fully right, of step lines
     * with the right parent and with the right kind at least these. Raise them as the parser improves;
     * never lower them. Each set's history is in gold/README.md.
     */
    record Floors(String set, int blocks, double blocksRight, double parentsRight, double kindsRight) {
        @Override
        public String toString() {
            return set;
        }
    }

    /** The gold set: the blocks the parser work was measured on. */
    static final Floors GOLD_FLOORS = new Floors("gold", 120, 0.97, 0.999, 0.995);

    /**
     * The held-out sets, each drawn and read blind after the parser work before it and scored once before
     * any rule came from it (first scores: 1 31/40; 2 33/41; 3 30/41; 4 35/43; 5 35/40; 6 36/40 blocks),
     * training data since: their misses' general patterns were fixed by rules with made-up fragments.
     */
    static final List<Floors> HELD_OUT_FLOORS = List.of(
            new Floors("gold-heldout", 40, 0.92, 0.995, 0.995),
            new Floors("gold-heldout-2", 41, 0.95, 0.995, 0.995),
            new Floors("gold-heldout-3", 41, 0.85, 0.982, 0.991),
            new Floors("gold-heldout-4", 43, 0.95, 0.997, 0.993),
            new Floors("gold-heldout-5", 40, 0.925, 0.997, 0.997),
            new Floors("gold-heldout-6", 40, 0.925, 0.994, 0.999));

    /**
     * The sets of notes by authors outside the corpus, checked only on the manual run that points
     * {@code tracenotes.gold} at one and {@code tracenotes.shared} at the folder holding its notes (other
     * people's text, not in the repository; see gold/README.md). Blind first scores: 1 7/20, 2 3/29,
     * 3 3/23, 4 2/13, 5 3/16, 6 2/16, 7 11/16 blocks (7: ten of them gdb backtraces its readers ruled no trace),
     * 8 5/17, 9 7/8, 10 7/16, 11 3/15, 12 1/7, 13 2/7, 14 1/6, 15 1/8, 16 1/9, 17 2/9,
     * 18 6/7, 19 0/10.
     */
    static final Map<String, Floors> EXTERNAL_FLOORS = Map.ofEntries(
            Map.entry("gold-external", new Floors("gold-external", 20, 0.90, 0.98, 0.976)),
            Map.entry("gold-external-2", new Floors("gold-external-2", 29, 0.93, 0.992, 0.988)),
            Map.entry("gold-external-3", new Floors("gold-external-3", 23, 0.91, 0.995, 0.99)),
            Map.entry("gold-external-4", new Floors("gold-external-4", 13, 0.76, 0.98, 0.97)),
            Map.entry("gold-external-5", new Floors("gold-external-5", 16, 1.0, 1.0, 0.987)),
            Map.entry("gold-external-6", new Floors("gold-external-6", 16, 1.0, 1.0, 0.991)),
            Map.entry("gold-external-7", new Floors("gold-external-7", 16, 1.0, 1.0, 1.0)),
            Map.entry("gold-external-8", new Floors("gold-external-8", 17, 0.94, 0.983, 0.972)),
            Map.entry("gold-external-9", new Floors("gold-external-9", 8, 1.0, 1.0, 1.0)),
            Map.entry("gold-external-10", new Floors("gold-external-10", 16, 1.0, 1.0, 0.99)),
            Map.entry("gold-external-11", new Floors("gold-external-11", 15, 0.73, 0.956, 0.975)),
            Map.entry("gold-external-12", new Floors("gold-external-12", 7, 0.71, 0.979, 0.979)),
            Map.entry("gold-external-13", new Floors("gold-external-13", 7, 0.42, 0.988, 0.977)),
            Map.entry("gold-external-14", new Floors("gold-external-14", 6, 1.0, 1.0, 0.985)),
            Map.entry("gold-external-15", new Floors("gold-external-15", 8, 0.25, 0.82, 0.82)),   // 57 -> 64/78: numbered items ending in an arrow (session 27)
            Map.entry("gold-external-16", new Floors("gold-external-16", 9, 0.66, 0.893, 0.978)),   // 123 -> 126/141 parents, 5 -> 6/9 blocks: session 27's control-flow rules
            Map.entry("gold-external-17", new Floors("gold-external-17", 9, 0.66, 0.913, 0.932)),
            Map.entry("gold-external-18", new Floors("gold-external-18", 7, 0.85, 0.911, 0.905)),
            Map.entry("gold-external-19", new Floors("gold-external-19", 10, 0.6, 0.909, 0.878)),
            Map.entry("gold-external-20", new Floors("gold-external-20", 9, 1.0, 1.0, 0.903)),
            Map.entry("gold-external-21", new Floors("gold-external-21", 10, 0.7, 0.868, 0.868)),   // 64 -> 105/129: copied IDE call stacks (session 27); 112, 112: flat dir/file.c/func path columns (session 33)
            Map.entry("gold-external-22", new Floors("gold-external-22", 6, 1.0, 1.0, 1.0)),
            Map.entry("gold-external-23", new Floors("gold-external-23", 10, 0.8, 0.980, 0.951)),   // blind 77, 78/104; 93, 88/104: a line-number column on a drawn tree, flow stages beside box edges; 102, 98/104: a fenced column of call hops, ├→ edges
            Map.entry("gold-external-24", new Floors("gold-external-24", 2, 1.0, 1.0, 0.965)),    // blind 24/29 kinds; 26: landing tags one blank after a call; 29, 28: a fence's caption over its tree is the root (session 30)
            Map.entry("gold-external-25", new Floors("gold-external-25", 10, 0.9, 0.980, 0.954)),   // blind (session 28): 46, 44/154; 81, 78: stem-arm trees with remarks and [?] conditions; 125, 104: call outlines in Markdown lists (session 29); 151, 146: list items never wrap into the item above, items in words read by what they say (session 30)
            Map.entry("gold-external-26", new Floors("gold-external-26", 9, 0.888, 0.954, 0.977)),  // blind (session 28): 114, 96/131; 125, 126: a chain wrapped onto arrow-led lines, ├→ edges, [remark] lines; 125, 128: a step that is only Return (session 33)
            Map.entry("gold-external-27", new Floors("gold-external-27", 9, 1.0, 1.0, 0.984)),  // blind (session 28): 30, 29/133; 104, 114: a fence cut by +++ rules into a tree and copied functions; |---> trees across a rule; 119: tab-led lines, aligned marks (session 29); 122, 121: fence captions as roots, f ====> remarks (session 30); 133, 131: columns of names in an indented block (session 33)
            Map.entry("gold-external-28", new Floors("gold-external-28", 8, 0.875, 0.988, 0.988)),   // blind (session 28) and the same at its end: 76, 77/87; 77, 77 (session 29); 86, 86: numbered # captions over chain lines (session 33)
            Map.entry("gold-external-30", new Floors("gold-external-30", 10, 0.7, 0.962, 0.962)),  // blind (session 28) and the same at its end: 100, 100/135; 128, 128: banners over call columns, call outlines (session 29); 130, 130 (session 30)
            Map.entry("gold-external-31", new Floors("gold-external-31", 2, 1.0, 1.0, 1.0)),        // blind (session 29) and the same at its end: 9, 9/9
            Map.entry("gold-external-32", new Floors("gold-external-32", 2, 1.0, 1.0, 1.0)),        // blind (session 29) and the same at its end: 72, 72/72
            Map.entry("gold-external-33", new Floors("gold-external-33", 6, 0.833, 0.994, 1.0)),    // blind (session 29) and the same at its end: 151, 177/184; 174, 184: \\--name last arms at their edge, captioned chains in prose (session 30); 183: tab width from tab-led siblings (session 31)
            Map.entry("gold-external-34", new Floors("gold-external-34", 8, 1.0, 1.0, 0.979)),    // blind (session 29): 88, 82/148; 148, 144: file.c:func names, outlined definitions
            Map.entry("gold-external-35", new Floors("gold-external-35", 7, 0.857, 0.929, 0.919)),  // blind (session 30): 50, 50/99; 92, 91: location-chain steps, a name over its declarations
            Map.entry("gold-external-36", new Floors("gold-external-36", 8, 1.0, 1.0, 1.0)),  // blind (session 30): 35, 90/97; 41, 96: headings among margin arrows, `f<==>ops->g`; 97, 97: frame columns proven stacks (session 31)
            Map.entry("gold-external-37", new Floors("gold-external-37", 6, 0.666, 0.986, 1.0)),    // blind (session 30): 130, 131/153; 130, 131: value lines (session 30); 151, 153: traces in <pre> with entities (session 31)
            Map.entry("gold-external-38", new Floors("gold-external-38", 7, 0.857, 0.991, 0.991)),  // blind (session 30): 50, 83/113; 89, 85: flat --> stacks (session 30); 112, 108: callee bodies under returned/assigned calls (session 31); 112, 112: a member set to its implementation in a chain (session 33)
            Map.entry("gold-external-39", new Floors("gold-external-39", 8, 0.875, 0.987, 0.975)),    // blind (session 31): 18, 43/83; 55, 51: &emsp; depths, -> f (dir/file.c) columns (session 31); 75, 74: dash-list trees in a fence, <---- return arrows, - f(x) bullets under -> steps (session 32); 82, 81: columns of [A::b][ref] link rows (session 33)
            Map.entry("gold-external-40", new Floors("gold-external-40", 7, 0.857, 0.992, 0.984)),  // blind (session 31): 12, 12/131; 109, 109: arm trees with C control flow, pruned backtraces (session 31); 130, 129: numbered steps over -- a->b->c lines (session 32)
            Map.entry("gold-external-41", new Floors("gold-external-41", 7, 0.857, 1.0, 1.0)),  // blind (session 31, kept from the helpers): 9, 9/105; the same at its end; 95, 95: bold numbered walkthroughs, captions over chains (session 32); 105, 105: captioned chains in words (session 33)
            Map.entry("gold-external-42", new Floors("gold-external-42", 9, 0.222, 0.020, 0.020)),  // blind (session 32, kept from the helpers): 2/9, 2, 2/97 (pasted kernel functions read as code, no trace)
            Map.entry("gold-external-43", new Floors("gold-external-43", 7, 1.0, 1.0, 0.967)),  // blind (session 32): 3/7, 65, 63/93; 5/7, 67, 64: bare arrows as gaps, an em-dash arrow, a staircase's own tab width (session 32); 93, 90: columns beside a drawn ^/V arrow (session 33)
            Map.entry("gold-external-44", new Floors("gold-external-44", 9, 1.0, 1.0, 1.0)),        // blind (session 32, kept from the helpers): 9/9, 119, 119/119
            Map.entry("gold-external-45", new Floors("gold-external-45", 4, 1.0, 1.0, 1.0)),   // blind on the session's final code (session 32): 0/4, 23, 24/62; 62, 62: brace paragraphs a->b->{ body } (session 33)
            Map.entry("gold-external-46", new Floors("gold-external-46", 5, 1.0, 1.0, 1.0)),        // blind (session 33): 4/5, 94, 96/96; 96, 96: a bare if (cond) guards the statement at its own column (session 33)
            Map.entry("gold-external-47", new Floors("gold-external-47", 9, 0.888, 0.888, 0.888)),  // blind (session 33): 2/9, 18, 18/63; 43, 43: call-path lists under captions, a name over a nested - list (session 33); 56, 56: numbered kernel path lists (session 34)
            Map.entry("gold-external-48", new Floors("gold-external-48", 9, 0.666, 0.918, 0.927)),  // blind (session 33): 0/9, 9, 8/110; 61, 62: hand-drawn |----f() arm trees in a C fence (session 33); 101, 102: titled name lists, stacks copied innermost first (session 34)
            Map.entry("gold-external-49", new Floors("gold-external-49", 9, 0.666, 0.849, 0.849)),  // blind (session 33, kept from the helpers): 0/9, 1, 12/53; the same at its end; 45, 45: paragraphs of one-line chains, pasted stacks (session 34)
            Map.entry("gold-external-50", new Floors("gold-external-50", 7, 1.0, 1.0, 1.0)),        // blind (session 34): 6/7, 71, 67/99; 99, 99: callee bodies spliced into a pasted function (session 34)
            Map.entry("gold-external-51", new Floors("gold-external-51", 7, 1.0, 1.0, 1.0)),  // blind (session 34, kept from the helpers): 3/7, 95, 94/97; the same at its end; 97, 97: a pasted backtrace with locations, sentences and struct definitions between arm trees (session 35)
            Map.entry("gold-external-52", new Floors("gold-external-52", 6, 0.833, 0.989, 0.989)),  // blind (session 34): 4/6, 61, 84/92; 91, 91: Graphviz edges as call chains (session 34)
            Map.entry("gold-external-53", new Floors("gold-external-53", 7, 1.0, 1.0, 0.983)),      // blind (session 34): 1/7, 108, 107/118; 118, 116: --f() trees with a file column (session 34)
            Map.entry("gold-external-54", new Floors("gold-external-54", 4, 1.0, 1.0, 1.0)),       // blind (session 34): 2/4, 15, 15/31; 31, 31: columns of calls written caller first (session 34)
            Map.entry("gold-external-55", new Floors("gold-external-55", 9, 1.0, 1.0, 1.0)),   // blind (session 35): 4/9, 69, 67/109; 109, 109: worded box trees, braceless switch bodies, chain lists under a call-chain heading
            Map.entry("gold-external-56", new Floors("gold-external-56", 9, 1.0, 1.0, 1.0)),   // blind (session 35): 1/9, 0, 0/9; 9, 9: a chain alone in an indented code block
            Map.entry("gold-external-57", new Floors("gold-external-57", 9, 1.0, 1.0, 1.0)),   // blind (session 35, kept from the helpers): 7/9, 53, 51/66; the same at its end; 66, 66: a bullet call outline in a :::note admonition, remarks wrapped beside a => chain (session 36)
            Map.entry("gold-external-58", new Floors("gold-external-58", 7, 1.0, 1.0, 1.0)),   // blind (session 35): 5/7, 123, 123/124; 124, 124: a fence opened twice, a type hierarchy
            Map.entry("gold-external-59", new Floors("gold-external-59", 9, 1.0, 1.0, 0.972)),   // blind (session 35): 2/9, 64, 61/111; 111, 108: corner trees, bullet flows under a title, entity arrows, dash-length depths around braces
            Map.entry("gold-external-60", new Floors("gold-external-60", 5, 0.6, 0.904, 0.857)),   // blind (session 35): 3/5, 12, 12/21; 19, 18: bullet stacks under an in-X caption
            Map.entry("gold-external-61", new Floors("gold-external-61", 7, 0.857, 0.98, 0.97)),   // blind (session 36): 2/7, 63, 58/103; 101, 100: Class#method trees, lists whose numbers count the depth
            Map.entry("gold-external-62", new Floors("gold-external-62", 8, 0.875, 1.0, 0.98)),   // blind (session 36): 4/8, 94, 92/103; 103, 101: C definitions trimmed into traces (a callee inlined under its call, a chain over a definition)
            Map.entry("gold-external-63", new Floors("gold-external-63", 10, 1.0, 1.0, 1.0)),   // blind (session 36): 4/10, 17, 17/59; 59, 59: trimmed definitions, f(next=g) hand-off chains, wrapped numbered -> chains
            Map.entry("gold-external-64", new Floors("gold-external-64", 9, 0.777, 0.978, 0.989)),   // blind (session 36): 5/9, 90, 92/95; 93, 94: <=> landings and ... placeholders among |-- arms
            Map.entry("gold-external-65", new Floors("gold-external-65", 9, 0.333, 0.64, 0.746)),   // blind (session 36, kept from the helpers): 3/9, 48, 56/75; the same at its end
            Map.entry("gold-external-66", new Floors("gold-external-66", 9, 1.0, 1.0, 1.0)),   // blind (session 36): 1/9, 24, 27/96; 96, 96: -- f dash trees, sideways |--> fork diagrams, unfenced Go signature trees
            Map.entry("gold-external-67", new Floors("gold-external-67", 9, 0.555, 0.818, 0.818)),   // blind (session 36): 3/9, 70, 80/116; 95, 95: fences of C++ signatures over their bodies, 4-wide tabs by a spaced level, -->true:/-->false: labels
            Map.entry("gold-external-68", new Floors("gold-external-68", 8, 0.25, 0.071, 0.071)),   // blind (session 36, kept from the helpers): 2/8, 4, 4/56; the same at its end
            Map.entry("gold-external-69", new Floors("gold-external-69", 7, 0.285, 0.38, 0.363)));   // blind (session 36, kept from the helpers): 2/7, 46, 44/121; the same at its end

    static final Path GOLD = Path.of(System.getProperty("tracenotes.gold", "src/test/resources/gold"));

    @Test
    void readsTheGoldSetAtLeastAsWellAsTheFloors() throws Exception {
        Floors floors = EXTERNAL_FLOORS.getOrDefault(GOLD.getFileName().toString(), GOLD_FLOORS);
        assertAtLeast(score(GOLD, "gold"), floors);
    }

    static List<Floors> heldOutSets() {
        return HELD_OUT_FLOORS;
    }

    @ParameterizedTest
    @MethodSource("heldOutSets")
    void readsEachHeldOutSetAtLeastAsWellAsItsFloors(Floors floors) throws Exception {
        assertAtLeast(score(Path.of("src/test/resources", floors.set()), floors.set().replace("gold-heldout", "held-out")), floors);
    }

    /** The set has at least its floors' blocks and every share is at least its floor. */
    private static void assertAtLeast(StructureScore.Figures t, Floors floors) {
        assertTrue(t.blocks() >= floors.blocks(), "the set has at least " + floors.blocks() + " blocks: " + t);
        assertTrue(t.blockShare() >= floors.blocksRight(), "blocks fully right: " + t);
        assertTrue(t.lineShare() >= floors.parentsRight(), "lines with the right parent: " + t);
        assertTrue(t.kindShare() >= floors.kindsRight(), "kinds right: " + t);
    }

    private static StructureScore.Figures score(Path dir, String name) {
        Path corpus = Golden.shared().resolve("corpus");
        assumeTrue(Files.isDirectory(corpus), "shared/corpus is not beside the repository");
        List<GoldSet.GoldNote> gold = GoldSet.load(dir);
        NoteLoader loader = new NoteLoader(new NoteParser());
        StructureScore score = new StructureScore();
        List<String> errors = new java.util.ArrayList<>();
        for (GoldSet.GoldNote g : gold) {
            NoteLoader.Result loaded = loader.load(corpus.resolve(g.notePath()));
            if (!(loaded instanceof NoteLoader.Loaded l)) {
                throw new AssertionError(name + ": the gold note " + g.notePath() + " could not be loaded: " + loaded);
            }
            Note note = l.note();
            note.diagnostics().stream().filter(d -> d.severity() == org.tracenotes.core.model.Severity.ERROR)
                    .forEach(d -> errors.add(g.notePath() + ":" + d.range().line() + ":" + d.range().column()
                            + " " + d.ruleId() + " " + d.message()));
            score.score(g, note);
        }
        errors.forEach(e -> System.out.println(name + " ERROR diagnostic " + e));
        for (Map.Entry<String, StructureScore.Figures> e : score.byRepository().entrySet()) {
            System.out.printf("%s %-36s %s%n", name, e.getKey(), e.getValue());
        }
        System.out.printf("%s %-36s %s%n", name, "all", score.total());
        if (Boolean.getBoolean("gold.verbose")) {
            score.errors().forEach(e -> System.out.println(name + " error " + e));
        }
        assertTrue(errors.isEmpty(), name + ": gold notes with ERROR diagnostics (a block the parser lost?): " + errors);
        return score.total();
    }
}
