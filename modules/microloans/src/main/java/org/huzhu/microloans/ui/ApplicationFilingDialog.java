package org.huzhu.microloans.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.huzhu.microloans.api.NewApplication;
import org.huzhu.microloans.api.ProductView;
import org.huzhu.microloans.application.LoanApplicationService;
import org.huzhu.microloans.domain.LoanApplication;

/**
 * A clerk files a founder's application: the product, the founder (member number), the enterprise with its
 * unified social credit code, amount and term, park and district, and the account the subsidy goes to. The
 * service checks everything (range, credit code, the founder in the clerk's subtree); refusals name the field.
 */
class ApplicationFilingDialog extends Dialog {

    final ComboBox<ProductView> product = new ComboBox<>();
    final IntegerField member = new IntegerField();
    final TextField enterprise = new TextField();
    final TextField creditCode = new TextField();
    final BigDecimalField amount = new BigDecimalField();
    final IntegerField months = new IntegerField();
    final TextField park = new TextField();
    final TextField district = new TextField();
    final TextField account = new TextField();
    final TextField holder = new TextField();
    final Button file = new Button();

    private final LoanTexts texts = new LoanTexts(this);

    /** {@code forSelf}: a founder files for themselves, so the form asks for no member number. */
    ApplicationFilingDialog(LoanApplicationService applications, java.util.List<ProductView> products, boolean forSelf,
                            Consumer<LoanApplication> filed) {
        setHeaderTitle(texts.t("form.newApplication"));
        product.setItems(products);
        product.setItemLabelGenerator(p -> productName(p, getLocale()));
        FormLayout form = new FormLayout();
        field(form, product, "form.product", "loan-product");
        field(form, member, "form.member", "loan-member");
        member.setVisible(!forSelf);
        field(form, enterprise, "enterprise", "loan-enterprise");
        field(form, creditCode, "form.creditCode", "loan-credit-code");
        field(form, amount, "amount", "loan-amount");
        field(form, months, "months", "loan-months");
        field(form, park, "form.park", "loan-park");
        field(form, district, "district", "loan-district");
        field(form, account, "form.account", "loan-account");
        field(form, holder, "form.accountHolder", "loan-account-holder");
        add(form);
        file.setId("loan-file");
        file.setText(texts.t("form.file"));
        file.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        file.addClickListener(e -> texts.act(() -> {
            LoanApplication a = applications.file(form());
            texts.done("form.filed", a.id());
            close();
            filed.accept(a);
        }, labels()));
        Button cancel = new Button(texts.t("form.cancel"), e -> close());
        getFooter().add(cancel, file);
    }

    private NewApplication form() {
        return new NewApplication(product.getValue() == null ? null : product.getValue().terms().code(),
                member.getValue() == null ? null : member.getValue().longValue(), enterprise.getValue(),
                creditCode.getValue(), LoanTexts.fen(amount.getValue()),
                months.getValue() == null ? 0 : months.getValue(), park.getValue(), district.getValue(),
                account.getValue(), holder.getValue());
    }

    /** The REST body's names for the fields the service may refuse, with this form's labels. */
    private Map<String, String> labels() {
        return Map.of("productCode", product.getLabel(), "memberId", member.getLabel(), "enterpriseName",
                enterprise.getLabel(), "creditCode", creditCode.getLabel(), "amount", amount.getLabel(), "months",
                months.getLabel(), "account", account.getLabel(), "accountHolder", holder.getLabel(),
                "park", park.getLabel(), "district", district.getLabel());
    }

    private void field(FormLayout form, com.vaadin.flow.component.HasLabel field, String labelKey, String id) {
        field.setLabel(texts.t(labelKey));
        ((com.vaadin.flow.component.Component) field).setId(id);
        form.add((com.vaadin.flow.component.Component) field);
    }

    static String productName(ProductView p, Locale locale) {
        return "en".equals(locale.getLanguage()) ? p.terms().nameEn() : p.terms().nameZh();
    }
}
