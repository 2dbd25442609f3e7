package org.wortlaut.anatomy;

import java.util.ArrayList;
import java.util.List;
import org.wortlaut.model.Block;
import org.wortlaut.model.Document;

/**
 * Cuts the text into blocks. On a page, every line is its own block (a heading, a byline, a date
 * line or a caption is never glued to the next line) unless it was merely wrapped: the line has
 * no closing punctuation and the next one begins in lower case. In plain text only blank lines
 * separate blocks.
 */
public final class BlockSplitter {

    /** Shorter lines are headings or labels even when the next line begins in lower case. */
    private static final int MIN_WRAPPED_LINE = 40;

    private final boolean plain;

    public BlockSplitter(boolean plain) {
        this.plain = plain;
    }

    /** Adds the blocks, unless the document came with its own (an HTML page's paragraphs). */
    public Document annotate(Document document) {
        return document.blocks().isEmpty() ? document.withBlocks(split(document.text())) : document;
    }

    List<Block> split(String text) {
        List<Block> blocks = new ArrayList<>();
        int blockStart = -1;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            boolean blank = text.substring(lineStart, lineEnd).isBlank();
            if (!blank && blockStart < 0) {
                blockStart = lineStart;
            }
            if (blockStart >= 0 && (blank || endsBlock(text, lineStart, lineEnd))) {
                addTrimmed(text, blockStart, blank ? lineStart : lineEnd, blocks);
                blockStart = -1;
            }
            lineStart = lineEnd + 1;
        }
        return blocks;
    }

    /** Whether the non-blank line ending at {@code lineEnd} closes its block. */
    private boolean endsBlock(String text, int lineStart, int lineEnd) {
        if (lineEnd >= text.length()) {
            return true;
        }
        if (plain) {
            return false;
        }
        String line = text.substring(lineStart, lineEnd).strip();
        int next = lineEnd + 1;
        while (next < text.length() && (text.charAt(next) == ' ' || text.charAt(next) == '\t')) {
            next++;
        }
        boolean wrapped = line.length() >= MIN_WRAPPED_LINE && next < text.length()
            && Character.isLowerCase(text.charAt(next))
            && ".!?:…\"“»".indexOf(line.charAt(line.length() - 1)) < 0;
        return !wrapped;
    }

    private static void addTrimmed(String text, int start, int end, List<Block> blocks) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            blocks.add(new Block(start, end));
        }
    }
}
