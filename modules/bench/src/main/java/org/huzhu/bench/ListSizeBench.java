package org.huzhu.bench;

import static org.huzhu.bench.EnrolmentImportBench.field;
import static org.huzhu.bench.EnrolmentImportBench.seconds;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Issue 17's "no slower at 100,000 rows per list than at 1,000": {@code ./huzhu bench-import 100000 --lists 100}
 * enrols {@code rows} new people as one list, then as many again (other people) in {@code lists} lists of
 * {@code rows / lists}, one after the other, each uploaded, checked and submitted as a clerk would, and prints
 * both rates. The job's status is asked every 50 ms, so that the small lists are not billed for the polling.
 */
final class ListSizeBench {

    private static final long POLL_MILLIS = 50;

    private final String app;
    private final String token;
    private final String union;
    private final int rows;
    private final int lists;

    ListSizeBench(String app, String token, String union, int rows, int lists) {
        this.app = app;
        this.token = token;
        this.union = union;
        this.rows = rows;
        this.lists = lists;
    }

    void run() throws Exception {
        int seed = (int) (System.currentTimeMillis() / 1000 % 100_000);
        LocalDate term = EnrolmentImportBench.term(seed);
        long unionId = EnrolmentImportBench.unionId(union);
        int each = rows / lists;
        System.out.printf("enrolment lists into %s, term %s: %,d new people as one list, then %,d others as %,d lists"
                + " of %,d%n", union, term, rows, each * lists, lists, each);
        ClaimsBench.settle();
        double one = enrol(unionId, term, rows, seed);
        System.out.printf("  one list of %,9d   %7.1f s  %,8.0f rows/s%n", rows, one, rows / one);
        ClaimsBench.settle();
        double many = 0;
        for (int k = 0; k < lists; k++) {
            many += enrol(unionId, term, each, seed + 1 + k);
        }
        System.out.printf("  %,d lists of %,9d %7.1f s  %,8.0f rows/s  (the large list at %.1f x the small lists' rate)%n",
                lists, each, many, each * lists / many, (rows / one) / (each * lists / many));
    }

    /** Uploads, checks and submits one list of new people; answers the seconds from the upload to submitted. */
    private double enrol(long unionId, LocalDate term, int count, int seed) throws Exception {
        Path file = Files.createTempFile("enrolment-list", ".csv");
        try {
            EnrolmentImportBench.write(file, count, seed);
            long start = System.nanoTime();
            String done = EnrolmentImportBench.importList(app, token, unionId, file, term, POLL_MILLIS);
            double secs = seconds(start);
            if (!field(done, "enrolledRows").equals(field(done, "goodRows"))) {
                throw new IllegalStateException("list " + field(done, "id") + " enrolled " + field(done, "enrolledRows")
                        + " of " + field(done, "goodRows") + " good rows");
            }
            return secs;
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
