package org.huzhu.tenancy.api;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Servers starting at once on a new database of a Galera cluster, each on its own node (as behind HAProxy), a few
 * rounds: every one ends started and every migration is applied once. Without {@link SchemaLock} two nodes apply
 * the same migration and one fails ("Table ... already exists"). Not a CI test (its name is not failsafe's): it needs
 * the three nodes of {@code ./huzhu cluster}, run as docs/CLUSTER.md says ("Schema migrations on Galera").
 */
class SchemaMigrationsOnGalera {

    private static final String[] PORTS = System.getenv().getOrDefault("HUZHU_GALERA_PORTS", "33061 33062 33063")
            .trim().split("\\s+");

    @Test
    void servers_on_different_nodes_apply_every_migration_once() throws Exception {
        for (int round = 0; round < 5; round++) {
            MigrationRace.freshDatabase(MigrationRace.source("127.0.0.1", PORTS[0], ""));
            List<MysqlDataSource> servers = new ArrayList<>();
            for (int i = 0; i < 2 * PORTS.length; i++) {
                servers.add(MigrationRace.source("127.0.0.1", PORTS[i % PORTS.length], MigrationRace.DB));
            }
            List<Integer> applied = MigrationRace.migrateAtOnce(servers);
            for (String port : PORTS) {
                MigrationRace.assertEveryMigrationAppliedOnce(applied,
                        MigrationRace.source("127.0.0.1", port, MigrationRace.DB));
            }
        }
    }
}
