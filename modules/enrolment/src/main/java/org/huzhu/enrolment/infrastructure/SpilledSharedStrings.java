package org.huzhu.enrolment.infrastructure;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.huzhu.kernel.text.LimitExceeded;

/**
 * A workbook's shared-strings table kept in a temporary file, with only an offset (4 bytes) per string in
 * memory. POI's read-only table holds every string on the heap: a 38 MB workbook of 8.4 million distinct texts
 * took 600 MB before its header was read. Here the strings are streamed once to disk, at most
 * {@link #MAX_STRINGS} of them and {@link #MAX_BYTES} bytes, each at most {@code maxChars} long; the sheet then
 * reads them back by index through a small window (the strings of a list come in roughly the order of its
 * rows). Rich-text runs are joined; phonetic runs are left out, as Excel shows the cell.
 */
final class SpilledSharedStrings implements SharedStrings, Closeable {

    /** Eight distinct texts per row of the largest list allowed. */
    static final int MAX_STRINGS = 8_000_000;
    static final long MAX_BYTES = 512L << 20;
    private static final int WINDOW = 64 * 1024;

    private final Path file;
    private final FileChannel channel;
    private final ByteBuffer window = ByteBuffer.allocate(WINDOW);
    private long windowStart = -1;
    private int[] offsets;
    private int count;

    private SpilledSharedStrings(Path file, int[] offsets, int count) throws IOException {
        this.file = file;
        this.offsets = offsets;
        this.count = count;
        this.channel = FileChannel.open(file, StandardOpenOption.READ);
    }

    /** Reads the sst part (null: the workbook has none) into a temporary file. */
    static SpilledSharedStrings read(InputStream sst, int maxChars) throws IOException {
        Path file = Files.createTempFile("huzhu-sst-", ".bin");
        try {
            int[] offsets = new int[1024];
            int count = 0;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
                if (sst != null) {
                    Spiller spiller = new Spiller(out, maxChars);
                    spiller.run(sst);
                    offsets = spiller.offsets;
                    count = spiller.count;
                }
            }
            return new SpilledSharedStrings(file, offsets, count);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    @Override
    public RichTextString getItemAt(int idx) {
        if (idx < 0 || idx >= count) {
            throw new IllegalArgumentException("the workbook names shared text " + idx + " of " + count);
        }
        return new XSSFRichTextString(text(offsets[idx], offsets[idx + 1]));
    }

    private String text(int from, int to) {
        try {
            int length = to - from;
            if (windowStart < 0 || from < windowStart || to > windowStart + window.limit()) {
                window.clear();
                if (length > WINDOW) {
                    ByteBuffer big = ByteBuffer.allocate(length);
                    while (big.hasRemaining() && channel.read(big, from + big.position()) > 0) {
                        // a read may stop short of the buffer's end
                    }
                    return new String(big.array(), 0, big.position(), StandardCharsets.UTF_8);
                }
                channel.read(window, from);
                window.flip();
                windowStart = from;
            }
            return new String(window.array(), (int) (from - windowStart), length, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the workbook's texts back", e);
        }
    }

    @Override
    public int getCount() {
        return count;
    }

    @Override
    public int getUniqueCount() {
        return count;
    }

    @Override
    public void close() throws IOException {
        channel.close();
        offsets = null;
        Files.deleteIfExists(file);
    }

    /** Streams {@code <si>} elements out as UTF-8, recording where each starts. */
    private static final class Spiller {
        private final OutputStream out;
        private final int maxChars;
        private final StringBuilder text = new StringBuilder();
        private int[] offsets = new int[1025];
        private int count;
        private long written;

        Spiller(OutputStream out, int maxChars) {
            this.out = out;
            this.maxChars = maxChars;
        }

        void run(InputStream sst) throws IOException {
            XMLInputFactory factory = XMLInputFactory.newFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            try {
                XMLStreamReader xml = factory.createXMLStreamReader(sst);
                int phonetic = 0;
                boolean inText = false;
                while (xml.hasNext()) {
                    switch (xml.next()) {
                        case XMLStreamConstants.START_ELEMENT -> {
                            String name = xml.getLocalName();
                            if ("sst".equals(name)) {
                                declared(xml.getAttributeValue(null, "uniqueCount"));
                            } else if ("si".equals(name)) {
                                text.setLength(0);
                            } else if ("rPh".equals(name)) {
                                phonetic++;
                            } else if ("t".equals(name)) {
                                inText = phonetic == 0;
                            }
                        }
                        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                            if (inText) {
                                if (text.length() + xml.getTextLength() > maxChars) {
                                    throw LimitExceeded.cell("shared text " + (count + 1), maxChars);
                                }
                                text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                            }
                        }
                        case XMLStreamConstants.END_ELEMENT -> {
                            String name = xml.getLocalName();
                            if ("t".equals(name)) {
                                inText = false;
                            } else if ("rPh".equals(name)) {
                                phonetic--;
                            } else if ("si".equals(name)) {
                                add();
                            }
                        }
                        default -> {
                        }
                    }
                }
                offsets[count] = (int) written;
            } catch (XMLStreamException e) {
                throw new IllegalArgumentException("the workbook's shared texts cannot be read: " + e.getMessage(), e);
            }
        }

        /** A declared count over the limit refuses the workbook before a single text is read. */
        private static void declared(String uniqueCount) {
            if (uniqueCount != null && uniqueCount.matches("\\d{1,10}") && Long.parseLong(uniqueCount) > MAX_STRINGS) {
                throw tooMany();
            }
        }

        private void add() throws IOException {
            if (count == MAX_STRINGS) {
                throw tooMany();
            }
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            if (written + bytes.length > MAX_BYTES) {
                throw tooMany();
            }
            if (count + 1 >= offsets.length) {
                offsets = Arrays.copyOf(offsets, Math.min(MAX_STRINGS + 1, offsets.length * 2));
            }
            offsets[count++] = (int) written;
            out.write(bytes);
            written += bytes.length;
        }

        private static LimitExceeded tooMany() {
            return new LimitExceeded("sharedStrings", "file: the workbook holds more than " + MAX_STRINGS
                    + " distinct texts or " + (MAX_BYTES >> 20) + " MB of text; split the list", MAX_STRINGS,
                    MAX_BYTES >> 20);
        }
    }
}
