package org.huzhu.tenancy.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;

class JobFilesTest {

    /** A settlement-like CSV of a little over 2.5 pieces. */
    private static byte[] csv() {
        StringBuilder text = new StringBuilder("结算单号,身份证号,姓名\n");
        for (int i = 0; text.length() < JobFiles.PIECE * 2 + JobFiles.PIECE / 2; i++) {
            text.append("JS").append(1_000_000 + i).append(",11010519491231002X,职工").append(i).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void pieces_deflate_to_less_and_inflate_back_to_the_same_bytes() {
        byte[] file = csv();
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        Inflater inflater = new Inflater();
        ByteArrayOutputStream back = new ByteArrayOutputStream();
        int stored = 0;
        for (int from = 0; from < file.length; from += JobFiles.PIECE) {
            byte[] piece = JobFiles.deflate(deflater, file, from, Math.min(file.length, from + JobFiles.PIECE));
            stored += piece.length;
            back.writeBytes(JobFiles.inflate(inflater, piece));
        }
        assertThat(back.toByteArray()).isEqualTo(file);
        assertThat(stored).isLessThan(file.length / 3);
    }

    @Test
    void a_piece_cut_short_or_garbled_is_refused_not_read_as_less() {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        byte[] piece = JobFiles.deflate(deflater, csv(), 0, JobFiles.PIECE);
        Inflater inflater = new Inflater();
        assertThatThrownBy(() -> JobFiles.inflate(inflater, Arrays.copyOf(piece, piece.length / 2)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ends before");
        byte[] garbled = piece.clone();
        Arrays.fill(garbled, 0, 8, (byte) 0x7f);
        assertThatThrownBy(() -> JobFiles.inflate(inflater, garbled)).isInstanceOf(IllegalStateException.class);
    }
}
