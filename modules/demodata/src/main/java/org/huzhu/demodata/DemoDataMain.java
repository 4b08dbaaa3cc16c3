package org.huzhu.demodata;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.util.HashMap;
import java.util.Map;
import org.huzhu.kernel.pii.PersonalDataProtector;

/**
 * Adds demo members to an existing tenant from the command line, printing progress and the rate:
 * {@code --jdbc-url URL --user U --password P --pii-key BASE64 --tenant ID --region 1101 --add-members N
 * [--seed S]}. The same seed run again adds further people (the generator mixes in the members already there).
 */
public final class DemoDataMain {

    private static final int REPORT_EVERY = 100_000;

    private DemoDataMain() {
    }

    public static void main(String[] args) {
        try {
            run(options(args));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("usage: --jdbc-url URL --user U --password P --pii-key BASE64 --tenant ID "
                    + "--region 1101 --add-members N [--seed S]");
            System.exit(2);
        }
    }

    private static void run(Map<String, String> options) {
        MysqlDataSource dataSource = new MysqlDataSource();
        dataSource.setURL(required(options, "jdbc-url"));
        try {
            dataSource.setRewriteBatchedStatements(true); // a batch becomes multi-row INSERTs: ~10x the rate
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        dataSource.setUser(options.getOrDefault("user", "root"));
        dataSource.setPassword(options.getOrDefault("password", ""));
        String tenant = required(options, "tenant");
        int count = Integer.parseInt(required(options, "add-members"));
        long start = System.nanoTime();
        int added = new DemoDataGenerator(dataSource, PersonalDataProtector.fromBase64Key(required(options, "pii-key")))
                .onProgress(done -> {
                    if (done % REPORT_EVERY == 0) {
                        double elapsed = (System.nanoTime() - start) / 1e9;
                        System.out.printf("%,d members written (%.0f s, %,.0f rows/s)%n", done, elapsed, done / elapsed);
                    }
                })
                .addMembers(tenant, options.getOrDefault("region", "1101"), count,
                        Long.parseLong(options.getOrDefault("seed", "1")));
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("added %,d members to %s in %.1f s (%,.0f rows/s)%n", added, tenant, seconds,
                added / seconds);
        if (added < count) {
            System.out.printf("%,d generated IDs were already members and were skipped%n", count - added);
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument: " + args[i]);
            }
            boolean hasValue = i + 1 < args.length && !args[i + 1].startsWith("--");
            options.put(args[i].substring(2), hasValue ? args[++i] : "");
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }
}
