package org.huzhu.org.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.logging.Logger;
import org.huzhu.kernel.pii.Masking;
import org.huzhu.kernel.pii.PersonalDataProtector;
import org.huzhu.org.api.MemberCards;
import org.huzhu.org.api.MemberView;
import org.huzhu.org.domain.CardNumberRule;
import org.huzhu.org.domain.Member;
import org.huzhu.tenancy.api.AccessDeniedException;
import org.huzhu.tenancy.api.TenantContext;
import org.huzhu.tenancy.api.TenantEntityManager;

/** Card numbers for the bank file, and a clerk mending a card within their subtree. */
@ApplicationScoped
public class MemberCardService implements MemberCards {

    private static final Logger LOG = Logger.getLogger(MemberCardService.class.getName());
    static final int MAX_IDS = 5_000;

    @Inject
    TenantEntityManager entityManager;

    @Inject
    TenantContext context;

    @Inject
    CallerSubtree subtree;

    @Inject
    PersonalDataProtector protector;

    @Override
    public Map<Long, String> cardNumbers(Collection<Long> memberIds) {
        if (!context.requireCaller().seesWholeTenant()) {
            throw new AccessDeniedException("card numbers are read for the bank file by office staff only");
        }
        if (memberIds.size() > MAX_IDS) {
            throw new IllegalArgumentException("at most " + MAX_IDS + " members a call");
        }
        Map<Long, String> cards = new HashMap<>();
        if (memberIds.isEmpty()) {
            return cards;
        }
        entityManager.get().createQuery("select m.id, m.cardNoCipher from Member m where m.id in :ids "
                        + "and m.cardNoCipher is not null", Object[].class)
                .setParameter("ids", memberIds).getResultList()
                .forEach(row -> cards.put((Long) row[0], protector.decrypt((byte[]) row[1])));
        return cards;
    }

    @Override
    @Transactional
    public MemberView changeCard(long memberId, String cardNo) {
        String card = CardNumberRule.normalise(cardNo);
        Member member = entityManager.get().find(Member.class, memberId);
        if (member == null) {
            throw new NoSuchElementException("no member " + memberId);
        }
        if (!subtree.covers(member.orgPath())) {
            throw AccessDeniedException.coded("org.denied.memberOutsideSubtree", String.valueOf(memberId));
        }
        member.changeCard(protector.encrypt(card), protector.lookupHash(card), Masking.cardNo(card));
        LOG.info(() -> "member " + memberId + " card changed by " + context.requireCaller().username());
        return member.toView();
    }
}
