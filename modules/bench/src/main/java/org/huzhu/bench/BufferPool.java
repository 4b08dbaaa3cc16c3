package org.huzhu.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Gives the database, for one benchmark, the InnoDB buffer pool the deployment gives it (1 GB, as
 * deploy/k8s/mysql.yaml sets; {@code HUZHU_BENCH_POOL_MB} to choose another) and puts the size it had back after.
 * MariaDB's and MySQL's default is 128 MB, less than the indexes of a million members: with it, the same
 * settlement benchmark took 102 s in one run and 304 s in the next, as pages were read back from disk again and
 * again. Both our import and the raw load it is compared with run with the same pool.
 */
final class BufferPool {

    private final long before;

    private BufferPool(long before) {
        this.before = before;
    }

    static BufferPool forBenchmark() throws Exception {
        long wanted = Long.parseLong(MemberGridBench.env("HUZHU_BENCH_POOL_MB", "1024")) << 20;
        long before = size();
        set(wanted);
        System.out.printf("  InnoDB buffer pool %,d MB for the benchmark (was %,d MB)%n", size() >> 20, before >> 20);
        return new BufferPool(before);
    }

    /** Puts back the size the pool had before the benchmark. */
    void restore() throws Exception {
        set(before);
    }

    /**
     * The database server without a schema: the pool is the server's, and a bench of its own database (reports)
     * runs on a machine where the platform's database was never made.
     */
    static Connection server() throws Exception {
        return java.sql.DriverManager.getConnection("jdbc:mysql://" + MemberGridBench.env("HUZHU_DB_HOST", "127.0.0.1")
                + ":" + MemberGridBench.env("HUZHU_DB_PORT", "3306") + "/", MemberGridBench.env("HUZHU_DB_USER", "root"),
                MemberGridBench.env("HUZHU_DB_PASSWORD", ""));
    }

    private static long size() throws Exception {
        try (Connection c = server(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT @@GLOBAL.innodb_buffer_pool_size")) {
            r.next();
            return r.getLong(1);
        }
    }

    /** Resizing is online on MariaDB 10.11 and MySQL 8; it finishes in the background, so wait for it. */
    private static void set(long bytes) throws Exception {
        try (Connection c = server(); Statement s = c.createStatement()) {
            s.execute("SET GLOBAL innodb_buffer_pool_size = " + bytes);
        }
        for (int i = 0; i < 120 && Math.abs(size() - bytes) > (128L << 20); i++) {
            Thread.sleep(500);
        }
    }
}
