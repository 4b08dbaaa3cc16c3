package org.huzhu.relief.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import org.huzhu.kernel.money.Money;
import org.huzhu.relief.api.HardshipCause;
import org.huzhu.relief.api.HardshipRegister.FileView;
import org.huzhu.relief.api.HardshipRegister.MeansForm;

/**
 * A household's figures for a year in yuan (income, fixed costs, illness or accident costs) and its causes of
 * hardship: the part of filing that a revision changes again. The category is the application's to work out.
 */
class MeansFields extends Composite<FormLayout> {

    final BigDecimalField income = new BigDecimalField();
    final BigDecimalField fixedCosts = new BigDecimalField();
    final BigDecimalField illnessCosts = new BigDecimalField();
    final CheckboxGroup<HardshipCause> causes = new CheckboxGroup<>();

    MeansFields(ReliefTexts texts, String idPrefix) {
        income.setId(idPrefix + "-income");
        income.setLabel(texts.t("household.income"));
        fixedCosts.setId(idPrefix + "-fixed-costs");
        fixedCosts.setLabel(texts.t("household.fixedCosts"));
        illnessCosts.setId(idPrefix + "-illness-costs");
        illnessCosts.setLabel(texts.t("household.illnessCosts"));
        causes.setId(idPrefix + "-causes");
        causes.setLabel(texts.t("household.causes"));
        causes.setItems(HardshipCause.values());
        causes.setItemLabelGenerator(c -> texts.code("cause", c));
        getContent().add(income, fixedCosts, illnessCosts, causes);
        getContent().setColspan(causes, 3);
    }

    MeansForm value() {
        // the causes in the list's own order, whatever order they were ticked in
        List<HardshipCause> chosen = causes.getValue().stream().sorted().toList();
        return new MeansForm(ReliefTexts.fen(income), ReliefTexts.fen(fixedCosts), ReliefTexts.fen(illnessCosts),
                chosen);
    }

    /** A file's figures as they stand, to be revised. */
    void show(FileView file) {
        income.setValue(yuan(file.householdIncomeFen()));
        fixedCosts.setValue(yuan(file.fixedCostsFen()));
        illnessCosts.setValue(yuan(file.illnessCostsFen()));
        causes.setValue(new LinkedHashSet<>(file.causes()));
    }

    private static BigDecimal yuan(long fen) {
        return Money.ofFen(fen).toYuan();
    }
}
