package org.huzhu.bench;

import static org.huzhu.bench.EnrolmentImportBench.field;
import static org.huzhu.bench.EnrolmentImportBench.seconds;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Issue 17's "no slower at 100,000 lines per file than at 1,000", for settlement files:
 * {@code ./huzhu bench-claims 100000 --files 100} enrols twice {@code rows} people (not counted), imports one
 * settlement file of {@code rows} lines for the first half, then the other half's lines as {@code files} files of
 * {@code rows / files}, one after the other, each uploaded, checked and valued, and prints both rates. The job is
 * asked every 50 ms, so that the small files are not billed for the polling.
 */
final class SettlementSizeBench {

    private static final long POLL_MILLIS = 50;

    private final String app;
    private final Supplier<String> token;
    private final String union;
    private final int rows;
    private final int files;

    SettlementSizeBench(String app, Supplier<String> token, String union, int rows, int files) {
        this.app = app;
        this.token = token;
        this.union = union;
        this.rows = rows;
        this.files = files;
    }

    void run() throws Exception {
        int seed = (int) (System.currentTimeMillis() / 1000 % 100_000);
        LocalDate term = LocalDate.now().withDayOfYear(1);
        int each = rows / files;
        List<Path> lists = ClaimsBench.lists(2 * rows);
        List<Path> settlements = new ArrayList<>();
        try {
            for (int k = 0; k <= files; k++) {
                settlements.add(Files.createTempFile("claims-bench-settlement", ".csv"));
            }
            // person i < rows in the large file (0), the others in the small files 1..files
            ClaimsBench.writeFiles(lists, settlements, i -> i < rows ? 0 : 1 + Math.min(files - 1, (i - rows) / each),
                    2 * rows, seed, term);
            System.out.printf("settlement files in %s: %,d lines as one file, then %,d others as %,d files of %,d%n",
                    union, rows, rows, files, each);
            ClaimsBench.enrolAll(app, token, union, term, lists);
            double one = settle(settlements.get(0), rows);
            System.out.printf("  one file of %,9d    %7.1f s  %,8.0f claims/s%n", rows, one, rows / one);
            ClaimsBench.settle();
            double many = 0;
            for (int k = 1; k <= files; k++) {
                many += settle(settlements.get(k), k < files ? each : rows - each * (files - 1));
            }
            System.out.printf("  %,d files of %,9d %7.1f s  %,8.0f claims/s  (the large file at %.1f x the small files'"
                    + " rate)%n", files, each, many, rows / many, (rows / one) / (rows / many));
        } finally {
            for (Path file : lists) {
                Files.deleteIfExists(file);
            }
            for (Path file : settlements) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** Uploads one file and waits until it is checked and valued; answers the seconds from the upload. */
    private double settle(Path file, int lines) throws Exception {
        long start = System.nanoTime();
        String job = ClaimsBench.upload(app, token, file);
        String done = ClaimsBench.await(app + "/api/v1/settlement-imports/" + field(job, "id"), token, "DONE",
                POLL_MILLIS);
        double secs = seconds(start);
        if (Integer.parseInt(field(done, "claimsCreated")) != lines) {
            throw new IllegalStateException("settlement import " + field(job, "id") + " made "
                    + field(done, "claimsCreated") + " claims of " + lines + " lines");
        }
        return secs;
    }
}
