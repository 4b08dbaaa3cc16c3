package org.huzhu.relief.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.huzhu.relief.api.Health;
import org.huzhu.relief.api.Occupation;
import org.huzhu.relief.api.Relation;
import org.huzhu.tenancy.api.TenantScopedEntity;

/**
 * A member of a household on a file. The national ID is kept encrypted, as its keyed hash (unique per tenant:
 * one person on one file) and masked; {@code memberId} is set when the person is a registered member too, so a
 * later file held by that member is refused as the same household.
 */
@Entity
@Table(name = "hardship_person")
public class HouseholdPerson extends TenantScopedEntity {

    @Column(name = "file_id", nullable = false)
    private long fileId;
    @Column(nullable = false)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Relation relation;
    @Column(name = "id_cipher", nullable = false)
    private byte[] idCipher;
    @Column(name = "id_hash", nullable = false)
    private byte[] idHash;
    @Column(name = "id_masked", nullable = false)
    private String idMasked;
    @Column(name = "member_id")
    private Long memberId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Health health;
    @Column(name = "income_cipher", nullable = false)
    private byte[] incomeCipher;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Occupation occupation;

    protected HouseholdPerson() {
    }

    @SuppressWarnings("java:S107")
    public HouseholdPerson(long fileId, String name, Relation relation, byte[] idCipher, byte[] idHash,
                           String idMasked, Long memberId, Health health, byte[] incomeCipher, Occupation occupation) {
        this.fileId = fileId;
        this.name = name;
        this.relation = relation;
        this.idCipher = idCipher;
        this.idHash = idHash;
        this.idMasked = idMasked;
        this.memberId = memberId;
        this.health = health;
        this.incomeCipher = incomeCipher;
        this.occupation = occupation;
    }

    public long fileId() { return fileId; }
    public String name() { return name; }
    public Relation relation() { return relation; }
    public String idMasked() { return idMasked; }
    public Health health() { return health; }
    public byte[] incomeCipher() { return incomeCipher; }
    public Occupation occupation() { return occupation; }
}
