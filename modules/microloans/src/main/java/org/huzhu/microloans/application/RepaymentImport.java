package org.huzhu.microloans.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.huzhu.microloans.api.RepaymentImportResult;
import org.huzhu.microloans.domain.FileError;
import org.huzhu.microloans.domain.Loan;
import org.huzhu.microloans.domain.LoanRepayment;
import org.huzhu.microloans.domain.RepaymentFile;
import org.huzhu.tenancy.api.Refused;
import org.huzhu.tenancy.api.RetriedOnConflict;
import org.huzhu.tenancy.api.TenantEntityManager;
import org.huzhu.tenancy.api.Translations;

/**
 * The bank's repayment file (docs/loan-repayment-file.md), read and recorded in the request, in one transaction:
 * such files hold one line per instalment paid in a period (hundreds, not millions). Good lines are recorded,
 * bad ones answered with line, field and rule; a line whose bank reference was recorded before is counted as
 * already recorded, so the same file imported twice records nothing twice.
 * A change the database refuses for a conflict (a deadlock, or Galera's certification) is made again whole: all it
 * does is in the database.
 */
@ApplicationScoped
@RetriedOnConflict
public class RepaymentImport {

    @Inject
    TenantEntityManager entityManager;

    @Inject
    LoanService loans;

    @Inject
    Translations translations;

    @Transactional
    public RepaymentImportResult importFile(byte[] content) {
        RepaymentFile.Parsed parsed = RepaymentFile.read(utf8(content), LocalDate.now());
        if (parsed.headerRefused()) {
            throw Refused.badInput("file", "microloans.file.HEADER", String.join(",", RepaymentFile.HEADER_ZH));
        }
        List<FileError> errors = new ArrayList<>(parsed.errors());
        Map<String, Loan> byContract = loansByContract(parsed.lines());
        int recorded = 0;
        int already = 0;
        for (RepaymentFile.Line line : parsed.lines()) {
            Loan loan = byContract.get(line.contractNo());
            FileError problem = problem(line, loan);
            if (problem != null) {
                errors.add(problem);
            } else if (seen(loan.id(), line.reference())) {
                already++;
            } else {
                loans.store(loan, line.payment(), "FILE", line.reference());
                recorded++;
            }
        }
        errors.sort(java.util.Comparator.comparingInt(FileError::line));
        return new RepaymentImportResult(parsed.lines().size() + parsed.errors().size(), recorded, already,
                errors.stream().map(this::problemView).toList());
    }

    private static FileError problem(RepaymentFile.Line line, Loan loan) {
        if (loan == null) {
            return new FileError(line.line(), "contractNo", FileError.UNKNOWN_CONTRACT);
        }
        if (line.payment().instalment() > loan.months()) {
            return new FileError(line.line(), "instalment", FileError.INSTALMENT);
        }
        if (line.payment().paidOn().isBefore(loan.disbursedOn())) {
            return new FileError(line.line(), "paidOn", FileError.BEFORE_DISBURSEMENT);
        }
        return null;
    }

    private Map<String, Loan> loansByContract(List<RepaymentFile.Line> lines) {
        Set<String> contracts = new HashSet<>(lines.stream().map(RepaymentFile.Line::contractNo).toList());
        Map<String, Loan> found = new HashMap<>();
        if (!contracts.isEmpty()) {
            entityManager.get().createQuery("SELECT l FROM Loan l WHERE l.contractNo IN :c", Loan.class)
                    .setParameter("c", contracts).getResultList().forEach(l -> found.put(l.contractNo(), l));
        }
        return found;
    }

    private boolean seen(long loanId, String reference) {
        return !entityManager.get().createQuery("SELECT r FROM LoanRepayment r WHERE r.loanId = :l "
                        + "AND r.reference = :r", LoanRepayment.class).setParameter("l", loanId)
                .setParameter("r", reference).getResultList().isEmpty();
    }

    private RepaymentImportResult.LineProblem problemView(FileError e) {
        String key = "microloans.file." + e.rule();
        return new RepaymentImportResult.LineProblem(e.line(), e.field(), e.rule(),
                translations.text(key, Locale.SIMPLIFIED_CHINESE), translations.text(key, Locale.ENGLISH));
    }

    private static String utf8(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw Refused.badInput("file", "microloans.file.ENCODING");
        }
    }
}
