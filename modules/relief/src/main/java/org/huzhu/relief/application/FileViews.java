package org.huzhu.relief.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.huzhu.kernel.pii.PersonalDataProtector;
import org.huzhu.relief.api.HardshipRegister.FileView;
import org.huzhu.relief.api.HardshipRegister.MeasureView;
import org.huzhu.relief.api.HardshipRegister.PersonView;
import org.huzhu.relief.api.HardshipRegister.VisitView;
import org.huzhu.relief.domain.HardshipFile;
import org.huzhu.relief.domain.HardshipMeasure;
import org.huzhu.relief.domain.HardshipVisit;
import org.huzhu.relief.domain.HouseholdPerson;
import org.huzhu.tenancy.api.TenantEntityManager;

/** Files as answers: amounts decrypted for the clerk who may see the file, national IDs only masked. */
@RequestScoped
public class FileViews {

    @Inject
    TenantEntityManager entityManager;
    @Inject
    PersonalDataProtector protector;

    /** The whole file: household, measures and visits. */
    FileView of(HardshipFile file) {
        long id = file.id();
        List<PersonView> household = entityManager.get().createQuery("select p from HouseholdPerson p "
                        + "where p.fileId = :f order by p.id", HouseholdPerson.class).setParameter("f", id)
                .getResultList().stream().map(p -> new PersonView(p.id(), p.name(), p.relation(), p.idMasked(),
                        p.health(), fen(p.incomeCipher()), p.occupation())).toList();
        List<MeasureView> measures = entityManager.get().createQuery("select m from HardshipMeasure m "
                        + "where m.fileId = :f order by m.takenOn, m.id", HardshipMeasure.class).setParameter("f", id)
                .getResultList().stream().map(m -> new MeasureView(m.kind(), m.takenOn(), m.amountFen(), m.note(),
                        m.recordedBy())).toList();
        List<VisitView> visits = entityManager.get().createQuery("select v from HardshipVisit v "
                        + "where v.fileId = :f order by v.visitedOn, v.id", HardshipVisit.class).setParameter("f", id)
                .getResultList().stream().map(v -> new VisitView(v.visitedOn(), v.visitor(), v.note())).toList();
        return view(file, household, measures, visits);
    }

    /** A line of a list: the file's own fields, no household. */
    FileView summary(HardshipFile file) {
        return view(file, List.of(), List.of(), List.of());
    }

    private FileView view(HardshipFile f, List<PersonView> household, List<MeasureView> measures,
                          List<VisitView> visits) {
        return new FileView(f.id(), f.memberId(), f.memberName(), f.category(), f.status(), f.householdSize(),
                fen(f.incomeCipher()), fen(f.fixedCostsCipher()), fen(f.illnessCostsCipher()), f.incomePerHeadFen(),
                f.causes(), f.modelWorker(), f.filedOn(), f.filedBy(), f.reviewedOn(), f.reviewDue(), f.outOn(),
                f.outReason(), household, measures, visits);
    }

    private long fen(byte[] cipher) {
        return Long.parseLong(protector.decrypt(cipher));
    }
}
