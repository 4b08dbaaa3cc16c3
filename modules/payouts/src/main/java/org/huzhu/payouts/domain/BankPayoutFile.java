package org.huzhu.payouts.domain;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.huzhu.kernel.money.Money;

/**
 * Writes the bank's direct-payout file (直赔到卡), format {@code HZDP 1} (see docs/bank-payout-file.md): UTF-8
 * without BOM, LF line ends, fields separated by {@code |}; a header, one detail line per payment, a trailer
 * whose count and total the bank checks against the header and the details. Amounts are yuan with two
 * decimals.
 *
 * <pre>
 * H|HZDP|1|beijing|12|2026-11-27|3|1500.00
 * D|1|HZ12-301|6215123412341234567|张三|500.00
 * T|3|1500.00
 * </pre>
 */
public final class BankPayoutFile {

    public static final String FORMAT = "HZDP";
    public static final String VERSION = "1";

    private BankPayoutFile() {
    }

    /** One payment as the bank pays it. */
    public record Line(String reference, String cardNo, String memberName, long amountFen) {
    }

    /**
     * The file's bytes. The count and total the run holds are checked against the lines: a file whose
     * control totals disagree with its details is never written.
     */
    public static byte[] write(String tenant, long runId, LocalDate payoutDate, int count, long totalFen,
                               List<Line> lines) {
        long sum = 0;
        for (Line line : lines) {
            if (line.amountFen() <= 0) {
                throw new IllegalStateException("payment " + line.reference() + " has no positive amount");
            }
            sum = Math.addExact(sum, line.amountFen());
        }
        if (lines.size() != count || sum != totalFen) {
            throw new IllegalStateException("run " + runId + ": the payments add up to " + lines.size() + " / "
                    + yuan(sum) + ", the run says " + count + " / " + yuan(totalFen));
        }
        StringBuilder out = new StringBuilder(64 + lines.size() * 64);
        out.append(String.join("|", "H", FORMAT, VERSION, field(tenant), Long.toString(runId), payoutDate.toString(),
                Integer.toString(count), yuan(totalFen))).append('\n');
        int seq = 0;
        for (Line line : lines) {
            out.append(String.join("|", "D", Integer.toString(++seq), field(line.reference()), field(line.cardNo()),
                    field(line.memberName()), yuan(line.amountFen()))).append('\n');
        }
        out.append(String.join("|", "T", Integer.toString(count), yuan(totalFen))).append('\n');
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String yuan(long fen) {
        return Money.ofFen(fen).toYuan().setScale(2).toPlainString();
    }

    /** A value never breaks the format: the separator and line breaks become spaces. */
    static String field(String value) {
        return value == null ? "" : value.replace('|', ' ').replace('\n', ' ').replace('\r', ' ').strip();
    }
}
