package org.huzhu.reporting.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import org.huzhu.tenancy.api.TenantScopedEntity;

/** One kept file of an office's monthly report: its month, format ("pdf", "xlsx") and language ("zh", "en"). */
@Entity
@Table(name = "monthly_report")
public class MonthlyReport extends TenantScopedEntity {

    @Column(name = "report_month", nullable = false)
    private LocalDate reportMonth;
    @Column(nullable = false)
    private String format;
    @Column(nullable = false)
    private String language;
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;
    @Column(nullable = false)
    private int bytes;
    @Column(nullable = false)
    private String sha256;
    @Column(name = "generated_at", nullable = false)
    private LocalDateTime generatedAt;

    protected MonthlyReport() {
    }

    public MonthlyReport(YearMonth month, String format, String language, byte[] content, String sha256,
                         LocalDateTime generatedAt) {
        this.reportMonth = month.atDay(1);
        this.format = format;
        this.language = language;
        this.content = content.clone();
        this.bytes = content.length;
        this.sha256 = sha256;
        this.generatedAt = generatedAt;
    }

    public YearMonth month() { return YearMonth.from(reportMonth); }
    public String format() { return format; }
    public String language() { return language; }
    public byte[] content() { return content.clone(); }
    public int bytes() { return bytes; }
    public String sha256() { return sha256; }
    public LocalDateTime generatedAt() { return generatedAt; }
}
