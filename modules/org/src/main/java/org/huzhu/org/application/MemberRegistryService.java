package org.huzhu.org.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.huzhu.kernel.identity.Gender;
import org.huzhu.kernel.pii.Masking;
import org.huzhu.kernel.pii.PersonalDataProtector;
import org.huzhu.org.api.MemberRegistry;
import org.huzhu.org.api.NewMember;
import org.huzhu.org.domain.Member;
import org.huzhu.org.domain.OrgUnit;
import org.huzhu.tenancy.api.TenantEntityManager;
import org.huzhu.tenancy.api.TenantSql;

/**
 * Registers enrolment lists in the member registry a chunk at a time. Preparing, outside any transaction: one query
 * finds who is known, the others' rows are built. Registering, in the caller's transaction: one load adds the new
 * people (skipping any registered since), one update moves the known ones to the enrolling union, and the new ids
 * are read back by primary key.
 */
@ApplicationScoped
public class MemberRegistryService implements MemberRegistry {

    private static final List<String> COLUMNS = List.of("name", "gender", "birth_date", "id_number_cipher",
            "id_number_hash", "id_number_masked", "card_no_hash", "card_no_cipher", "card_no_masked", "phone_cipher",
            "phone_masked",
            "org_unit_id", "org_path", "status", "gig_worker", "joined_on", "version");

    @Inject
    TenantEntityManager entityManager;

    @Inject
    TenantSql sql;

    @Inject
    PersonalDataProtector protector;

    @Override
    public Map<ByteBuffer, Long> idsByNationalId(Collection<ByteBuffer> idNumberHashes) {
        Map<ByteBuffer, Long> ids = new HashMap<>();
        if (idNumberHashes.isEmpty()) {
            return ids;
        }
        // native: a JPQL IN list of thousands has its SQL written anew on every call
        sql.select("member", "id_number_hash, id", "id_number_hash IN (" + TenantSql.marks(idNumberHashes.size()) + ")",
                "", idNumberHashes.stream().map(ByteBuffer::array).toList(),
                r -> ids.put(ByteBuffer.wrap(r.getBytes(1)), r.getLong(2)));
        return ids;
    }

    @Override
    public Map<ByteBuffer, Claimant> claimantsByNationalId(Collection<ByteBuffer> idNumberHashes) {
        Map<ByteBuffer, Claimant> found = new HashMap<>();
        if (idNumberHashes.isEmpty()) {
            return found;
        }
        java.util.Set<String> agencies = new java.util.HashSet<>(entityManager.get().createQuery(
                "select u.id from OrgUnit u where u.kind = :agency", Long.class)
                .setParameter("agency", org.huzhu.org.api.OrgUnitKind.AGENCY_OFFICE).getResultStream()
                .map(String::valueOf).toList());
        List<byte[]> hashes = idNumberHashes.stream().map(ByteBuffer::array).toList();
        entityManager.get().createQuery("select " + Member.VIEW_SELECT + ", m.orgPath, m.idNumberHash from Member m "
                        + "where m.idNumberHash in :hashes", Object[].class)
                .setParameter("hashes", hashes).getResultList().forEach(r -> {
                    String path = (String) r[11];
                    Long agency = null;
                    for (String unit : path.split("/")) {
                        agency = agencies.contains(unit) ? Long.valueOf(unit) : agency;
                    }
                    found.put(ByteBuffer.wrap((byte[]) r[12]), new Claimant(Member.view(r), path, agency));
                });
        return found;
    }

    @Override
    public Prepared prepare(List<NewMember> people, long unionId) {
        OrgUnit union = entityManager.get().find(OrgUnit.class, unionId);
        if (union == null) {
            throw new IllegalArgumentException("no grassroots union " + unionId + " in this tenant");
        }
        List<ByteBuffer> hashes = new ArrayList<>(people.size());
        Map<ByteBuffer, NewMember> byHash = new HashMap<>();
        for (NewMember person : people) {
            ByteBuffer hash = ByteBuffer.wrap(protector.lookupHash(person.idNumber().value()));
            hashes.add(hash);
            byHash.putIfAbsent(hash, person);
        }
        Map<ByteBuffer, Long> known = idsByNationalId(byHash.keySet());
        List<Object[]> rows = new ArrayList<>();
        List<ByteBuffer> adding = new ArrayList<>();
        byHash.forEach((hash, person) -> {
            if (!known.containsKey(hash)) {
                rows.add(row(person, hash.array(), union));
                adding.add(hash);
            }
        });
        return new PreparedMembers(union.id(), union.path(), hashes, known, adding, rows);
    }

    /** A prepared chunk: the known members' ids, the new people's hashes and rows. */
    private record PreparedMembers(long unionId, String unionPath, List<ByteBuffer> hashes, Map<ByteBuffer, Long> known,
                                   List<ByteBuffer> adding, List<Object[]> rows) implements Prepared {
    }

    @Override
    public Map<ByteBuffer, Long> register(Prepared prepared) {
        PreparedMembers chunk = (PreparedMembers) prepared;
        TenantSql.Inserted inserted = sql.insertForIds("member", COLUMNS, chunk.rows(), TenantSql.KEEP_STORED);
        List<Long> moving = new ArrayList<>(chunk.known().values());
        if (!moving.isEmpty()) {
            entityManager.get().createQuery("update Member m set m.orgUnitId = :union, m.orgPath = :path "
                            + "where m.id in :ids and m.orgUnitId <> :union")
                    .setParameter("union", chunk.unionId()).setParameter("path", chunk.unionPath())
                    .setParameter("ids", moving).executeUpdate();
        }
        if (chunk.rows().isEmpty()) {
            return chunk.known();
        }
        Map<ByteBuffer, Long> ids = new HashMap<>(chunk.known());
        ids.putAll(addedIds(chunk.adding(), inserted));
        return ids;
    }

    /**
     * The ids of the people just added: read forward by the primary key from the first id generated (one range of
     * rows just written, instead of a lookup by keyed hash per person), then any not found there by their hash.
     */
    private Map<ByteBuffer, Long> addedIds(List<ByteBuffer> adding, TenantSql.Inserted inserted) {
        Set<ByteBuffer> wanted = new HashSet<>(adding);
        Map<ByteBuffer, Long> ids = sql.idsFrom("member", "id_number_hash", inserted, wanted,
                r -> ByteBuffer.wrap(r.getBytes(1)));
        if (ids.size() < wanted.size()) {
            ids.putAll(idsByNationalId(wanted.stream().filter(h -> !ids.containsKey(h)).toList()));
        }
        return ids;
    }

    private Object[] row(NewMember p, byte[] idHash, OrgUnit union) {
        String id = p.idNumber().value();
        boolean card = p.cardNo() != null && !p.cardNo().isBlank();
        boolean phone = p.phone() != null && !p.phone().isBlank();
        return new Object[] {p.name(), p.idNumber().gender() == Gender.FEMALE ? "F" : "M", p.idNumber().birthDate(),
                protector.encrypt(id), idHash, Masking.idNumber(id),
                card ? protector.lookupHash(p.cardNo()) : null, card ? protector.encrypt(p.cardNo()) : null,
                card ? Masking.cardNo(p.cardNo()) : null,
                phone ? protector.encrypt(p.phone()) : null, phone ? Masking.phone(p.phone()) : null,
                union.id(), union.path(), "ACTIVE", false, LocalDate.now(), 0L};
    }
}
