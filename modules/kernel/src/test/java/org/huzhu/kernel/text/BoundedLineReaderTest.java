package org.huzhu.kernel.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundedLineReaderTest {

    private static List<String> lines(String text, int maxChars, int maxLines) throws IOException {
        List<String> lines = new ArrayList<>();
        try (BoundedLineReader reader = new BoundedLineReader(new StringReader(text), maxChars, maxLines)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
        }
        return lines;
    }

    @Test
    void lines_end_at_lf_crlf_and_cr_and_blank_lines_are_kept() throws IOException {
        assertThat(lines("a\r\nb\n\nc\rd", 10, 10)).containsExactly("a", "b", "", "c", "d");
        assertThat(lines("a\n", 10, 10)).containsExactly("a");
        assertThat(lines("", 10, 10)).isEmpty();
    }

    @Test
    void a_line_longer_than_the_limit_is_refused_naming_it_without_reading_the_rest() {
        assertThatThrownBy(() -> lines("ok\n" + "x".repeat(11), 10, 10)).isInstanceOf(LimitExceeded.class)
                .hasMessageContaining("line 2").hasMessageContaining("10 characters");
    }

    @Test
    void a_file_without_line_breaks_is_refused_after_the_limit_not_held_in_memory() {
        int[] read = {0};
        Reader endless = new Reader() {
            @Override
            public int read(char[] buffer, int offset, int length) {
                java.util.Arrays.fill(buffer, offset, offset + length, 'x');
                read[0] += length;
                return length;
            }

            @Override
            public void close() {
            }
        };
        assertThatThrownBy(() -> new BoundedLineReader(endless, 10_000, 10).readLine())
                .isInstanceOf(LimitExceeded.class);
        assertThat(read[0]).isLessThan(20_000);
    }

    @Test
    void more_lines_than_allowed_are_refused() {
        assertThatThrownBy(() -> lines("\n".repeat(5), 10, 4)).isInstanceOf(LimitExceeded.class)
                .hasMessageContaining("more than 4 rows");
        assertThat(((LimitExceeded) org.assertj.core.api.Assertions.catchThrowable(() -> lines("\n".repeat(5), 10, 4)))
                .key()).isEqualTo("upload.limit.rows");
    }
}
