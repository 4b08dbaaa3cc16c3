package org.huzhu.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.huzhu.reporting.api.ReportPeriod;
import org.huzhu.reporting.domain.MonthlyReport;
import org.huzhu.tenancy.api.AccessDeniedException;
import org.huzhu.tenancy.api.TenantContext;
import org.huzhu.tenancy.api.TenantEntityManager;

/**
 * The offices' monthly reports, kept as they were made: the office dashboard of a month against the same month
 * last year (the whole office, every plan), as PDF and Excel in Chinese and English, written by
 * {@link MonthlyReportJob} once the month is over and read back by office staff.
 */
@ApplicationScoped
public class MonthlyReports {

    static final List<String> FORMATS = List.of("pdf", "xlsx");
    static final List<String> LANGUAGES = List.of("zh", "en");

    /** A kept file without its content. */
    public record Kept(YearMonth month, String format, String language, int bytes, String sha256,
                       LocalDateTime generatedAt) {
    }

    @Inject
    ReportExports exports;

    @Inject
    TenantEntityManager entityManager;

    @Inject
    TenantContext context;

    /** Makes and keeps the month's files that are not kept yet (all four the first time); returns how many. */
    @Transactional
    public int keep(YearMonth month) {
        Set<String> kept = kept(month).stream().map(k -> k.format() + "/" + k.language()).collect(Collectors.toSet());
        ReportPeriod period = new ReportPeriod(month.atDay(1), month.atEndOfMonth());
        int made = 0;
        for (String format : FORMATS) {
            for (String language : LANGUAGES) {
                if (!kept.contains(format + "/" + language)) {
                    byte[] content = render(format, period, Locale.forLanguageTag(language));
                    entityManager.get().persist(new MonthlyReport(month, format, language, content, sha256(content),
                            LocalDateTime.now()));
                    made++;
                }
            }
        }
        return made;
    }

    /** The kept files, newest month first, at most {@code months} months. */
    public List<Kept> list(int months) {
        requireWholeOffice();
        return entityManager.get().createQuery("select r from MonthlyReport r where r.reportMonth >= :since "
                        + "order by r.reportMonth desc, r.format, r.language", MonthlyReport.class)
                .setParameter("since", YearMonth.now().minusMonths(months).atDay(1)).getResultList().stream()
                .map(MonthlyReports::kept).toList();
    }

    /** One kept file's content; empty when that month, format or language was never kept. */
    public Optional<byte[]> content(YearMonth month, String format, String language) {
        requireWholeOffice();
        return entityManager.get().createQuery("select r from MonthlyReport r where r.reportMonth = :month "
                        + "and r.format = :format and r.language = :language", MonthlyReport.class)
                .setParameter("month", month.atDay(1)).setParameter("format", format)
                .setParameter("language", language).getResultStream().findFirst().map(MonthlyReport::content);
    }

    private List<Kept> kept(YearMonth month) {
        return entityManager.get().createQuery("select r from MonthlyReport r where r.reportMonth = :month",
                MonthlyReport.class).setParameter("month", month.atDay(1)).getResultList().stream()
                .map(MonthlyReports::kept).toList();
    }

    private byte[] render(String format, ReportPeriod period, Locale locale) {
        BiConsumer<ReportPeriod, OutputStream> writer = "pdf".equals(format)
                ? (p, out) -> exports.officePdf(p, null, null, locale, out)
                : (p, out) -> exports.officeWorkbook(p, null, null, locale, out);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.accept(period, out);
        return out.toByteArray();
    }

    private void requireWholeOffice() {
        if (!context.requireCaller().seesWholeTenant()) {
            throw new AccessDeniedException("the monthly reports are the whole office's: office staff only");
        }
    }

    private static Kept kept(MonthlyReport r) {
        return new Kept(r.month(), r.format(), r.language(), r.bytes(), r.sha256(), r.generatedAt());
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
