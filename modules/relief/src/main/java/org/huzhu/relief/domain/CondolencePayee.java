package org.huzhu.relief.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.List;
import org.huzhu.tenancy.api.TenantScopedEntity;

/**
 * A person who is not a member, listed on a non-member charity item by the office. The national ID and the bank
 * card are personal data, kept as members' are: encrypted, the ID's keyed hash (unique per item: one person once)
 * and masked forms to show; the card is decrypted only when a payout run writes the bank file. A list is written
 * in one batch in the order it was entered ({@link #COLUMNS}), so the payees' ids, which order their lines, follow
 * the rows (EclipseLink would insert new entities of one class in any order).
 */
@Entity
@Table(name = "condolence_payee")
public class CondolencePayee extends TenantScopedEntity {

    public static final List<String> COLUMNS = List.of("item_id", "name", "id_cipher", "id_hash", "id_masked",
            "card_cipher", "card_hash", "card_masked", "reason", "added_by", "added_at", "version");

    @Column(name = "item_id", nullable = false)
    private long itemId;
    @Column(nullable = false)
    private String name;
    @Column(name = "id_cipher", nullable = false)
    private byte[] idCipher;
    @Column(name = "id_hash", nullable = false)
    private byte[] idHash;
    @Column(name = "id_masked", nullable = false)
    private String idMasked;
    @Column(name = "card_cipher", nullable = false)
    private byte[] cardCipher;
    @Column(name = "card_hash", nullable = false)
    private byte[] cardHash;
    @Column(name = "card_masked", nullable = false)
    private String cardMasked;
    @Column
    private String reason;
    @Column(name = "added_by", nullable = false)
    private String addedBy;
    @Column(name = "added_at", nullable = false)
    private LocalDateTime addedAt;

    protected CondolencePayee() {
    }

    /** {@code person}: the checked entry; the ciphers and hashes made of it by the caller's protector. */
    @SuppressWarnings("java:S107")
    public CondolencePayee(long itemId, PayeeEntry person, byte[] idCipher, byte[] idHash, byte[] cardCipher,
                           byte[] cardHash, String addedBy, LocalDateTime addedAt) {
        this.itemId = itemId;
        this.name = person.name();
        this.idCipher = idCipher;
        this.idHash = idHash;
        this.idMasked = person.idNumber().masked();
        this.cardCipher = cardCipher;
        this.cardHash = cardHash;
        this.cardMasked = person.cardMasked();
        this.reason = person.reason();
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    /** The bulk insert's values, in the order of {@link #COLUMNS}. */
    public Object[] values() {
        return new Object[] {itemId, name, idCipher, idHash, idMasked, cardCipher, cardHash, cardMasked, reason,
                addedBy, addedAt, 0L};
    }

    public long itemId() { return itemId; }
    public String name() { return name; }
    public String idMasked() { return idMasked; }
    public byte[] cardCipher() { return cardCipher; }
    public String cardMasked() { return cardMasked; }
    public String reason() { return reason; }
}
