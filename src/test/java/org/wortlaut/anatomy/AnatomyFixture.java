package org.wortlaut.anatomy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.wortlaut.model.Article;
import org.wortlaut.model.Block;
import org.wortlaut.model.Zone;
import org.wortlaut.model.ZoneKind;

/** One shared analyser for the tests and a readable view of its zones: one kind per block. */
final class AnatomyFixture {

    static final PageAnatomy ANATOMY = new PageAnatomy();

    private AnatomyFixture() {
    }

    /** A page analysed, with its text and blocks kept for looking up each block's kind. */
    record Analysed(String text, List<Block> blocks, Article article) {

        ZoneKind kindOf(Block block) {
            for (Zone zone : article.zones()) {
                if (zone.start() <= block.start() && block.end() <= zone.end()) {
                    return zone.kind();
                }
            }
            throw new AssertionError("block outside every zone: " + text.substring(block.start(), block.end()));
        }

        /** "kind<TAB>first 40 characters" per block. */
        List<String> rows() {
            List<String> rows = new ArrayList<>();
            for (Block block : blocks) {
                String line = text.substring(block.start(), block.end());
                rows.add(kindOf(block).label() + "\t" + line.substring(0, Math.min(40, line.length())).strip());
            }
            return rows;
        }

        /** The kind of the block that starts with {@code prefix}. */
        ZoneKind kindOf(String prefix) {
            for (Block block : blocks) {
                if (text.startsWith(prefix, block.start())) {
                    return kindOf(block);
                }
            }
            throw new AssertionError("no block starts with " + prefix);
        }
    }

    static Analysed analyse(String text) {
        List<Block> blocks = new BlockSplitter(false).split(text);
        return new Analysed(text, blocks, ANATOMY.analyse(text, blocks));
    }

    /** The shared gold data beside the project, when this machine has it. */
    static Optional<Path> shared(String relative) {
        Path path = Path.of(System.getProperty("wortlaut.shared", "../shared")).resolve(relative);
        return Files.exists(path) ? Optional.of(path) : Optional.empty();
    }
}
