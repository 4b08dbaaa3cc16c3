package org.huzhu.org.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
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
 * Registers enrolment lists in the member registry a chunk at a time: one query finds who is known, one
 * batch adds the rest, one update moves the known ones to the enrolling union. The caller's transaction
 * spans all three.
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
        List<byte[]> hashes = idNumberHashes.stream().map(b -> b.array()).toList();
        entityManager.get().createQuery("select m.idNumberHash, m.id from Member m where m.idNumberHash in :hashes",
                        Object[].class).setParameter("hashes", hashes).getResultList()
                .forEach(row -> ids.put(ByteBuffer.wrap((byte[]) row[0]), (Long) row[1]));
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
    public Registered register(List<NewMember> people, long unionId) {
        OrgUnit union = entityManager.get().find(OrgUnit.class, unionId);
        if (union == null) {
            throw new IllegalArgumentException("no grassroots union " + unionId + " in this tenant");
        }
        Map<ByteBuffer, NewMember> byHash = new HashMap<>();
        people.forEach(p -> byHash.putIfAbsent(ByteBuffer.wrap(protector.lookupHash(p.idNumber().value())), p));
        Map<ByteBuffer, Long> known = idsByNationalId(byHash.keySet());
        List<Object[]> rows = new ArrayList<>();
        List<ByteBuffer> adding = new ArrayList<>();
        byHash.forEach((hash, person) -> {
            if (!known.containsKey(hash)) {
                rows.add(row(person, hash.array(), union));
                adding.add(hash);
            }
        });
        sql.insert("member", COLUMNS, rows, "id = id");
        List<Long> moving = new ArrayList<>(known.values());
        if (!moving.isEmpty()) {
            entityManager.get().createQuery("update Member m set m.orgUnitId = :union, m.orgPath = :path "
                            + "where m.id in :ids and m.orgUnitId <> :union")
                    .setParameter("union", unionId).setParameter("path", union.path()).setParameter("ids", moving)
                    .executeUpdate();
        }
        if (rows.isEmpty()) {
            return new Registered(known, Set.of());
        }
        Map<ByteBuffer, Long> ids = new HashMap<>(known);
        ids.putAll(idsByNationalId(adding)); // only those added: the known ones' ids were read above
        return new Registered(ids, adding.stream().map(ids::get).filter(Objects::nonNull).collect(Collectors.toSet()));
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
