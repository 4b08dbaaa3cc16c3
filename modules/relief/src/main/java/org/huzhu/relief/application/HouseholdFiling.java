package org.huzhu.relief.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.huzhu.kernel.identity.InvalidNationalIdException;
import org.huzhu.kernel.identity.NationalId;
import org.huzhu.kernel.pii.PersonalDataProtector;
import org.huzhu.org.api.MemberRegistry;
import org.huzhu.relief.api.HardshipRegister.FileForm;
import org.huzhu.relief.api.HardshipRegister.MeansForm;
import org.huzhu.relief.api.HardshipRegister.MeasureForm;
import org.huzhu.relief.api.HardshipRegister.PersonForm;
import org.huzhu.relief.domain.HardshipFile;
import org.huzhu.relief.domain.HouseholdPerson;
import org.huzhu.tenancy.api.Refused;
import org.huzhu.tenancy.api.TenantEntityManager;

/**
 * One file per household (一户一档): a household is refused a second file when its member already holds one,
 * when the member is listed in another file's household, or when one of its people's national IDs is already
 * on a file (found by keyed hash, so no ID is decrypted to compare). The refusal names the first file. The unique
 * keys on member and ID hash hold the rule against two clerks filing at the same moment.
 */
@RequestScoped
public class HouseholdFiling {

    static final int MAX_NOTE = 500;
    static final int MAX_HOUSEHOLD = 20;

    @Inject
    TenantEntityManager entityManager;
    @Inject
    PersonalDataProtector protector;
    @Inject
    MemberRegistry registry;

    void refuseSecondFile(long memberId, List<PersonForm> household) {
        firstFileOf(memberId).ifPresent(HouseholdFiling::refuse);
        Map<ByteBuffer, Integer> hashes = hashes(household);
        if (!hashes.isEmpty()) {
            List<Long> onFile = entityManager.get().createQuery("select p.fileId from HouseholdPerson p "
                            + "where p.idHash in :hashes", Long.class)
                    .setParameter("hashes", hashes.keySet().stream().map(ByteBuffer::array).toList())
                    .setMaxResults(1).getResultList();
            if (!onFile.isEmpty()) {
                refuse(entityManager.get().find(HardshipFile.class, onFile.get(0)));
            }
            for (Long member : registry.idsByNationalId(hashes.keySet()).values()) {
                firstFileOf(member).ifPresent(HouseholdFiling::refuse);
            }
        }
    }

    private java.util.Optional<HardshipFile> firstFileOf(long memberId) {
        java.util.Optional<HardshipFile> held = entityManager.get().createQuery(
                        "select f from HardshipFile f where f.memberId = :m", HardshipFile.class)
                .setParameter("m", memberId).getResultStream().findFirst();
        if (held.isPresent()) {
            return held;
        }
        return entityManager.get().createQuery("select p.fileId from HouseholdPerson p where p.memberId = :m", Long.class)
                .setParameter("m", memberId).setMaxResults(1).getResultStream().findFirst()
                .map(id -> entityManager.get().find(HardshipFile.class, id));
    }

    private static void refuse(HardshipFile first) {
        throw Refused.conflict("relief.refused.secondFile", String.valueOf(first.id()), first.memberName());
    }

    void addHousehold(long fileId, List<PersonForm> household) {
        Map<ByteBuffer, Integer> hashes = hashes(household);
        Map<ByteBuffer, Long> asMembers = hashes.isEmpty() ? Map.of() : registry.idsByNationalId(hashes.keySet());
        for (Map.Entry<ByteBuffer, Integer> entry : hashes.entrySet()) {
            PersonForm person = household.get(entry.getValue());
            NationalId id = NationalId.parse(person.idNumber());
            entityManager.get().persist(new HouseholdPerson(fileId, person.name().strip(), person.relation(),
                    protector.encrypt(id.value()), entry.getKey().array(), id.masked(), asMembers.get(entry.getKey()),
                    person.health(), protector.encrypt(Long.toString(person.incomeFen())), person.occupation()));
        }
    }

    /** Each person's ID hash, in the order given; an ID twice in one household is refused. */
    private Map<ByteBuffer, Integer> hashes(List<PersonForm> household) {
        Map<ByteBuffer, Integer> hashes = new java.util.LinkedHashMap<>();
        for (int i = 0; i < household.size(); i++) {
            ByteBuffer hash = ByteBuffer.wrap(protector.lookupHash(NationalId.parse(household.get(i).idNumber()).value()));
            if (hashes.putIfAbsent(hash, i) != null) {
                throw Refused.badInput("household[" + i + "].idNumber", "relief.refused.idTwice");
            }
        }
        return hashes;
    }

    // --- the form's own rules, before anything is read ---

    static void requireForm(FileForm form) {
        if (form == null || form.memberId() <= 0) {
            throw Refused.badInput("memberId", "relief.refused.required");
        }
        requireMeans(form.means());
        List<PersonForm> household = form.household() == null ? List.of() : form.household();
        if (household.size() > MAX_HOUSEHOLD) {
            throw Refused.badInput("household", "relief.refused.householdSize", MAX_HOUSEHOLD);
        }
        for (int i = 0; i < household.size(); i++) {
            requirePerson("household[" + i + "].", household.get(i));
        }
    }

    private static void requirePerson(String at, PersonForm person) {
        if (person == null || person.name() == null || person.name().isBlank() || person.name().length() > 60) {
            throw Refused.badInput(at + "name", "relief.refused.name");
        }
        if (person.relation() == null || person.health() == null || person.occupation() == null) {
            throw Refused.badInput(at + (person.relation() == null ? "relation"
                    : person.health() == null ? "health" : "occupation"), "relief.refused.required");
        }
        if (person.incomeFen() < 0) {
            throw Refused.badInput(at + "incomeFen", "relief.refused.amount");
        }
        try {
            NationalId.parse(person.idNumber());
        } catch (InvalidNationalIdException e) {
            throw Refused.badInput(at + "idNumber", "relief.refused.idNumber");
        }
    }

    static void requireMeans(MeansForm means) {
        if (means == null) {
            throw Refused.badInput("means", "relief.refused.required");
        }
        if (means.householdIncomeFen() < 0 || means.fixedCostsFen() < 0 || means.illnessCostsFen() < 0) {
            throw Refused.badInput("means", "relief.refused.amount");
        }
        if (means.causes() == null || means.causes().isEmpty() || means.causes().stream().anyMatch(java.util.Objects::isNull)) {
            throw Refused.badInput("means.causes", "relief.refused.causes");
        }
    }

    static void requireMeasure(MeasureForm measure) {
        if (measure == null || measure.kind() == null) {
            throw Refused.badInput("kind", "relief.refused.required");
        }
        requireDate("takenOn", measure.takenOn());
        if (measure.amountFen() < 0) {
            throw Refused.badInput("amountFen", "relief.refused.amount");
        }
        note(measure.note());
    }

    static void requireDate(String field, LocalDate date) {
        if (date == null) {
            throw Refused.badInput(field, "relief.refused.required");
        }
    }

    static String note(String note) {
        if (note != null && note.length() > MAX_NOTE) {
            throw Refused.badInput("note", "relief.refused.noteLength", MAX_NOTE);
        }
        return note == null || note.isBlank() ? null : note.strip();
    }
}
