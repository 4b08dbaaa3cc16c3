package org.huzhu.campaigns.ui.eligibility;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.huzhu.kernel.identity.Gender;
import org.huzhu.org.api.OrgTree;
import org.huzhu.org.api.OrgUnitKind;
import org.huzhu.org.api.OrgUnitView;

/**
 * The three rules of who may take part (org unit and its subtree, gender, minimum age) as form fields and as one
 * line of text; the giveaway and the event forms share them, as their services share the rule.
 */
public final class EligibilityFields {

    public final Select<Optional<OrgUnitView>> unit = new Select<>();
    public final Select<Optional<Gender>> gender = new Select<>();
    public final IntegerField minAge = new IntegerField();
    private final Component view;
    private final Map<Long, OrgUnitView> units;

    /** {@code idPrefix}: the fields' ids are it followed by -unit, -gender, -min-age (for browser tests). */
    public EligibilityFields(Component view, OrgTree tree, String idPrefix) {
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

    public Long orgUnitId() {
        return unit.getValue().map(OrgUnitView::id).orElse(null);
    }

    public Gender genderValue() {
        return gender.getValue().orElse(null);
    }

    public Integer minAgeValue() {
        return minAge.getValue();
    }

    public void show(Long orgUnitId, Gender rule, Integer age) {
        unit.setValue(Optional.ofNullable(orgUnitId).map(units::get));
        gender.setValue(Optional.ofNullable(rule));
        minAge.setValue(age);
    }

    /** E.g. "BJ-DC 东城区总工会 · 女 · 40 岁及以上", or "全体会员". */
    public String describe(Long orgUnitId, Gender rule, Integer age) {
        List<String> parts = new ArrayList<>();
        if (orgUnitId != null) {
            OrgUnitView u = units.get(orgUnitId);
            parts.add(u == null ? t("unitNumber", orgUnitId) : u.code() + " " + u.name());
        }
        if (rule != null) {
            parts.add(t("gender." + rule));
        }
        if (age != null) {
            parts.add(t("minAge", age));
        }
        return parts.isEmpty() ? t("anyone") : String.join(" · ", parts);
    }

    private String t(String key, Object... params) {
        return view.getTranslation("campaigns.eligibility." + key, params);
    }
}
