package org.huzhu.campaigns.ui.event;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.huzhu.campaigns.api.event.EventEligibility;
import org.huzhu.kernel.identity.Gender;
import org.huzhu.org.api.OrgTree;
import org.huzhu.org.api.OrgUnitKind;
import org.huzhu.org.api.OrgUnitView;

/** The three rules of who may register for an event, as fields (set-up and change) and as one line of text. */
final class EligibilityFields {

    final Select<Optional<OrgUnitView>> unit = new Select<>();
    final Select<Optional<Gender>> gender = new Select<>();
    final IntegerField minAge = new IntegerField();
    private final Component view;
    private final Map<Long, OrgUnitView> units;

    EligibilityFields(Component view, OrgTree tree, String idPrefix) {
        this.view = view;
        List<Optional<OrgUnitView>> choices = new ArrayList<>();
        choices.add(Optional.empty());
        tree.activeUnits().stream().filter(u -> u.kind() != OrgUnitKind.CITY_OFFICE).map(Optional::of)
                .forEach(choices::add);
        units = tree.visibleUnits().stream().collect(Collectors.toMap(OrgUnitView::id, u -> u));
        unit.setId(idPrefix + "-unit");
        unit.setLabel(t("field.orgUnit"));
        unit.setItems(choices);
        unit.setItemLabelGenerator(u -> u.map(v -> v.code() + " " + v.name()).orElse(t("unit.any")));
        unit.setValue(Optional.empty());
        gender.setId(idPrefix + "-gender");
        gender.setLabel(t("field.gender"));
        gender.setItems(List.of(Optional.empty(), Optional.of(Gender.MALE), Optional.of(Gender.FEMALE)));
        gender.setItemLabelGenerator(g -> g.map(v -> t("gender." + v)).orElse(t("gender.any")));
        gender.setValue(Optional.empty());
        minAge.setId(idPrefix + "-min-age");
        minAge.setLabel(t("field.minAge"));
    }

    EventEligibility value() {
        return new EventEligibility(unit.getValue().map(OrgUnitView::id).orElse(null), gender.getValue().orElse(null),
                minAge.getValue());
    }

    void show(EventEligibility rules) {
        unit.setValue(Optional.ofNullable(rules.orgUnitId()).map(units::get));
        gender.setValue(Optional.ofNullable(rules.gender()));
        minAge.setValue(rules.minAge());
    }

    /** E.g. "BJ-DC 东城区总工会 · 女 · 40 岁及以上", or "全体会员". */
    String describe(EventEligibility rules) {
        List<String> parts = new ArrayList<>();
        if (rules.orgUnitId() != null) {
            OrgUnitView u = units.get(rules.orgUnitId());
            parts.add(u == null ? t("eligibility.unitNumber", rules.orgUnitId()) : u.code() + " " + u.name());
        }
        if (rules.gender() != null) {
            parts.add(t("gender." + rules.gender()));
        }
        if (rules.minAge() != null) {
            parts.add(t("eligibility.minAge", rules.minAge()));
        }
        return parts.isEmpty() ? t("eligibility.anyone") : String.join(" · ", parts);
    }

    private String t(String key, Object... params) {
        return view.getTranslation("campaigns.event." + key, params);
    }
}
