package org.huzhu.relief.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.huzhu.kernel.pii.PersonalDataProtector;
import org.huzhu.relief.api.CondolenceItems.PayeeForm;
import org.huzhu.relief.api.CondolenceItems.PayeeView;
import org.huzhu.relief.domain.CondolenceItem;
import org.huzhu.relief.domain.CondolencePayee;
import org.huzhu.relief.domain.CondolenceRule;
import org.huzhu.relief.domain.PayeeEntry;
import org.huzhu.tenancy.api.Refused;
import org.huzhu.tenancy.api.TenantEntityManager;
import org.huzhu.tenancy.api.TenantSql;

/**
 * The non-member payees of a charity item. Every row is checked before anything is written (400 naming the row
 * and field), then the same person (by the ID's keyed hash, nothing decrypted to compare) is refused a second place
 * on the item, naming the row; the caller holds the item's row lock, so two clerks adding the same person at once
 * wait for each other, and the unique key on (item, ID hash) is the last guard.
 */
@RequestScoped
public class CondolencePayeeList {

    static final int MAX_PER_CALL = 1_000;
    static final int MAX_PER_ITEM = 10_000;

    @Inject
    TenantEntityManager entityManager;
    @Inject
    PersonalDataProtector protector;
    @Inject
    TenantSql sql;

    void add(CondolenceItem item, List<PayeeForm> forms, String actor) {
        if (forms == null || forms.isEmpty() || forms.size() > MAX_PER_CALL) {
            throw Refused.badInput("payees", "relief.refused.payeeCount", MAX_PER_CALL);
        }
        List<PayeeEntry> entries = new ArrayList<>(forms.size());
        for (int row = 0; row < forms.size(); row++) {
            PayeeForm f = forms.get(row);
            if (f == null) {
                throw Refused.badInput("payees[" + row + "]", "relief.refused.required");
            }
            entries.add(PayeeEntry.read(row, f.name(), f.idNumber(), f.cardNo(), f.reason()));
        }
        Map<ByteBuffer, Integer> rows = new HashMap<>();
        List<byte[]> hashes = new ArrayList<>(entries.size());
        for (int row = 0; row < entries.size(); row++) {
            byte[] hash = protector.lookupHash(entries.get(row).idNumber().value());
            Integer first = rows.putIfAbsent(ByteBuffer.wrap(hash), row);
            if (first != null) {
                throw Refused.conflict("relief.refused.payeeTwice", row + 1, first + 1);
            }
            hashes.add(hash);
        }
        long listed = entityManager.get().createQuery("select count(p) from CondolencePayee p where p.itemId = :item",
                Long.class).setParameter("item", item.id()).getSingleResult();
        if (listed + entries.size() > MAX_PER_ITEM) {
            throw Refused.badInput("payees", "relief.refused.payeesPerItem", MAX_PER_ITEM);
        }
        List<Object[]> taken = entityManager.get().createQuery("select p.idHash, p.id from CondolencePayee p "
                        + "where p.itemId = :item and p.idHash in :hashes", Object[].class)
                .setParameter("item", item.id()).setParameter("hashes", hashes).getResultList();
        if (!taken.isEmpty()) {
            Object[] first = taken.stream().min((a, b) -> Integer.compare(rows.get(ByteBuffer.wrap((byte[]) a[0])),
                    rows.get(ByteBuffer.wrap((byte[]) b[0])))).orElseThrow();
            int row = rows.get(ByteBuffer.wrap((byte[]) first[0]));
            throw Refused.conflict("relief.refused.payeeListed", row + 1, entries.get(row).idNumber().masked(),
                    String.valueOf(first[1]));
        }
        LocalDateTime now = LocalDateTime.now();
        List<Object[]> values = new ArrayList<>(entries.size());
        for (int row = 0; row < entries.size(); row++) {
            PayeeEntry e = entries.get(row);
            values.add(new CondolencePayee(item.id(), e, protector.encrypt(e.idNumber().value()), hashes.get(row),
                    protector.encrypt(e.cardNo()), protector.lookupHash(e.cardNo()), actor, now).values());
        }
        // one batch in the rows' order: the ids (which order the lines) follow the list as entered
        sql.insert("condolence_payee", CondolencePayee.COLUMNS, values, null);
    }

    List<PayeeView> views(long itemId) {
        return payees(itemId).stream().map(p -> new PayeeView(p.id(), p.name(), p.idMasked(), p.cardMasked(),
                p.reason())).toList();
    }

    /** The item's payees as the rule takes them: placed where the item is given. */
    List<CondolenceRule.Case> cases(CondolenceItem item) {
        return payees(item.id()).stream()
                .map(p -> CondolenceRule.Case.payee(p.id(), p.name(), item.criteria().orgPath())).toList();
    }

    private List<CondolencePayee> payees(long itemId) {
        return entityManager.get().createQuery("select p from CondolencePayee p where p.itemId = :item order by p.id",
                CondolencePayee.class).setParameter("item", itemId).getResultList();
    }
}
