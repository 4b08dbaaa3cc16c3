package org.huzhu.tenancy.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import org.huzhu.kernel.pii.PersonalDataProtector;
import org.huzhu.tenancy.domain.JobFilePiece;

/**
 * The uploaded file of a background job (an enrolment list, a settlement file), kept encrypted in 1 MB pieces
 * in the caller's transaction and read back whole by each run of the job.
 */
@ApplicationScoped
public class JobFiles {

    static final int PIECE = 1 << 20;

    @Inject
    TenantEntityManager entityManager;

    @Inject
    PersonalDataProtector protector;

    public void store(String jobKind, long jobId, byte[] content) {
        for (int piece = 0, from = 0; from < content.length; piece++, from += PIECE) {
            byte[] part = Arrays.copyOfRange(content, from, Math.min(content.length, from + PIECE));
            entityManager.get().persist(new JobFilePiece(jobKind, jobId, piece, protector.encryptBytes(part)));
        }
    }

    public byte[] read(String jobKind, long jobId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        entityManager.get().createQuery("select p from JobFilePiece p where p.jobKind = :kind and p.jobId = :id "
                        + "order by p.piece", JobFilePiece.class).setParameter("kind", jobKind).setParameter("id", jobId)
                .getResultList().forEach(p -> out.writeBytes(protector.decryptBytes(p.content())));
        return out.toByteArray();
    }
}
