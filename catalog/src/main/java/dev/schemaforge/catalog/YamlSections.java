package dev.schemaforge.catalog;

import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cuts a large block-style YAML document into parts that several cores can parse at once.
 *
 * <p>A YAML parser reads one character after another, so a 4 MB API description keeps one core busy
 * for half a second while the others wait. Such a document is nearly always one big mapping
 * ({@code paths}, or {@code components/schemas}) whose entries are independent. This class finds that
 * mapping line by line and hands runs of its last entries to parts of their own; the main part keeps
 * the rest. Each part is the whole text with the other parts' lines left empty, so every parser
 * reports the document's own lines and columns.
 *
 * <p>It only splits what it can read safely from the lines alone: no tab in an indentation, no
 * directive or document marker, no flow collection or quoted key that goes on to another line, and
 * every line at an entry's indentation a {@code key:} (or an item of that key's sequence). Scalars
 * that go on to later lines (block, plain or quoted) are skipped as text. Anything else leaves the
 * document whole. The reader checks each part's result against the entries counted here, and parses
 * the document whole when they disagree.
 */
final class YamlSections {

    /** How far down the tree the big mapping is looked for. */
    private static final int MAX_DEPTH = 8;

    /**
     * A document cut into parts. Each part, and the main part, is read as the whole text with the
     * other parts' lines left empty, so that a parser reports the document's own lines and columns.
     *
     * @param text the document
     * @param path the keys from the root to the mapping whose entries were cut off (empty: the root)
     * @param mainEntries how many of that mapping's entries the main part keeps
     * @param parts the cut-off runs of entries, in document order
     */
    record Split(char[] text, List<String> path, int mainEntries, List<Part> parts) {

        /** The document without the parts' lines. */
        Reader main() {
            Part first = parts.get(0);
            Part last = parts.get(parts.size() - 1);
            return new Pieces(text, 0, first.from(), first.newlinesToEnd(), last.to(), text.length);
        }

        /** One part: its lines at their places, every other line empty. */
        Reader part(Part part) {
            return new Pieces(text, 0, 0, part.firstLine(), part.from(), part.to());
        }
    }

    /**
     * One run of entries of the split mapping.
     *
     * @param firstLine the line its first entry starts on (0 for the first line)
     * @param from where it starts in the text
     * @param to where it ends in the text (exclusive)
     * @param newlinesToEnd how many line breaks the text has from this run's start to the end of the mapping
     * @param entries how many entries the run holds
     */
    record Part(int firstLine, int from, int to, int newlinesToEnd, int entries) {
    }

    private static final byte BLANK = 0;
    private static final byte CONTENT = 1;
    /** A line of a scalar that started on an earlier line (block, plain or quoted): text, whatever it looks like. */
    private static final byte SCALAR = 2;
    /** What the readers of a line return for a layout this class does not read. */
    private static final int UNSAFE = -2;

    private final char[] text;
    private final int[] lineStarts;
    private final int[] indents;
    private final byte[] kinds;
    /** For a key line, the key as written (quotes included); null for every other line. */
    private final String[] keys;
    /** For a key line, whether its value follows on the next lines (nothing but a comment after the colon). */
    private final boolean[] valueBelow;
    /** Whether a line starts with {@code - }: an item of a sequence, which may stand at its key's indentation. */
    private final boolean[] sequenceItems;
    private final int lines;
    /** Where a quoted value that goes on to later lines opens, while its line is read; else -1. */
    private int quoteGoesOn = -1;

    private YamlSections(char[] text, int lines) {
        this.text = text;
        this.lines = lines;
        this.lineStarts = new int[lines + 1];
        this.indents = new int[lines];
        this.kinds = new byte[lines];
        this.keys = new String[lines];
        this.valueBelow = new boolean[lines];
        this.sequenceItems = new boolean[lines];
    }

    /**
     * Cuts {@code text} into at most {@code parts} parts of about equal size.
     *
     * @return null when the document cannot be read line by line, or has no mapping large enough to cut
     */
    static Split split(String document, int parts) {
        if (parts < 2) {
            return null;
        }
        // scanned as an array: charAt on a long text costs a cold run more than the copy
        char[] text = document.toCharArray();
        int lines = 1;
        for (int i = 0; i < text.length; i++) {
            char c = text[i];
            if (c == '\n') {
                lines++;
            } else if (c == '\r' ? i + 1 == text.length || text[i + 1] != '\n'
                    : c == '\u0085' || c == '\u2028' || c == '\u2029') {
                // a line break other than \n or \r\n (or one that some parsers take for one)
                return null;
            }
        }
        YamlSections sections = new YamlSections(text, lines);
        return sections.readLines() ? sections.cut(parts) : null;
    }

    /** Classifies every line; false for a layout that cannot be read line by line. */
    private boolean readLines() {
        int line = 0;
        lineStarts[line++] = 0;
        for (int i = 0; i < text.length; i++) {
            if (text[i] == '\n') {
                lineStarts[line++] = i + 1;
            }
        }
        lineStarts[lines] = text.length + 1;
        int scalarParent = -1;
        for (line = 0; line < lines; line++) {
            int from = lineStarts[line];
            int end = lineEnd(line);
            int indent = 0;
            while (from + indent < end && text[from + indent] == ' ') {
                indent++;
            }
            indents[line] = indent;
            int first = from + indent;
            boolean blank = first == end || text[first] == '#';
            if (scalarParent >= 0 && (blank || indent > scalarParent)) {
                kinds[line] = SCALAR;
                continue;
            }
            scalarParent = -1;
            if (blank) {
                kinds[line] = BLANK;
                continue;
            }
            kinds[line] = CONTENT;
            char c = text[first];
            boolean marker = indent == 0 && (c == '%' || startsWith("---", first, end) || startsWith("...", first, end));
            if (c == '\t' || marker) {
                // a tab in an indentation, a directive or a document marker
                return false;
            }
            sequenceItems[line] = c == '-' && (first + 1 == end || text[first + 1] == ' ');
            quoteGoesOn = -1;
            scalarParent = readContent(line, first, end);
            if (scalarParent == UNSAFE) {
                return false;
            }
            if (quoteGoesOn >= 0) {
                // the lines up to the closing quote are the scalar's text; after it, nothing but a comment
                int close = quoteEnd(quoteGoesOn, text.length);
                if (close < 0) {
                    return false;
                }
                while (lineStarts[line + 1] <= close) {
                    kinds[++line] = SCALAR;
                }
                int after = skipSpaces(close + 1, lineEnd(line));
                if (after < lineEnd(line) && text[after] != '#') {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Reads one content line: an optional run of {@code - }, an optional key, then the start of a value.
     *
     * @return the column of the node a scalar starting here belongs to (lines indented deeper are its
     *     text), -1 for none, {@link #UNSAFE}
     */
    private int readContent(int line, int first, int end) {
        int at = first;
        boolean inSequence = false;
        while (at < end && text[at] == '-' && (at + 1 == end || text[at + 1] == ' ')) {
            inSequence = true;
            at = skipSpaces(at + 1, end);
        }
        int parentColumn = at - lineStarts[line];
        if (at == end) {
            return -1;
        }
        int keyEnd = keyEnd(at, end);
        if (keyEnd == UNSAFE) {
            return UNSAFE;
        }
        if (keyEnd >= 0) {
            if (!inSequence) {
                keys[line] = new String(text, at, keyEnd - at);
            }
            at = skipSpaces(keyEnd + 1, end);
            if (at == end || text[at] == '#') {
                valueBelow[line] = !inSequence;
                return -1;
            }
        } else if (inSequence) {
            parentColumn = at - lineStarts[line] - 2;
        }
        return value(at, end, parentColumn);
    }

    /**
     * Where the key starting at {@code at} ends (the index of its colon), -1 when the line holds no
     * key, {@link #UNSAFE} for a key this class does not read (explicit {@code ?} keys).
     */
    private int keyEnd(int at, int end) {
        char c = text[at];
        if (c == '?') {
            return UNSAFE;
        }
        if (c == '"' || c == '\'') {
            int close = quoteEnd(at, end);
            if (close < 0) {
                return UNSAFE;
            }
            int after = skipSpaces(close + 1, end);
            return after < end && text[after] == ':' && (after + 1 == end || text[after + 1] == ' ')
                    ? after : -1;
        }
        if (c == '[' || c == '{') {
            return -1;
        }
        for (int i = at; i < end; i++) {
            char k = text[i];
            if (k == ':' && (i + 1 == end || text[i + 1] == ' ')) {
                return i;
            }
            if (k == '#' && text[i - 1] == ' ') {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Checks that a flow collection starting at {@code at} ends on this line, and notes where a quoted
     * scalar that goes on to later lines opens.
     *
     * @return the column of the node a block or plain scalar starting here belongs to, -1 for another
     *     value, {@link #UNSAFE}
     */
    private int value(int at, int end, int parentColumn) {
        // an anchor or a tag comes before the value it names
        while (at < end && (text[at] == '&' || text[at] == '!')) {
            while (at < end && text[at] != ' ') {
                at++;
            }
            at = skipSpaces(at, end);
        }
        if (at == end) {
            return -1;
        }
        char c = text[at];
        int close;
        if (c != '"' && c != '\'' && c != '[' && c != '{') {
            // a block scalar, or a plain one: the more indented lines that follow are its text
            return parentColumn;
        } else if (c == '"' || c == '\'') {
            close = quoteEnd(at, end);
            if (close < 0) {
                quoteGoesOn = at;
                return -1;
            }
        } else {
            close = flowEnd(at, end);
        }
        if (close < 0) {
            return UNSAFE;
        }
        int after = skipSpaces(close + 1, end);
        return after == end || text[after] == '#' ? -1 : UNSAFE;
    }

    /** The closing quote of the quoted scalar opening at {@code at}, or -1 when it does not close before {@code end}. */
    private int quoteEnd(int at, int end) {
        char quote = text[at];
        for (int i = at + 1; i < end; i++) {
            char c = text[i];
            if (quote == '"' && c == '\\') {
                i++;
            } else if (c == quote) {
                if (quote == '\'' && i + 1 < end && text[i + 1] == '\'') {
                    i++;
                } else {
                    return i;
                }
            }
        }
        return -1;
    }

    /** The bracket closing the flow collection opening at {@code at}, or -1 when it closes on a later line. */
    private int flowEnd(int at, int end) {
        int depth = 0;
        for (int i = at; i < end; i++) {
            char c = text[i];
            if (c == '[' || c == '{') {
                depth++;
            } else if (c == ']' || c == '}') {
                if (--depth == 0) {
                    return i;
                }
            } else if (c == '"' || c == '\'') {
                i = quoteEnd(i, end);
                if (i < 0) {
                    return -1;
                }
            }
        }
        return -1;
    }

    private int skipSpaces(int at, int end) {
        while (at < end && text[at] == ' ') {
            at++;
        }
        return at;
    }

    /** Where a line's text ends: at its {@code \n}, before a {@code \r} that precedes it. */
    private int lineEnd(int line) {
        int end = lineStarts[line + 1] - 1;
        return end > lineStarts[line] && text[end - 1] == '\r' ? end - 1 : end;
    }

    /** Descends to the mapping that holds most of the document, then cuts off runs of its last entries. */
    private Split cut(int parts) {
        List<String> path = new ArrayList<>();
        int indent = 0;
        int from = 0;
        int to = lines;
        List<Integer> entries = entries(indent, from, to);
        for (int depth = 0; entries != null && depth < MAX_DEPTH; depth++) {
            int largest = -1;
            int largestSize = 0;
            for (int i = 0; i < entries.size(); i++) {
                int size = offset(i + 1 < entries.size() ? entries.get(i + 1) : to) - offset(entries.get(i));
                if (size > largestSize) {
                    largest = i;
                    largestSize = size;
                }
            }
            if (largestSize * 2L < text.length) {
                break;
            }
            int keyLine = entries.get(largest);
            int end = largest + 1 < entries.size() ? entries.get(largest + 1) : to;
            int child = firstContent(keyLine + 1, end);
            String key = plainKey(keys[keyLine]);
            if (!valueBelow[keyLine] || child < 0 || keys[child] == null || indents[child] <= indent || key == null) {
                break;
            }
            List<Integer> children = entries(indents[child], child, end);
            if (children == null) {
                break;
            }
            path.add(key);
            indent = indents[child];
            from = child;
            to = end;
            entries = children;
        }
        return entries == null || entries.size() < 2 ? null : cut(path, entries, to, parts);
    }

    /**
     * Cuts runs of entries, each about a {@code parts}-th of the document, off the end of a mapping
     * whose entries start at the given lines and which ends before line {@code to}. The main part keeps
     * at least the first entry.
     */
    private Split cut(List<String> path, List<Integer> entries, int to, int parts) {
        long target = text.length / parts;
        List<Part> made = new ArrayList<>();
        int end = to;
        int last = entries.size();
        while (made.size() < parts - 1 && last > 1) {
            int first = last - 1;
            while (first > 1 && offset(end) - offset(entries.get(first)) < target) {
                first--;
            }
            int from = entries.get(first);
            made.add(0, new Part(from, offset(from), offset(end), newlines(from, to), last - first));
            end = from;
            last = first;
        }
        return made.isEmpty() ? null : new Split(text, List.copyOf(path), last, List.copyOf(made));
    }

    /** How many line breaks the text has from the start of one line to the start of a later one. */
    private int newlines(int from, int to) {
        return Math.min(to, lines - 1) - from;
    }

    private boolean startsWith(String prefix, int at, int end) {
        if (end - at < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (text[at + i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The entry lines of a block mapping at {@code indent} between two lines, or null when a line at
     * that indentation is not a key (the node is not a mapping this class can read).
     */
    private List<Integer> entries(int indent, int from, int to) {
        List<Integer> entries = new ArrayList<>();
        for (int line = from; line < to; line++) {
            if (kinds[line] != CONTENT) {
                continue;
            }
            if (indents[line] < indent) {
                return null;
            }
            if (indents[line] == indent && keys[line] != null) {
                entries.add(line);
            } else if (indents[line] == indent && !(sequenceItems[line] && !entries.isEmpty())) {
                // a sequence may stand at its key's indentation (key:, then - item); anything else is not an entry
                return null;
            }
        }
        return entries;
    }

    private int firstContent(int from, int to) {
        for (int line = from; line < to; line++) {
            if (kinds[line] == CONTENT) {
                return line;
            }
        }
        return -1;
    }

    /** Where a line starts in the text; the text's length for the line after the last. */
    private int offset(int line) {
        return Math.min(lineStarts[line], text.length);
    }

    /** A range of the text, then a number of line breaks, then another range: what a parser reads of a part. */
    private static final class Pieces extends Reader {

        private final char[] text;
        private int at;
        private final int firstEnd;
        private int newlines;
        private final int secondStart;
        private final int secondEnd;
        private boolean second;

        Pieces(char[] text, int firstStart, int firstEnd, int newlines, int secondStart, int secondEnd) {
            this.text = text;
            this.at = firstStart;
            this.firstEnd = firstEnd;
            this.newlines = newlines;
            this.secondStart = secondStart;
            this.secondEnd = secondEnd;
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            if (!second && at < firstEnd) {
                int n = Math.min(length, firstEnd - at);
                System.arraycopy(text, at, buffer, offset, n);
                at += n;
                return n;
            }
            if (newlines > 0) {
                int n = Math.min(length, newlines);
                Arrays.fill(buffer, offset, offset + n, '\n');
                newlines -= n;
                return n;
            }
            if (!second) {
                second = true;
                at = secondStart;
            }
            if (at < secondEnd) {
                int n = Math.min(length, secondEnd - at);
                System.arraycopy(text, at, buffer, offset, n);
                at += n;
                return n;
            }
            return -1;
        }

        @Override
        public void close() {
            // nothing to release
        }
    }

    /** A key as the tree spells it, for keys written plainly or in single quotes; null for others. */
    private static String plainKey(String written) {
        if (written == null) {
            return null;
        }
        String key = written.strip();
        if (key.length() >= 2 && key.charAt(0) == '\'' && key.charAt(key.length() - 1) == '\'') {
            return key.substring(1, key.length() - 1).replace("''", "'");
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == '/' || c == '$')) {
                return null;
            }
        }
        return key.isEmpty() || key.charAt(0) == '-' ? null : key;
    }
}
