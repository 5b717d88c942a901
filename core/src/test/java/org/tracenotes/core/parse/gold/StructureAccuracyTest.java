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
 * The parser reads the gold set's blocks of real notes the way their authors meant them: it prints
 * the figures per repository and fails below the floors, which only ever go up.
 */
class StructureAccuracyTest {

    /** Floors: raise them as the parser improves; never lower them. */
    static final double BLOCKS_FLOOR = 0.88;
    static final double LINES_FLOOR = 0.99;
    static final double KINDS_FLOOR = 0.97;

    static final Path GOLD = Path.of(System.getProperty("tracenotes.gold", "src/test/resources/gold"));

    @Test
    void readsTheGoldSetAtLeastAsWellAsTheFloors() throws Exception {
        Path corpus = Golden.shared().resolve("corpus");
        assumeTrue(Files.isDirectory(corpus), "shared/corpus is not beside the repository");
        List<GoldSet.GoldNote> gold = GoldSet.load(GOLD);
        NoteLoader loader = new NoteLoader(new NoteParser());
        StructureScore score = new StructureScore();
        for (GoldSet.GoldNote g : gold) {
            Path file = corpus.resolve(g.notePath());
            Note note = ((NoteLoader.Loaded) loader.load(file)).note();
            score.score(g, note);
        }
        for (Map.Entry<String, StructureScore.Figures> e : score.byRepository().entrySet()) {
            System.out.printf("gold %-36s %s%n", e.getKey(), e.getValue());
        }
        System.out.printf("gold %-36s %s%n", "all", score.total());
        if (Boolean.getBoolean("gold.verbose")) {
            score.errors().forEach(e -> System.out.println("gold error " + e));
        }
        StructureScore.Figures t = score.total();
        assertTrue(gold.stream().mapToInt(g -> g.blocks().size()).sum() >= 120, "the gold set has at least 120 blocks");
        assertTrue(t.blockShare() >= BLOCKS_FLOOR, "blocks fully right: " + t);
        assertTrue(t.lineShare() >= LINES_FLOOR, "lines with the right parent: " + t);
        assertTrue(t.kindShare() >= KINDS_FLOOR, "kinds right: " + t);
    }
}
