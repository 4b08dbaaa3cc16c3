package org.huzhu.org.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.huzhu.org.api.MemberPhones;
import org.huzhu.org.api.NoticeContact;
import org.huzhu.tenancy.api.TenantEntityManager;

/** Reads members' encrypted phone numbers for notices (tenant-filtered; the caller decides whom to notify). */
@ApplicationScoped
public class MemberPhonesService implements MemberPhones {

    @Inject
    TenantEntityManager entityManager;

    @Override
    public Map<Long, byte[]> phoneCiphers(Collection<Long> memberIds) {
        Map<Long, byte[]> phones = new HashMap<>();
        if (memberIds.isEmpty()) {
            return phones;
        }
        entityManager.get().createQuery("select m.id, m.phoneCipher from Member m where m.id in :ids "
                        + "and m.phoneCipher is not null", Object[].class)
                .setParameter("ids", memberIds).getResultList()
                .forEach(r -> phones.put((Long) r[0], (byte[]) r[1]));
        return phones;
    }

    @Override
    public Map<Long, NoticeContact> contacts(Collection<Long> memberIds) {
        Map<Long, NoticeContact> contacts = new HashMap<>();
        if (memberIds.isEmpty()) {
            return contacts;
        }
        entityManager.get().createQuery("select m.id, m.name, m.idNumberMasked, m.phoneCipher from Member m "
                        + "where m.id in :ids", Object[].class)
                .setParameter("ids", memberIds).getResultList()
                .forEach(r -> contacts.put((Long) r[0], new NoticeContact((Long) r[0], (String) r[1], (String) r[2],
                        (byte[]) r[3])));
        return contacts;
    }
}
