package org.huzhu.reporting.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeadquartersRollupTest {

    /** The migration shards what the cities held with MariaDB's CRC32(tenant_id) % 16: the server must agree. */
    @Test
    void a_tenant_s_shard_is_the_one_mariadb_gives_it() {
        // SELECT CRC32('beijing') % 16, CRC32('baoji') % 16, CRC32('t-0001') % 16 -> 13, 10, 9
        assertThat(HeadquartersRollup.shard("beijing")).isEqualTo(13);
        assertThat(HeadquartersRollup.shard("baoji")).isEqualTo(10);
        assertThat(HeadquartersRollup.shard("t-0001")).isEqualTo(9);
    }
}
