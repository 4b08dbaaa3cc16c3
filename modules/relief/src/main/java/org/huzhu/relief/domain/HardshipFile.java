package org.huzhu.relief.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.huzhu.relief.api.HardshipCategory;
import org.huzhu.relief.api.HardshipCause;
import org.huzhu.relief.api.HardshipStatus;
import org.huzhu.relief.api.OutOfHardshipReason;
import org.huzhu.tenancy.api.TenantScopedEntity;

/**
 * One household's file, held by a member. Amounts arrive in clear and are kept encrypted (the ciphers are made
 * by the application layer's protector); the income per head a month stays in clear for category and figures.
 */
@Entity
@Table(name = "hardship_file")
public class HardshipFile extends TenantScopedEntity {

    @Column(name = "member_id", nullable = false)
    private long memberId;
    @Column(name = "member_name", nullable = false)
    private String memberName;
    @Column(name = "org_path", nullable = false)
    private String orgPath;
    @Column(name = "household_size", nullable = false)
    private int householdSize;
    @Column(name = "income_cipher", nullable = false)
    private byte[] incomeCipher;
    @Column(name = "fixed_costs_cipher", nullable = false)
    private byte[] fixedCostsCipher;
    @Column(name = "illness_costs_cipher", nullable = false)
    private byte[] illnessCostsCipher;
    @Column(name = "income_per_head_fen", nullable = false)
    private long incomePerHeadFen;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private HardshipCategory category;
    @Column(nullable = false)
    private String causes;
    @Column(name = "model_worker", nullable = false)
    private boolean modelWorker;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private HardshipStatus status;
    @Column(name = "out_on")
    private LocalDate outOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "out_reason")
    private OutOfHardshipReason outReason;
    @Column(name = "filed_by", nullable = false)
    private String filedBy;
    @Column(name = "filed_on", nullable = false)
    private LocalDate filedOn;
    @Column(name = "reviewed_on", nullable = false)
    private LocalDate reviewedOn;

    protected HardshipFile() {
    }

    public HardshipFile(long memberId, String memberName, String orgPath, boolean modelWorker, String filedBy,
                        LocalDate filedOn) {
        this.memberId = memberId;
        this.memberName = memberName;
        this.orgPath = orgPath;
        this.modelWorker = modelWorker;
        this.filedBy = filedBy;
        this.filedOn = filedOn;
        this.reviewedOn = filedOn;
        this.status = HardshipStatus.IN_HARDSHIP;
    }

    /** New figures, already encrypted, with the category they give. */
    public void means(int householdSize, byte[] income, byte[] fixedCosts, byte[] illnessCosts, long incomePerHead,
                      HardshipCategory category, List<HardshipCause> causes) {
        this.householdSize = householdSize;
        this.incomeCipher = income;
        this.fixedCostsCipher = fixedCosts;
        this.illnessCostsCipher = illnessCosts;
        this.incomePerHeadFen = incomePerHead;
        this.category = category;
        this.causes = String.join(",", causes.stream().map(Enum::name).distinct().toList());
    }

    public void reviewed(LocalDate on) {
        this.reviewedOn = on;
    }

    /** Out of hardship on a day, for a reason; a closed file is not closed again (the first closing stands). */
    public boolean close(LocalDate on, OutOfHardshipReason reason) {
        if (status == HardshipStatus.OUT_OF_HARDSHIP) {
            return false;
        }
        this.status = HardshipStatus.OUT_OF_HARDSHIP;
        this.outOn = on;
        this.outReason = reason;
        return true;
    }

    /** The yearly review is due a year after the last one. */
    public LocalDate reviewDue() {
        return reviewedOn.plusYears(1);
    }

    public long memberId() { return memberId; }
    public String memberName() { return memberName; }
    public String orgPath() { return orgPath; }
    public int householdSize() { return householdSize; }
    public byte[] incomeCipher() { return incomeCipher; }
    public byte[] fixedCostsCipher() { return fixedCostsCipher; }
    public byte[] illnessCostsCipher() { return illnessCostsCipher; }
    public long incomePerHeadFen() { return incomePerHeadFen; }
    public HardshipCategory category() { return category; }
    public boolean modelWorker() { return modelWorker; }
    public HardshipStatus status() { return status; }
    public LocalDate outOn() { return outOn; }
    public OutOfHardshipReason outReason() { return outReason; }
    public String filedBy() { return filedBy; }
    public LocalDate filedOn() { return filedOn; }
    public LocalDate reviewedOn() { return reviewedOn; }

    public List<HardshipCause> causes() {
        return causes.isEmpty() ? List.of()
                : Arrays.stream(causes.split(",")).map(HardshipCause::valueOf).toList();
    }
}
