package org.huzhu.relief.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import org.huzhu.kernel.money.Money;
import org.huzhu.relief.api.HardshipRegister;
import org.huzhu.relief.api.HardshipRegister.Settings;

/**
 * The office admin's form for the lines a household's category is judged by (the same call as
 * {@code PUT /api/v1/hardship-households/settings}): the local minimum-living line a head a month in yuan and the
 * share of the household's income above which illness or accident costs make hardship. Files already filed keep
 * their category until their figures are revised; the dialog says so.
 */
class HardshipLinesDialog extends Dialog {

    final BigDecimalField minimumLiving = new BigDecimalField();
    final IntegerField illnessShare = new IntegerField();

    HardshipLinesDialog(HardshipRegister register, ReliefTexts texts) {
        Settings current = register.settings();
        setHeaderTitle(texts.t("lines.title"));
        minimumLiving.setId("lines-minimum");
        minimumLiving.setLabel(texts.t("lines.minimumLiving"));
        minimumLiving.setValue(Money.ofFen(current.minimumLivingFen()).toYuan());
        illnessShare.setId("lines-share");
        illnessShare.setLabel(texts.t("lines.illnessShare"));
        illnessShare.setValue(current.illnessSharePercent());
        add(new Paragraph(texts.t("lines.explain")), new FormLayout(minimumLiving, illnessShare));
        Button save = new Button(texts.t("file.save"), e -> texts.act(() -> {
            Integer share = illnessShare.getValue();
            register.changeSettings(new Settings(ReliefTexts.fen(minimumLiving), share == null ? 0 : share));
            texts.done("lines.saved");
            close();
        }));
        save.setId("lines-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(texts.t("cancel"), e -> close());
        getFooter().add(cancel, save);
    }
}
