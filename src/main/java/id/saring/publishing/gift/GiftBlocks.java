package id.saring.publishing.gift;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a GIFT file into its blocks, as Moodle does: blocks are separated by blank lines, lines
 * are trimmed, and a line starting with {@code //} is a comment. Comment lines inside a block are
 * kept as empty lines so that every position still maps to its line in the file.
 */
final class GiftBlocks {

    static final String CATEGORY = "$CATEGORY:";

    private GiftBlocks() {}

    /**
     * One question or category switch.
     *
     * @param line the file line (1-based) of the first line of {@code text}
     * @param text the block's lines joined by line breaks, escapes hidden (see {@link GiftEscapes})
     * @param comments the comment lines written in the block, for Moodle's [id:] and [tag:]
     */
    record Block(int line, String text, List<String> comments) {

        Block {
            comments = List.copyOf(comments);
        }

        /** The file line of a position in {@code text}. */
        int lineAt(int offset) {
            int line = this.line;
            for (int i = 0; i < Math.min(offset, text.length()); i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                }
            }
            return line;
        }

        boolean isCategory() {
            return text.startsWith(CATEGORY);
        }
    }

    static List<Block> split(String gift) {
        String text = gift.startsWith("\uFEFF") ? gift.substring(1) : gift;
        String[] lines = text.split("\r\n|\r|\n", -1);
        List<Block> blocks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        List<String> comments = new ArrayList<>();
        int first = 0;
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i].strip() : "";
            if (line.isEmpty()) {
                add(blocks, first, current, comments);
                current.clear();
                comments.clear();
            } else if (line.startsWith("//")) {
                comments.add(line);
                if (!current.isEmpty()) {
                    current.add("");
                }
            } else {
                if (current.isEmpty()) {
                    first = i + 1;
                }
                current.add(line);
            }
        }
        return blocks;
    }

    private static void add(List<Block> blocks, int first, List<String> lines, List<String> comments) {
        List<String> kept = new ArrayList<>(lines);
        while (!kept.isEmpty() && kept.get(kept.size() - 1).isEmpty()) {
            kept.remove(kept.size() - 1);
        }
        if (kept.isEmpty()) {
            return;
        }
        if (kept.get(0).startsWith(CATEGORY) && kept.size() > 1) {
            // Moodle would swallow a question written right under the category line into the
            // category's name; reading it as the question the author meant loses nothing.
            blocks.add(new Block(first, GiftEscapes.hide(kept.get(0)), List.of()));
            int next = 1;
            while (next < kept.size() && kept.get(next).isEmpty()) {
                next++;
            }
            add(blocks, first + next, kept.subList(next, kept.size()), comments);
            return;
        }
        blocks.add(new Block(first, GiftEscapes.hide(String.join("\n", kept)), comments));
    }
}
