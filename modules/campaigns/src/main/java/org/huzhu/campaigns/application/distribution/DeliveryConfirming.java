package org.huzhu.campaigns.application.distribution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.huzhu.campaigns.api.distribution.CampaignDeliveries;
import org.huzhu.campaigns.api.distribution.Confirmation;
import org.huzhu.campaigns.api.distribution.DeliveryImport;
import org.huzhu.campaigns.api.distribution.EligibleMember;
import org.huzhu.campaigns.api.distribution.HandOut;
import org.huzhu.campaigns.api.distribution.RowProblem;
import org.huzhu.campaigns.domain.distribution.AgencyQuota;
import org.huzhu.campaigns.domain.distribution.Campaign;
import org.huzhu.campaigns.domain.distribution.Campaigns;
import org.huzhu.campaigns.domain.distribution.Delivery;
import org.huzhu.campaigns.domain.distribution.DeliveryListCheck;
import org.huzhu.campaigns.domain.distribution.DeliveryListCheck.Accepted;
import org.huzhu.campaigns.domain.distribution.DeliveryListCheck.Facts;
import org.huzhu.campaigns.domain.distribution.DeliveryListCheck.Person;
import org.huzhu.campaigns.domain.distribution.DeliveryListCheck.Row;
import org.huzhu.campaigns.infrastructure.distribution.DeliveryWorkbook;
import org.huzhu.org.api.CallerScope;
import org.huzhu.org.api.EnrollingUnion;
import org.huzhu.org.api.EnrollingUnions;
import org.huzhu.org.api.MemberCriteria;
import org.huzhu.org.api.MemberSelection;
import org.huzhu.tenancy.api.Refused;
import org.huzhu.tenancy.api.RetriedOnConflict;
import org.huzhu.tenancy.api.TenantContext;

/**
 * Clerks' part: the members the rules select in their subtree, and hand-outs confirmed one by one or from a list.
 * Both go through {@link DeliveryListCheck} on facts read set-based (a few queries per list, not per row); a list
 * with any bad row writes nothing. The writes then take the quota and the budget by conditional updates and the
 * unique key refuses a second hand-out, so two clerks at once can pass neither limit nor serve anyone twice.
 * A hand-out the database refuses for a conflict (two clerks taking one quota or budget row on different Galera
 * nodes) is confirmed again whole: all it does is in the database, and a list is read again from the bytes it was
 * given.
 */
@ApplicationScoped
@RetriedOnConflict
public class DeliveryConfirming implements CampaignDeliveries {

    static final int PAGE = 500;

    @Inject
    TenantContext context;

    @Inject
    CampaignSetup setup;

    @Inject
    Campaigns campaigns;

    @Inject
    MemberSelection selection;

    @Inject
    EnrollingUnions unions;

    @Inject
    CallerScope scope;

    @Inject
    NationalIdLookup nationalIds;

    @Override
    public byte[] template() {
        return DeliveryWorkbook.template();
    }

    @Override
    public List<EligibleMember> eligible(long campaignId, long afterMemberId, int limit) {
        Campaign campaign = setup.require(campaignId);
        MemberCriteria criteria = campaign.rule().criteria(setup.hardshipIds(campaign));
        List<MemberSelection.Selected> page = selection.page(criteria, afterMemberId, Math.min(limit, PAGE));
        Set<Long> served = campaigns.served(campaignId, page.stream().map(s -> s.member().id()).toList());
        return page.stream().map(s -> new EligibleMember(s.member().id(), s.member().name(), s.member().gender(),
                s.member().age(), s.member().idNumberMasked(), s.member().orgUnitId(), s.flags(),
                served.contains(s.member().id()))).toList();
    }

    @Override
    @Transactional
    public HandOut confirm(long campaignId, Confirmation confirmation) {
        if (confirmation == null || confirmation.memberId() <= 0) {
            throw Refused.badInput("memberId", "campaigns.distribution.rule.REQUIRED");
        }
        Campaign campaign = setup.require(campaignId);
        Row row = new Row(1, confirmation.memberId(), null, false, confirmation.trackingNo(), confirmation.reason());
        DeliveryListCheck.Result result = DeliveryListCheck.check(List.of(row), facts(campaign, List.of(row)));
        if (!result.clean()) {
            throw refusal(result.problems().get(0));
        }
        return write(campaign, result).get(0).toHandOut();
    }

    @Override
    public List<HandOut> handOuts(long campaignId, long afterId, int limit) {
        setup.require(campaignId);
        return campaigns.deliveries(campaignId, scope.likePattern(), afterId, Math.min(Math.max(limit, 1), PAGE))
                .stream().map(Delivery::toHandOut).toList();
    }

    @Override
    @Transactional
    public HandOut retryPayment(long campaignId, long deliveryId) {
        setup.require(campaignId);
        Delivery delivery = campaigns.delivery(campaignId, deliveryId, scope.likePattern()).orElseThrow(() ->
                Refused.notFound("campaigns.distribution.refused.noHandOut", String.valueOf(deliveryId)));
        if (!delivery.retryPayment()) {
            throw Refused.conflict("campaigns.distribution.refused.notFailed", String.valueOf(deliveryId));
        }
        return delivery.toHandOut();
    }

    @Override
    @Transactional
    public DeliveryImport importList(long campaignId, byte[] workbook) {
        Campaign campaign = setup.require(campaignId);
        List<Row> rows = DeliveryWorkbook.read(workbook);
        DeliveryListCheck.Result result = DeliveryListCheck.check(rows, facts(campaign, rows));
        if (!result.clean()) {
            return new DeliveryImport(rows.size(), 0, result.problems());
        }
        return new DeliveryImport(rows.size(), write(campaign, result).size(), List.of());
    }

    private Facts facts(Campaign campaign, List<Row> rows) {
        Map<String, Long> byNationalId = nationalIds(rows);
        Set<Long> ids = new HashSet<>(byNationalId.values());
        rows.stream().filter(r -> r.memberId() != null).forEach(r -> ids.add(r.memberId()));
        Map<Long, Long> agencyOf = new HashMap<>();
        for (EnrollingUnion union : unions.mine()) {
            if (union.agencyId() != null) {
                agencyOf.put(union.id(), union.agencyId());
            }
        }
        Map<Long, Person> persons = selection.find(ids).values().stream().collect(Collectors.toMap(
                s -> s.member().id(), s -> new Person(s.member().id(), s.member().name(), s.member().orgUnitId(),
                        s.orgPath(), agencyOf.get(s.member().orgUnitId()))));
        Set<Long> eligible = selection.matching(campaign.rule().criteria(setup.hardshipIds(campaign)), persons.keySet());
        Map<Long, Long> quotaLeft = campaigns.quotas(campaign.id()).stream()
                .collect(Collectors.toMap(AgencyQuota::agencyId, q -> q.quota() - q.used()));
        return new Facts(byNationalId, persons, eligible, campaigns.served(campaign.id(), persons.keySet()), quotaLeft,
                campaign.budgetFen(), campaign.spentFen(), campaign.unitFen(), campaign.delivery());
    }

    private Map<String, Long> nationalIds(List<Row> rows) {
        return nationalIds.members(rows.stream().filter(r -> r.memberId() == null && !r.numberCell())
                .map(Row::idNumber).toList());
    }

    /** The checked rows written with the quota and budget taken, or nothing and a refusal with the figures. */
    private List<Delivery> write(Campaign campaign, DeliveryListCheck.Result result) {
        Map<Long, Long> perAgency = result.accepted().stream().filter(a -> a.agencyId() != null)
                .collect(Collectors.groupingBy(Accepted::agencyId, Collectors.counting()));
        perAgency.forEach((agency, people) -> {
            if (!campaigns.useQuota(campaign.id(), agency, people)) {
                throw Refused.conflict("campaigns.distribution.rule.QUOTA_TAKEN");
            }
        });
        long total = result.totalFen(campaign.unitFen());
        if (!campaigns.spend(campaign.id(), total)) {
            throw Refused.conflict("campaigns.distribution.rule.BUDGET_PASSED", yuan(campaign.budgetFen()),
                    yuan(campaign.spentFen()), yuan(total));
        }
        String actor = context.requireCaller().username();
        LocalDateTime now = LocalDateTime.now();
        List<Delivery> deliveries = result.accepted().stream()
                .map(a -> Delivery.confirmed(campaign, a, actor, now)).toList();
        try {
            campaigns.add(deliveries);
        } catch (Campaigns.AlreadyServed e) {
            throw Refused.conflict("campaigns.distribution.rule.ALREADY_SERVED");
        }
        return deliveries;
    }

    private static Refused refusal(RowProblem p) {
        String key = "campaigns.distribution.rule." + p.rule();
        Object[] params = p.params().toArray();
        return switch (p.rule()) {
            case "UNKNOWN_MEMBER" -> Refused.notFound(key, params);
            case "ALREADY_SERVED", "QUOTA_PASSED", "BUDGET_PASSED", "DUPLICATE_ROW" -> Refused.conflict(key, params);
            default -> Refused.badInput(p.field(), key, params);
        };
    }

    private static String yuan(long fen) {
        return org.huzhu.kernel.money.Money.ofFen(fen).toString();
    }
}
