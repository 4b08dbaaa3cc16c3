package org.huzhu.org.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.Set;
import org.huzhu.kernel.identity.Gender;
import org.huzhu.org.api.JobFlag;
import org.huzhu.org.api.MemberView;
import org.huzhu.tenancy.api.TenantScopedEntity;

/**
 * A union member in the tenant's registry. Personal data is held only encrypted (to read it back when
 * needed), as a keyed hash (to find a member by it) and masked (to show it).
 */
@Entity
@Table(name = "member")
public class Member extends TenantScopedEntity {

    @Column(nullable = false)
    private String name;

    @Column(nullable = false, length = 1)
    private String gender;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Column(name = "id_number_cipher", nullable = false)
    private byte[] idNumberCipher;

    @Column(name = "id_number_hash", nullable = false)
    private byte[] idNumberHash;

    @Column(name = "id_number_masked", nullable = false)
    private String idNumberMasked;

    @Column(name = "card_no_hash")
    private byte[] cardNoHash;

    @Column(name = "card_no_cipher")
    private byte[] cardNoCipher;

    @Column(name = "card_no_masked")
    private String cardNoMasked;

    @Column(name = "phone_cipher")
    private byte[] phoneCipher;

    @Column(name = "phone_masked")
    private String phoneMasked;

    @Column(name = "org_unit_id", nullable = false)
    private long orgUnitId;

    @Column(name = "org_path", nullable = false)
    private String orgPath;

    @Column(nullable = false)
    private String status;

    @Column(name = "gig_worker", nullable = false)
    private boolean gigWorker;

    @Column(name = "joined_on", nullable = false)
    private LocalDate joinedOn;

    @Column(name = "outdoor_worker", nullable = false)
    private boolean outdoorWorker;

    @Column(name = "high_temperature", nullable = false)
    private boolean highTemperature;

    @Column(name = "front_line", nullable = false)
    private boolean frontLine;

    @Column(name = "model_worker", nullable = false)
    private boolean modelWorker;

    protected Member() {
    }

    public MemberView toView() {
        return view(new Object[] {id(), name, gender, birthDate, idNumberMasked, cardNoMasked, phoneMasked, orgUnitId,
                status, gigWorker, joinedOn});
    }

    /** What a query selects to build views without building entities (a bulk lookup of thousands of members). */
    public static final String VIEW_SELECT = "m.id, m.name, m.gender, m.birthDate, m.idNumberMasked, m.cardNoMasked, "
            + "m.phoneMasked, m.orgUnitId, m.status, m.gigWorker, m.joinedOn";

    /** A view from the first values of a row selected with {@link #VIEW_SELECT}. */
    public static MemberView view(Object[] r) {
        Gender g = "F".equals(r[2]) ? Gender.FEMALE : Gender.MALE;
        int age = Period.between((LocalDate) r[3], LocalDate.now()).getYears();
        return new MemberView((Long) r[0], (String) r[1], g, age, (String) r[4], (String) r[5],
                (String) r[6], (Long) r[7], (String) r[8], (Boolean) r[9], (LocalDate) r[10]);
    }

    /** A mended card: the encrypted number, its lookup hash and its masked form change together. */
    public void changeCard(byte[] cipher, byte[] hash, String masked) {
        this.cardNoCipher = cipher;
        this.cardNoHash = hash;
        this.cardNoMasked = masked;
    }

    /** The job flags as campaigns select by them (gig work is one of them). */
    public Set<JobFlag> jobFlags() {
        EnumSet<JobFlag> flags = EnumSet.noneOf(JobFlag.class);
        if (outdoorWorker) {
            flags.add(JobFlag.OUTDOOR);
        }
        if (highTemperature) {
            flags.add(JobFlag.HIGH_TEMPERATURE);
        }
        if (frontLine) {
            flags.add(JobFlag.FRONT_LINE);
        }
        if (gigWorker) {
            flags.add(JobFlag.GIG_WORKER);
        }
        if (modelWorker) {
            flags.add(JobFlag.MODEL_WORKER);
        }
        return flags;
    }

    public void changeJobFlags(Set<JobFlag> flags) {
        outdoorWorker = flags.contains(JobFlag.OUTDOOR);
        highTemperature = flags.contains(JobFlag.HIGH_TEMPERATURE);
        frontLine = flags.contains(JobFlag.FRONT_LINE);
        gigWorker = flags.contains(JobFlag.GIG_WORKER);
        modelWorker = flags.contains(JobFlag.MODEL_WORKER);
    }

    /** The entity attribute that holds each flag, for queries that select by flags. */
    public static String attributeOf(JobFlag flag) {
        return switch (flag) {
            case OUTDOOR -> "outdoorWorker";
            case HIGH_TEMPERATURE -> "highTemperature";
            case FRONT_LINE -> "frontLine";
            case GIG_WORKER -> "gigWorker";
            case MODEL_WORKER -> "modelWorker";
        };
    }

    public String orgPath() {
        return orgPath;
    }
}
