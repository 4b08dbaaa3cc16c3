package org.huzhu.tenancy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.huzhu.tenancy.api.TenantScopedEntity;

/** A queued notice, or a list of them (see {@code Notices}); written in bulk, sent and marked one by one. */
@Entity
@Table(name = "notice_outbox")
public class OutboxNotice extends TenantScopedEntity {

    @Column(name = "member_id")
    private long memberId;
    private String channel;
    private String kind;
    private String reference;
    @Column(name = "phone_cipher")
    private byte[] phoneCipher;
    private String body;
    @Column(name = "sent_at")
    private LocalDateTime sentAt;
    private int attempts;
    @Column(name = "member_ids")
    private byte[] memberIds;

    protected OutboxNotice() {
    }

    public void sent() {
        sentAt = LocalDateTime.now();
        attempts++;
    }

    public void failedAttempt() {
        attempts++;
    }

    /** A row standing for one notice to each member it lists ({@code NoticeList}). */
    public boolean isList() {
        return memberIds != null;
    }

    public java.util.List<Long> listedMembers() {
        return MemberIdPack.unpack(memberIds);
    }

    public String reference() {
        return reference;
    }

    public boolean bySms() {
        return "SMS".equals(channel);
    }

    public byte[] phoneCipher() {
        return phoneCipher;
    }

    public String body() {
        return body;
    }

    public String kind() {
        return kind;
    }
}
