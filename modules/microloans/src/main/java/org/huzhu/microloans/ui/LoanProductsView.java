package org.huzhu.microloans.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Locale;
import org.huzhu.microloans.api.ProductTerms;
import org.huzhu.microloans.api.ProductView;
import org.huzhu.microloans.api.RateView;
import org.huzhu.microloans.application.LoanProductService;
import org.huzhu.microloans.domain.Refusals;
import org.huzhu.tenancy.api.Role;
import java.util.Map;
import org.huzhu.tenancy.api.TenantContext;
import org.huzhu.tenancy.ui.IsoDates;
import org.huzhu.tenancy.ui.MainLayout;
import org.huzhu.tenancy.ui.PortalTime;
import org.huzhu.tenancy.ui.VisibleTo;

/**
 * The tenant's loan products (from tenant-config) with the borrower's and the subsidised rate today, and the
 * reference rates' history. Products are tenant settings, changed in tenant-config; the office admin records a new
 * quote of a reference rate here (or by {@code POST /api/v1/loan-products/reference-rates}).
 */
@Dependent
@Route(value = "loan-products", layout = MainLayout.class)
@Menu(title = "microloans.nav.products", order = 20)
@VisibleTo({Role.OFFICE_ADMIN, Role.CLAIMS_OFFICER, Role.AGENCY_CLERK, Role.GRASSROOTS_CLERK})
public class LoanProductsView extends VerticalLayout {

    final Grid<ProductView> products = new Grid<>();
    final Grid<RateView> rates = new Grid<>();
    private final PortalTime time = PortalTime.ofServer();

    @Inject
    public LoanProductsView(LoanProductService service, TenantContext context) {
        setWidthFull();
        products.setId("loan-products");
        products.addColumn(p -> name(p.terms())).setHeader(t("name")).setFlexGrow(2);
        products.addColumn(p -> t("kind." + p.terms().borrowerKind())).setHeader(t("kind"));
        products.addColumn(p -> Refusals.yuan(p.terms().minAmountFen()) + " – " + Refusals.yuan(p.terms().maxAmountFen()))
                .setHeader(t("amountRange"));
        products.addColumn(p -> p.terms().minMonths() + " – " + p.terms().maxMonths()).setHeader(t("monthsRange"));
        products.addColumn(p -> pct(p.terms().bankPercent())).setHeader(t("bankRate"));
        products.addColumn(this::borrowerRule).setHeader(t("borrowerRate"));
        products.addColumn(p -> pct(p.borrowerPercentToday())).setHeader(t("borrowerToday"));
        products.addColumn(p -> pct(p.subsidisedPercentToday())).setHeader(t("subsidisedToday"));
        products.addColumn(p -> t("method." + p.terms().method())).setHeader(t("method"));
        products.addColumn(p -> t("settlement." + p.terms().settlement())).setHeader(t("settlement"));
        products.addColumn(p -> String.join("、", p.terms().requiredDocuments().stream()
                .map(d -> t("document." + d)).toList())).setHeader(t("documents"));
        products.addColumn(p -> String.join("、", p.terms().partnerBanks())).setHeader(t("banks"));
        products.addColumn(p -> String.join("、", p.terms().guarantors())).setHeader(t("guarantors"));
        products.setItems(service.list());
        products.setAllRowsVisible(true);
        rates.setId("loan-reference-rates");
        rates.addColumn(RateView::name).setHeader(t("rateName"));
        rates.addColumn(r -> time.date(r.effectiveFrom())).setHeader(t("effectiveFrom"));
        rates.addColumn(r -> pct(r.percent())).setHeader(t("percent"));
        rates.setItems(service.rates());
        rates.setAllRowsVisible(true); // a few quotes a year
        add(new H2(t("title")), products, new H3(t("rates")), rates);
        if (context.requireCaller().has(Role.OFFICE_ADMIN)) {
            add(rateForm(service));
        }
    }

    /** The office admin records a new quote of a reference rate (LPR is published monthly). */
    private HorizontalLayout rateForm(LoanProductService service) {
        LoanTexts texts = new LoanTexts(this);
        TextField name = new TextField(t("rateName"), "LPR1Y", "");
        name.setId("rate-name");
        DatePicker from = IsoDates.iso(new DatePicker(t("effectiveFrom")));
        from.setId("rate-from");
        BigDecimalField percent = new BigDecimalField(t("percent"));
        percent.setId("rate-percent");
        Button publish = new Button(t("rates.publish"));
        publish.setId("rate-publish");
        publish.addClickListener(e -> {
            if (texts.act(() -> service.publish(name.getValue(), from.getValue(), percent.getValue()),
                    Map.of("name", name.getLabel(), "effectiveFrom", from.getLabel(), "percent", percent.getLabel()))) {
                texts.done("form.recorded");
                rates.setItems(service.rates());
                products.setItems(service.list());
            }
        });
        HorizontalLayout form = new HorizontalLayout(name, from, percent, publish);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return form;
    }

    private String name(ProductTerms terms) {
        return Locale.ENGLISH.getLanguage().equals(getLocale().getLanguage()) ? terms.nameEn() : terms.nameZh();
    }

    private String borrowerRule(ProductView p) {
        return p.terms().borrowerFixedPercent() != null ? pct(p.terms().borrowerFixedPercent())
                : t("belowReference", p.terms().referenceRate(), p.terms().marginBp());
    }

    static String pct(BigDecimal percent) {
        return percent == null ? "–" : percent.stripTrailingZeros().toPlainString() + "%";
    }

    private String t(String key, Object... params) {
        return getTranslation("microloans." + key, params);
    }
}
