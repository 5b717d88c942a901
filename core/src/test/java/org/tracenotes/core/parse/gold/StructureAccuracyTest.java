package org.tracenotes.core.parse.gold;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tracenotes.core.Golden;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.parse.NoteLoader;
import org.tracenotes.core.parse.NoteParser;

/**
 * The parser reads real notes the way their authors meant them, measured on the gold set (the blocks
 * the parser work was measured on) and on the former held-out set (blocks drawn and read after it,
 * never used to change the parser until 2026-12-05, training data since): prints the figures per
 * repository and fails below the floors, which only ever go up.
 */
class StructureAccuracyTest {

    /** Floors of the gold set: raise them as the parser improves; never lower them. */
    static final double BLOCKS_FLOOR = 0.97;
    static final double LINES_FLOOR = 0.999;
    static final double KINDS_FLOOR = 0.995;

    /** Floors of the former held-out set (training data since 2026-12-05). */
    static final double HELD_OUT_BLOCKS_FLOOR = 0.92;
    static final double HELD_OUT_LINES_FLOOR = 0.995;
    static final double HELD_OUT_KINDS_FLOOR = 0.995;

    /**
     * Floors of the second held-out set, drawn and read blind on 2026-12-05 while that day's parser work
     * went on and scored only after it (see gold/README.md); three patterns of its misses were fixed after
     * that score, so it is training data too from then on.
     */
    static final double HELD_OUT_2_BLOCKS_FLOOR = 0.95;
    static final double HELD_OUT_2_LINES_FLOOR = 0.995;
    static final double HELD_OUT_2_KINDS_FLOOR = 0.995;

    /**
     * Floors of the third held-out set, drawn and read blind on 2026-12-05 and scored once (blocks 30/41,
     * parents 437/450, kinds 433/450, before and after the fourth pass); its misses' general patterns were
     * fixed after that score (32/41, 441/450, 442/450), so it is training data from then on; a fifth pass
     * fixed more of its patterns (35/41, 442/450, 446/450).
     */
    static final double HELD_OUT_3_BLOCKS_FLOOR = 0.85;
    static final double HELD_OUT_3_LINES_FLOOR = 0.982;
    static final double HELD_OUT_3_KINDS_FLOOR = 0.991;

    /**
     * Floors of the fourth held-out set, drawn and read blind on 2026-12-05 and scored once with the
     * session's parser work merged (blocks 35/43, parents 462/469, kinds 457/469, the same as before that
     * work); a tag in brackets set off by two or more blanks after a call ({@code f    [co]}) was read as a
     * call from then on (kinds 461/469), so it is training data too. The sixth pass fixed the general
     * patterns among its misses (blocks 41/43, parents 468/469, kinds 466/469).
     */
    static final double HELD_OUT_4_BLOCKS_FLOOR = 0.95;
    static final double HELD_OUT_4_LINES_FLOOR = 0.997;
    static final double HELD_OUT_4_KINDS_FLOOR = 0.993;

    /**
     * Floors of the fifth held-out set, drawn and read blind on 2026-12-05 (fifth session) and scored
     * once with the parser of that session's start (blocks 35/40, parents 443/447, kinds 441/447) and
     * once with its first structure pass merged, which its readings were kept from (35/40, 443/447,
     * 442/447); the seventh pass fixed the general patterns among its misses (37/40, 446/447, 446/447),
     * so it is training data from then on.
     */
    static final double HELD_OUT_5_BLOCKS_FLOOR = 0.925;
    static final double HELD_OUT_5_LINES_FLOOR = 0.997;
    static final double HELD_OUT_5_KINDS_FLOOR = 0.997;

    /**
     * Floors of the second set of notes by authors outside the corpus ({@code gold-external-2}), checked
     * only on the manual run that points {@code tracenotes.gold} at it and {@code tracenotes.shared} at
     * the folder holding its notes (they are other people's text, not in the repository; see
     * gold/README.md). Blind: 3/29 blocks, 0/417 parents; after the arrowless-tree work 23/29, 408/417, 409/417;
     * after the sixth session's general rules (tabs two wide, {@code f() = ops.run(x)}, …) 26/29, 411/417, 412/417.
     */
    static final double EXTERNAL_2_BLOCKS_FLOOR = 0.89;
    static final double EXTERNAL_2_LINES_FLOOR = 0.985;
    static final double EXTERNAL_2_KINDS_FLOOR = 0.988;

    /**
     * Floors of the sixth held-out set, drawn and read blind on 2026-12-05 (fifth session) and kept from
     * every helper until the session's end: scored with the parser of the session's start and with all
     * of its work merged, the same both times (blocks 36/40, parents 379/382, kinds 381/382). Training data
     * since the sixth session, whose general rules read 37/40, 380/382, 382/382.
     */
    static final double HELD_OUT_6_BLOCKS_FLOOR = 0.925;
    static final double HELD_OUT_6_LINES_FLOOR = 0.994;
    static final double HELD_OUT_6_KINDS_FLOOR = 0.999;

    static final Path GOLD = Path.of(System.getProperty("tracenotes.gold", "src/test/resources/gold"));
    static final Path HELD_OUT = Path.of("src/test/resources/gold-heldout");
    static final Path HELD_OUT_2 = Path.of("src/test/resources/gold-heldout-2");
    static final Path HELD_OUT_3 = Path.of("src/test/resources/gold-heldout-3");
    static final Path HELD_OUT_4 = Path.of("src/test/resources/gold-heldout-4");
    static final Path HELD_OUT_5 = Path.of("src/test/resources/gold-heldout-5");
    static final Path HELD_OUT_6 = Path.of("src/test/resources/gold-heldout-6");

    @Test
    void readsTheGoldSetAtLeastAsWellAsTheFloors() throws Exception {
        if (GOLD.getFileName().toString().equals("gold-external-2")) {
            assertAtLeast(score(GOLD, "gold"), 29, EXTERNAL_2_BLOCKS_FLOOR, EXTERNAL_2_LINES_FLOOR, EXTERNAL_2_KINDS_FLOOR);
            return;
        }
        assertAtLeast(score(GOLD, "gold"), 120, BLOCKS_FLOOR, LINES_FLOOR, KINDS_FLOOR);
    }

    @Test
    void readsTheHeldOutSetAtLeastAsWellAsItsFloors() throws Exception {
        assertAtLeast(score(HELD_OUT, "held-out"), 40, HELD_OUT_BLOCKS_FLOOR, HELD_OUT_LINES_FLOOR, HELD_OUT_KINDS_FLOOR);
    }

    @Test
    void readsTheSecondHeldOutSetAtLeastAsWellAsItsFloors() throws Exception {
        assertAtLeast(score(HELD_OUT_2, "held-out-2"), 41, HELD_OUT_2_BLOCKS_FLOOR, HELD_OUT_2_LINES_FLOOR,
                HELD_OUT_2_KINDS_FLOOR);
    }

    @Test
    void readsTheThirdHeldOutSetAtLeastAsWellAsItsFloors() throws Exception {
        assertAtLeast(score(HELD_OUT_3, "held-out-3"), 41, HELD_OUT_3_BLOCKS_FLOOR, HELD_OUT_3_LINES_FLOOR,
                HELD_OUT_3_KINDS_FLOOR);
    }

    @Test
    void readsTheFourthHeldOutSetAtLeastAsWellAsItsFloors() throws Exception {
        assertAtLeast(score(HELD_OUT_4, "held-out-4"), 43, HELD_OUT_4_BLOCKS_FLOOR, HELD_OUT_4_LINES_FLOOR,
                HELD_OUT_4_KINDS_FLOOR);
    }

    @Test
    void readsTheFifthHeldOutSetAtLeastAsWellAsItsFloors() throws Exception {
        assertAtLeast(score(HELD_OUT_5, "held-out-5"), 40, HELD_OUT_5_BLOCKS_FLOOR, HELD_OUT_5_LINES_FLOOR,
                HELD_OUT_5_KINDS_FLOOR);
    }

    @Test
    void readsTheSixthHeldOutSetAtLeastAsWellAsItsFloors() throws Exception {
        assertAtLeast(score(HELD_OUT_6, "held-out-6"), 40, HELD_OUT_6_BLOCKS_FLOOR, HELD_OUT_6_LINES_FLOOR,
                HELD_OUT_6_KINDS_FLOOR);
    }

    /** The set has at least {@code blocks} blocks and every share is at least its floor. */
    private static void assertAtLeast(StructureScore.Figures t, int blocks, double blocksFloor, double linesFloor,
                                      double kindsFloor) {
        assertTrue(t.blocks() >= blocks, "the set has at least " + blocks + " blocks: " + t);
        assertTrue(t.blockShare() >= blocksFloor, "blocks fully right: " + t);
        assertTrue(t.lineShare() >= linesFloor, "lines with the right parent: " + t);
        assertTrue(t.kindShare() >= kindsFloor, "kinds right: " + t);
    }

    private static StructureScore.Figures score(Path dir, String name) {
        Path corpus = Golden.shared().resolve("corpus");
        assumeTrue(Files.isDirectory(corpus), "shared/corpus is not beside the repository");
        List<GoldSet.GoldNote> gold = GoldSet.load(dir);
        NoteLoader loader = new NoteLoader(new NoteParser());
        StructureScore score = new StructureScore();
        for (GoldSet.GoldNote g : gold) {
            Note note = ((NoteLoader.Loaded) loader.load(corpus.resolve(g.notePath()))).note();
            score.score(g, note);
        }
        for (Map.Entry<String, StructureScore.Figures> e : score.byRepository().entrySet()) {
            System.out.printf("%s %-36s %s%n", name, e.getKey(), e.getValue());
        }
        System.out.printf("%s %-36s %s%n", name, "all", score.total());
        if (Boolean.getBoolean("gold.verbose")) {
            score.errors().forEach(e -> System.out.println(name + " error " + e));
        }
        return score.total();
    }
}
