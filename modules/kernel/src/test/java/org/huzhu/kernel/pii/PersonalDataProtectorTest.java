package org.huzhu.kernel.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class PersonalDataProtectorTest {

    private static final String KEY_A = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII));
    private static final String KEY_B = Base64.getEncoder().encodeToString("fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII));
    private static final String ID = "11010519491231002X";

    private final PersonalDataProtector a = PersonalDataProtector.fromBase64Key(KEY_A);

    @Test
    void encrypted_values_round_trip_and_differ_each_time() {
        byte[] first = a.encrypt(ID);
        byte[] second = a.encrypt(ID);
        assertThat(first).isNotEqualTo(second);
        assertThat(a.decrypt(first)).isEqualTo(ID);
        assertThat(a.decrypt(second)).isEqualTo(ID);
    }

    @Test
    void the_stored_bytes_do_not_contain_the_number() {
        String stored = new String(a.encrypt(ID), StandardCharsets.ISO_8859_1);
        assertThat(stored).doesNotContain("19491231").doesNotContain(ID);
    }

    @Test
    void another_key_cannot_read_it() {
        byte[] stored = a.encrypt(ID);
        assertThatThrownBy(() -> PersonalDataProtector.fromBase64Key(KEY_B).decrypt(stored))
                .hasMessageContaining("cannot decrypt");
    }

    @Test
    void a_changed_byte_is_detected_not_decrypted_to_something_else() {
        byte[] stored = a.encrypt(ID);
        stored[stored.length - 20] ^= 1;
        assertThatThrownBy(() -> a.decrypt(stored)).hasMessageContaining("cannot decrypt");
        assertThatThrownBy(() -> a.decrypt(new byte[5])).hasMessageContaining("too short");
    }

    @Test
    void it_is_fast_and_safe_from_many_threads() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                String value = ID.substring(0, 17) + t;
                results.add(pool.submit(() -> {
                    boolean ok = true;
                    for (int i = 0; i < 5_000; i++) {
                        ok &= a.decrypt(a.encrypt(value)).equals(value) && a.lookupHash(value).length == 32;
                    }
                    return ok;
                }));
            }
            for (java.util.concurrent.Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void lookup_hashes_are_deterministic_and_depend_on_the_key() {
        assertThat(a.lookupHash(ID)).hasSize(32).isEqualTo(PersonalDataProtector.fromBase64Key(KEY_A).lookupHash(ID));
        assertThat(a.lookupHash(ID)).isNotEqualTo(PersonalDataProtector.fromBase64Key(KEY_B).lookupHash(ID));
        assertThat(a.lookupHash(ID)).isNotEqualTo(a.lookupHash("110105194912310011"));
    }

    @Test
    void a_missing_or_short_key_is_refused_clearly() {
        assertThatThrownBy(() -> PersonalDataProtector.fromBase64Key("")).hasMessageContaining("HUZHU_PII_KEY");
        assertThatThrownBy(() -> PersonalDataProtector.fromBase64Key("c2hvcnQ=")).hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> PersonalDataProtector.fromBase64Key("not base64 at all!"))
                .hasMessageContaining("not valid base64").hasMessageNotContaining("!");
    }

    @Test
    void masks_keep_only_what_identifies_for_a_person() {
        assertThat(Masking.idNumber(ID)).isEqualTo("110105********002X");
        assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
        assertThat(Masking.cardNo("6215123412341234567")).isEqualTo("6215****4567");
        assertThat(Masking.phone("123")).isEqualTo("***");
        assertThat(Masking.idNumber(null)).isEmpty();
        assertThat(Masking.cardNo("12345")).isEqualTo("*****");
    }
}
