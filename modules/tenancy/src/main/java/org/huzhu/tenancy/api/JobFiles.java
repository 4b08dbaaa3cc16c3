package org.huzhu.tenancy.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.huzhu.kernel.pii.PersonalDataProtector;
import org.huzhu.tenancy.domain.JobFilePiece;

/**
 * The uploaded file of a background job (an enrolment list, a settlement file), kept in pieces of 1 MB of the file,
 * each deflated then encrypted, in the caller's transaction and read back whole by each run of the job. Deflated
 * because a list of a million lines (124 MB of CSV) is as big as the database's whole buffer pool here and
 * deflates to about a sixth.
 */
@ApplicationScoped
public class JobFiles {

    static final int PIECE = 1 << 20;

    @Inject
    TenantEntityManager entityManager;

    @Inject
    PersonalDataProtector protector;

    public void store(String jobKind, long jobId, byte[] content) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            for (int piece = 0, from = 0; from < content.length; piece++, from += PIECE) {
                byte[] part = deflate(deflater, content, from, Math.min(content.length, from + PIECE));
                entityManager.get().persist(new JobFilePiece(jobKind, jobId, piece, true, protector.encryptBytes(part)));
            }
        } finally {
            deflater.end();
        }
    }

    public byte[] read(String jobKind, long jobId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Inflater inflater = new Inflater();
        try {
            for (JobFilePiece p : entityManager.get().createQuery("select p from JobFilePiece p where p.jobKind = :kind "
                            + "and p.jobId = :id order by p.piece", JobFilePiece.class).setParameter("kind", jobKind)
                    .setParameter("id", jobId).getResultList()) {
                byte[] part = protector.decryptBytes(p.content());
                out.writeBytes(p.deflated() ? inflate(inflater, part) : part);
            }
        } finally {
            inflater.end();
        }
        return out.toByteArray();
    }

    static byte[] deflate(Deflater deflater, byte[] content, int from, int to) {
        deflater.reset();
        deflater.setInput(content, from, to - from);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream((to - from) / 4 + 64);
        byte[] buffer = new byte[64 * 1024];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        return out.toByteArray();
    }

    static byte[] inflate(Inflater inflater, byte[] deflated) {
        inflater.reset();
        inflater.setInput(deflated);
        ByteArrayOutputStream out = new ByteArrayOutputStream(PIECE);
        byte[] buffer = new byte[64 * 1024];
        try {
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && inflater.needsInput()) {
                    throw new IllegalStateException("a stored file piece ends before its data does");
                }
                out.write(buffer, 0, n);
            }
        } catch (DataFormatException e) {
            throw new IllegalStateException("a stored file piece does not inflate: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }
}
