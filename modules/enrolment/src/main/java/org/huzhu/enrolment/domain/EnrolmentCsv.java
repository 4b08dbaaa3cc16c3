package org.huzhu.enrolment.domain;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.huzhu.kernel.text.BoundedLineReader;
import org.huzhu.kernel.text.LimitExceeded;
import org.huzhu.tenancy.api.Refused;

/**
 * Reads an enrolment list in CSV: a header line (Chinese or English column names, any order, see
 * {@link EnrolmentColumns}), then one member a line. Quoted fields and a UTF-8 byte-order mark (Excel's CSV)
 * are understood; {@link #decode} tells UTF-8 from GBK/GB18030 (Excel on Chinese Windows). Rows are handed
 * on one by one, each line bounded, so a list of any length is read in constant memory.
 */
public final class EnrolmentCsv {

    /** How many bytes {@link #decode} looks at to choose the encoding. */
    static final int SNIFF_BYTES = 64 * 1024;
    /** The longest line taken: eight fields of the longest allowed cell, and room for quotes and extra columns. */
    static final int MAX_LINE_CHARS = 10_000;
    private static final Charset GB18030 = Charset.forName("GB18030");

    private EnrolmentCsv() {
    }

    /** The whole list in memory: for small lists and tests; {@link #read(Reader, Consumer)} streams. */
    public static List<EnrolmentRow> read(Reader source) {
        List<EnrolmentRow> rows = new ArrayList<>();
        read(source, rows::add);
        return rows;
    }

    /**
     * Hands each non-blank line to {@code sink}, numbered as the clerk's editor shows it (header = 1), and
     * closes the reader.
     *
     * @throws IllegalArgumentException if the file is empty, a required column is missing, or its bytes are no text
     * @throws UncheckedIOException     if the file cannot be read, or is not in the encoding {@link #decode} chose
     */
    public static void read(Reader source, Consumer<EnrolmentRow> sink) {
        // lines bounded (a file without line breaks is refused, not held); blank lines count against a generous cap
        try (BoundedLineReader reader = new BoundedLineReader(source, MAX_LINE_CHARS, 2 * EnrolmentColumns.MAX_ROWS)) {
            String header = reader.readLine();
            if (header == null) {
                throw new IllegalArgumentException("the file is empty: the first line must name the columns");
            }
            EnrolmentColumns columns = EnrolmentColumns.of(split(header, "line 1"), "line 1");
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    sink.accept(columns.row(reader.lineNo(), split(line, "line " + reader.lineNo())));
                }
            }
        } catch (CharacterCodingException e) {
            throw Refused.badInput("file", "enrolment.refused.encoding");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the enrolment list (is it a CSV file in UTF-8 or GBK?)", e);
        }
    }

    /**
     * A reader of an uploaded CSV file in the encoding it was saved in: UTF-8 (with or without a byte-order
     * mark, which is skipped) if its first 64 KB are valid UTF-8, else GB18030 (a superset of GBK, what Excel
     * on Chinese Windows writes). Either way malformed bytes are an error when read, never silently replaced.
     */
    public static Reader decode(InputStream in) {
        BufferedInputStream buffered = new BufferedInputStream(in, SNIFF_BYTES);
        try {
            buffered.mark(SNIFF_BYTES);
            byte[] head = buffered.readNBytes(SNIFF_BYTES);
            buffered.reset();
            boolean bom = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
            if (bom) {
                buffered.skipNBytes(3);
                return new InputStreamReader(buffered, strict(StandardCharsets.UTF_8));
            }
            boolean endOfInput = head.length < SNIFF_BYTES;
            return new InputStreamReader(buffered, strict(isUtf8(head, endOfInput) ? StandardCharsets.UTF_8 : GB18030));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the enrolment list", e);
        }
    }

    /** Whether the bytes decode as UTF-8; a character cut off at the end of a sample does not count against it. */
    private static boolean isUtf8(byte[] bytes, boolean endOfInput) {
        CharsetDecoder decoder = strict(StandardCharsets.UTF_8);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(ByteBuffer.wrap(bytes), out, endOfInput);
        if (result.isError()) {
            return false;
        }
        return !endOfInput || !decoder.flush(out).isError();
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** One CSV line: commas separate, double quotes enclose, two double quotes are one; at most MAX_COLUMNS fields. */
    static List<String> split(String line, String where) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                if (fields.size() == EnrolmentColumns.MAX_COLUMNS) {
                    throw LimitExceeded.columns(where, EnrolmentColumns.MAX_COLUMNS);
                }
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
