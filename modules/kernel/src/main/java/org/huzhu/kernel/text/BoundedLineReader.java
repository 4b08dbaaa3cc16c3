package org.huzhu.kernel.text;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;

/**
 * Lines of an uploaded text file, each at most {@code maxChars} long, and at most {@code maxLines} of them:
 * {@link BufferedReader#readLine()} holds a line of any length, so 200 MB without a line break once took 400 MB
 * of heap. A line ends at LF, CR LF or CR. Not thread-safe.
 */
public final class BoundedLineReader implements Closeable {

    private final Reader in;
    private final int maxChars;
    private final int maxLines;
    private final char[] buffer = new char[8192];
    private final StringBuilder line = new StringBuilder();
    private int position;
    private int limit;
    private int lineNo;
    private boolean skipLf;

    public BoundedLineReader(Reader in, int maxChars, int maxLines) {
        this.in = in;
        this.maxChars = maxChars;
        this.maxLines = maxLines;
    }

    /**
     * The next line without its line break, or null at the end.
     *
     * @throws LimitExceeded when the line is longer than allowed, or there are more lines than allowed
     */
    public String readLine() throws IOException {
        line.setLength(0);
        boolean any = false;
        while (true) {
            if (position == limit) {
                limit = in.read(buffer, 0, buffer.length);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    return any ? counted() : null;
                }
            }
            char c = buffer[position++];
            if (skipLf) {
                skipLf = false;
                if (c == '\n') {
                    continue;
                }
            }
            if (c == '\n' || c == '\r') {
                skipLf = c == '\r';
                return counted();
            }
            any = true;
            if (line.length() == maxChars) {
                throw LimitExceeded.line(lineNo + 1, maxChars);
            }
            line.append(c);
        }
    }

    private String counted() {
        if (++lineNo > maxLines) {
            throw LimitExceeded.rows(maxLines);
        }
        return line.toString();
    }

    /** The number of the line last read (the first is 1). */
    public int lineNo() {
        return lineNo;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
